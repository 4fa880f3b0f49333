import { afterAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n';
import { categoryTitle } from './categoryTitle';

const health = { name: 'C7 e-health', names: { en: 'C7 e-health', fr: 'C7 cybersanté', ar: 'C7 الصحة الإلكترونية', ru: '' } };

describe('prize category titles', () => {
  afterAll(() => setLanguage('en', { persist: false }));

  it('are shown in the UI language', async () => {
    await setLanguage('fr', { persist: false });
    expect(categoryTitle(health)).toBe('C7 cybersanté');
    await setLanguage('ar', { persist: false });
    expect(categoryTitle(health)).toBe('C7 الصحة الإلكترونية');
  });

  it('fall back to English where a language is missing or blank, or none are given', async () => {
    await setLanguage('zh', { persist: false });
    expect(categoryTitle(health)).toBe('C7 e-health');
    await setLanguage('ru', { persist: false });
    expect(categoryTitle(health)).toBe('C7 e-health');
    expect(categoryTitle({ name: 'Best local content', names: null })).toBe('Best local content');
  });
});
