import { describe, expect, it } from 'vitest';
import { en } from './en';
import { allDictionaries, languages, setLanguage, t } from './index';

// Keys whose text may legitimately read the same as in English (brand names, pure number patterns).
const sameAsEnglish = new Set(['app.name', 'ask.counter', 'format.LeadersTalkX', 'format.Hackathon', 'agenda.format', 'session.format', 'register.organisation', 'mod.title', 'session.questions', 'question.anonymous', 'agenda.sdg']);

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('dictionaries', () => {
  for (const language of languages) {
    it(`${language} has a translation, with the same placeholders, for every key`, () => {
      const dictionary = allDictionaries()[language];
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const text = dictionary[key];
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(en[key]));
        if (language !== 'en' && !sameAsEnglish.has(key) && text === en[key]) {
          // Only a few cognates (e.g. "Format") may coincide; anything else is an untranslated string.
          expect(['fr', 'es'].includes(language) && /^[A-Z][a-z]+$/.test(text), `${language} ${key} is untranslated`).toBe(true);
        }
      }
    });
  }

  it('fills placeholders and formats numbers for the locale', () => {
    setLanguage('fr', { persist: false });
    expect(t('agenda.count', { count: 1234 })).toBe('Sessions : 1\u202f234');
    setLanguage('en', { persist: false });
    expect(t('agenda.count', { count: 1234 })).toBe('Sessions: 1,234');
  });
});
