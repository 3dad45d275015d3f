// Every string a person sees, in English and Simplified Chinese, from public/_locales (the
// browser's own i18n format, so the manifest's name and description use the same files).
//
// t(key, { name: value }) returns the text in the UI language: the browser's unless the user
// chose one in the options (browser.i18n cannot switch language at run time). Every message is
// formatted here from one catalogue, the way the browser would.
//
// The catalogues travel as text and only the one in use is parsed, on first use: as object
// literals they were most of every bundle (142 of the content script's 150 kB), compiled on every
// console page and popup open before anything else could run.
import enText from '../../public/_locales/en/messages.json?catalog';
import zhCNText from '../../public/_locales/zh_CN/messages.json?catalog';
import { formatMessage, type Catalog } from './format';

/** The browser's i18n API, where there is one. Not through wxt/browser: its polyfill throws
 *  when loaded outside an extension context (the options page's worker, where there is none). */
type I18nApi = { getMessage?: (name: string) => string; getUILanguage?: () => string };
function browserI18n(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

export type Locale = 'en' | 'zh_CN';
export type LanguageSetting = 'system' | Locale;
export const LOCALES: readonly Locale[] = ['en', 'zh_CN'];
const CATALOG_TEXT: Record<Locale, string> = { en: enText, zh_CN: zhCNText };
const parsed: Partial<Record<Locale, Catalog>> = {};

/** One language's messages, parsed the first time they are needed. */
export function catalog(locale: Locale): Catalog {
  return (parsed[locale] ??= JSON.parse(CATALOG_TEXT[locale]) as Catalog);
}

type English = typeof import('../../public/_locales/en/messages.json');
export type MessageKey = Exclude<keyof English, 'default'>;
type Value = string | number;
/** The substitutions a message takes, by placeholder name (none for most). */
export type Substitutions<K extends MessageKey> = English[K] extends { placeholders: infer P } ? { [N in keyof P]: Value } : undefined;
type Args<K extends MessageKey> = Substitutions<K> extends undefined ? [] : [subs: Substitutions<K>];

/** The locale the browser's UI language maps to: Chinese for zh (Simplified), English otherwise. */
export function localeOf(language: string | undefined): Locale {
  const tag = (language ?? '').toLowerCase().replace(/_/g, '-');
  if (tag === 'zh' || tag === 'zh-cn' || tag === 'zh-sg' || tag.startsWith('zh-hans')) return 'zh_CN';
  return 'en';
}

/**
 * The locale the browser picked the extension's messages from, as that catalogue names itself:
 * under --lang=zh-CN on Linux getUILanguage() can still say "en-US".
 */
function browserLocale(): Locale | undefined {
  try {
    const name = browserI18n()?.getMessage?.('catalogLocale');
    return LOCALES.find((l) => l === name);
  } catch {
    return undefined;
  }
}

function browserLanguage(): string | undefined {
  try {
    return browserI18n()?.getUILanguage?.();
  } catch {
    // The fake browser of the unit tests has no i18n: the page's language stands in.
    return undefined;
  }
}

export interface Translator {
  locale: Locale;
  t<K extends MessageKey>(key: K, ...args: Args<K>): string;
}

/** A translator for one locale (an override), or for the browser's language ('system'). */
export function translator(setting: LanguageSetting = 'system'): Translator {
  const locale = setting === 'system' ? (browserLocale() ?? localeOf(browserLanguage() ?? globalThis.navigator?.language)) : setting;
  return {
    locale,
    t(key, ...args) {
      const subs = args[0] as Record<string, Value> | undefined;
      return formatMessage(catalog(locale)[key] ?? catalog('en')[key], subs);
    },
  };
}

// English until a context chooses. Not made at load: a module with no side effects is left out of
// any bundle that imports it without using it (the console content script).
let chosen: Translator | undefined;
const active = (): Translator => (chosen ??= translator('en'));

/** The UI language of this context's messages, leaving the page alone: for the background and
 *  for content scripts, whose page (the console's) keeps its own <html lang>. */
export function useLanguage(setting: LanguageSetting): Translator {
  chosen = translator(setting);
  return chosen;
}

/** The UI language of this extension page (popup, options): set once at start-up. */
export function setLanguage(setting: LanguageSetting): Translator {
  useLanguage(setting);
  if (typeof document !== 'undefined' && document.documentElement) document.documentElement.lang = languageTag();
  return active();
}

/** This page's UI language as a BCP 47 tag, for <html lang> and for formatting dates. */
export function languageTag(): string {
  return active().locale === 'zh_CN' ? 'zh-CN' : 'en';
}

export function currentLocale(): Locale {
  return active().locale;
}

/** The text of `key` in this page's UI language. */
export function t<K extends MessageKey>(key: K, ...args: Args<K>): string {
  return active().t(key, ...args);
}
