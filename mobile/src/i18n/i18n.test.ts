import { describe, expect, it } from 'vitest';
import { en } from './en';
import { allDictionaries, languages, setLanguage, t } from './index';

// Keys whose text may legitimately read the same as in English (brand names, pure number patterns).
const sameAsEnglish = new Set(['app.name', 'ask.counter', 'format.LeadersTalkX', 'format.Hackathon', 'agenda.format', 'session.format', 'register.organisation', 'mod.title', 'session.questions', 'question.anonymous', 'agenda.sdg', 'poll.points', 'leaderboard.pointsValue', 'operations.milliseconds']);

/** The parameters a text uses; a plural block `{count, plural, one {...} other {...}}` counts as `{count}`. */
function placeholders(text: string): string[] {
  const flat = text.replace(/\{(\w+), plural,(?:[^{}]|\{[^{}]*\})*\}/g, '{$1}');
  return [...flat.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('dictionaries', () => {
  for (const language of languages) {
    it(`${language} has a translation, with the same placeholders, for every key`, async () => {
      const dictionary = (await allDictionaries())[language];
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

  it('chooses plural forms by the language’s rules', async () => {
    await setLanguage('en', { persist: false });
    expect(t('leaderboard.pointsValue', { points: 1 })).toBe('1 point');
    expect(t('leaderboard.you', { rank: 42, points: 37 })).toBe('You: #42, 37 points');
    await setLanguage('ru', { persist: false });
    expect([1, 3, 5, 21].map((points) => t('leaderboard.pointsValue', { points }))).toEqual(['1 очко', '3 очка', '5 очков', '21 очко']);
    await setLanguage('ar', { persist: false });
    expect(t('leaderboard.pointsValue', { points: 2 })).toBe('نقطتان');
    await setLanguage('zh', { persist: false });
    expect(t('leaderboard.pointsValue', { points: 2 })).toBe('2 分');
    await setLanguage('en', { persist: false });
  });

  for (const language of languages) {
    it(`${language} gives a form for every plural category it needs`, async () => {
      const categories = new Intl.PluralRules(language === 'zh' ? 'zh-Hans' : language).resolvedOptions().pluralCategories;
      for (const [key, text] of Object.entries((await allDictionaries())[language])) {
        for (const block of text.matchAll(/\{\w+, plural,((?:[^{}]|\{[^{}]*\})*)\}/g)) {
          const forms = [...(block[1] ?? '').matchAll(/(\w+)\s*\{/g)].map((m) => m[1]);
          expect(forms, `${language} ${key}`).toContain('other');
          for (const category of categories) {
            // French and Spanish "many" is for millions ("1 000 000 de points"): "other" reads right there.
            if (category !== 'many' || !['fr', 'es'].includes(language)) {
              expect(forms, `${language} ${key} lacks "${category}"`).toContain(category);
            }
          }
        }
      }
    });
  }

  it('fills placeholders and formats numbers for the locale', async () => {
    await setLanguage('fr', { persist: false });
    expect(t('agenda.count', { count: 1234 })).toBe('Sessions : 1\u202f234');
    await setLanguage('en', { persist: false });
    expect(t('agenda.count', { count: 1234 })).toBe('Sessions: 1,234');
  });
});
