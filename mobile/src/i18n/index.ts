import { en, type MessageKey, type Messages } from './en';

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

// English is in the first download (it is also every missing text's fallback); each other language is a chunk
// of its own, fetched when chosen, so nobody downloads the five they do not read.
const loaders: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Messages>>> = {
  ar: () => import('./ar').then((m) => m.ar),
  zh: () => import('./zh').then((m) => m.zh),
  fr: () => import('./fr').then((m) => m.fr),
  ru: () => import('./ru').then((m) => m.ru),
  es: () => import('./es').then((m) => m.es),
};
const dictionaries: Partial<Record<Language, Messages>> = { en };

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
let requested: Language = 'en';
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

/** Fetches a language's texts, once; English is always there. */
export async function loadLanguage(language: Language): Promise<Messages> {
  const loaded = dictionaries[language];
  if (loaded) {
    return loaded;
  }
  const messages = await loaders[language as Exclude<Language, 'en'>]();
  dictionaries[language] = messages;
  return messages;
}

/**
 * Switches the UI language once its texts are loaded: remembers it, updates <html lang dir> and tells every
 * listener. When choices overlap (two quick picks), the last one wins.
 */
export async function setLanguage(language: Language, options: { persist?: boolean } = {}): Promise<void> {
  requested = language;
  await loadLanguage(language);
  if (requested !== language) {
    return;
  }
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
  const template: string | undefined = dictionaries[current]?.[key] ?? en[key];
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

/** Every dictionary, loaded, for tests that check completeness. */
export async function allDictionaries(): Promise<Readonly<Record<Language, Messages>>> {
  const loaded = await Promise.all(languages.map(async (language) => [language, await loadLanguage(language)] as const));
  return Object.fromEntries(loaded) as Record<Language, Messages>;
}

function readSaved(): Language | null {
  try {
    const value = localStorage.getItem(storageKey);
    return value && isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}
