import { ar } from './ar';
import { en, type MessageKey, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';
import { zh } from './zh';

export type { MessageKey } from './en';

/** The six official UN languages, in the UN's own order of listing. */
export const languages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Language = (typeof languages)[number];

/** Each language's name in itself, as a language picker shows it. */
export const languageNames: Readonly<Record<Language, string>> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

const dictionaries: Readonly<Record<Language, Messages>> = { en, fr, es, ru, zh, ar };

/** BCP 47 tags handed to Intl: Chinese is shown in simplified script, as at the UN. */
const localeTags: Readonly<Record<Language, string>> = {
  ar: 'ar',
  zh: 'zh-Hans',
  en: 'en-GB',
  fr: 'fr-CH',
  ru: 'ru',
  es: 'es',
};

const storageKey = 'wsis.language';

export type Params = Readonly<Record<string, string | number>>;

let current: Language = 'en';
const listeners = new Set<(language: Language) => void>();

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, value);
}

/** The saved choice, else the first of the browser's preferred languages we speak, else English. */
export function detectLanguage(): Language {
  const saved = readSaved();
  if (saved) {
    return saved;
  }
  const preferred = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  for (const tag of preferred) {
    const base = (tag ?? '').toLowerCase().split('-')[0] ?? '';
    if (isLanguage(base)) {
      return base;
    }
  }
  return 'en';
}

export function currentLanguage(): Language {
  return current;
}

export function currentLocale(): string {
  return localeTags[current];
}

/** Switches the UI language: remembers it, updates <html lang dir> and tells every listener. */
export function setLanguage(language: Language, options: { persist?: boolean } = {}): void {
  current = language;
  if (options.persist !== false) {
    try {
      localStorage.setItem(storageKey, language);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this visit only.
    }
  }
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language === 'zh' ? 'zh-Hans' : language;
    document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
  }
  for (const listener of listeners) {
    listener(language);
  }
}

export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The text for `key` in the current language, with `{name}` placeholders filled in (numbers formatted for the locale). */
export function t(key: MessageKey, params?: Params): string {
  // The lookup is typed, but a value sent by a newer server (e.g. a new enum member) may still miss.
  const template: string | undefined = dictionaries[current][key] ?? en[key];
  if (template === undefined) {
    return key.slice(key.indexOf('.') + 1);
  }
  if (!params) {
    return template;
  }
  return fillPlurals(template, params).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) {
      return whole;
    }
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/**
 * Picks the branch of each `{name, plural, one {# point} other {# points}}` for the locale's plural rules
 * (Russian and Arabic have more forms than English; Chinese has one), with `#` as the formatted number.
 */
const pluralPattern = /\{(\w+), plural,((?:\s*\w+\s*\{[^{}]*\})+)\s*\}/g;

function fillPlurals(template: string, params: Params): string {
  return template.replace(pluralPattern, (whole, name: string, branches: string) => {
    const value = params[name];
    if (typeof value !== 'number') {
      return whole;
    }
    const forms = new Map([...branches.matchAll(/(\w+)\s*\{([^{}]*)\}/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
    const category = new Intl.PluralRules(currentLocale()).select(value);
    const form = forms.get(`=${value}`) ?? forms.get(category) ?? forms.get('other') ?? '';
    return form.replace(/#/g, formatNumber(value));
  });
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLocale()).format(value);
}

/** A share from 0 to 1 as a whole percentage for the locale ("40 %", "٤٠٪"). */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A number with at most one decimal ("3.7"). */
export function formatDecimal(value: number): string {
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(value);
}

/** Every dictionary, for tests that check completeness. */
export function allDictionaries(): Readonly<Record<Language, Messages>> {
  return dictionaries;
}

function readSaved(): Language | null {
  try {
    const value = localStorage.getItem(storageKey);
    return value && isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}
