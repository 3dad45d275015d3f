// Every string a person sees, in English and Simplified Chinese, from public/_locales (the
// browser's own i18n format, so the manifest's name and description use the same files).
//
// t(key, { name: value }) returns the text in the UI language: the browser's unless the user
// chose one in the options (browser.i18n cannot switch language at run time). Where the messages
// come from, first found:
// - a catalogue bundled into this context (lib/i18n/bundled.ts: the sign-in page's content
//   script, the unit tests) or fetched from the extension's own _locales (loadLanguage);
// - the browser's getMessage, when the language is the one the browser picked for the extension:
//   nothing to load, parse or ship. Both catalogues were over half of the popup's script.
import order from '../../public/_locales/en/messages.json?placeholders';
import { formatMessage, type Catalog } from './format';

/** The browser's i18n API, where there is one. Not through wxt/browser: its polyfill throws
 *  when loaded outside an extension context (the options page's worker, where there is none). */
type I18nApi = { getMessage?: (name: string, substitutions?: string[]) => string; getUILanguage?: () => string };
function browserI18n(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

export type Locale = 'en' | 'zh_CN';
export type LanguageSetting = 'system' | Locale;
export const LOCALES: readonly Locale[] = ['en', 'zh_CN'];
/** Catalogues as text, parsed on first use (bundled.ts), and as parsed or fetched. */
const catalogText: Partial<Record<Locale, string>> = {};
const catalogs: Partial<Record<Locale, Catalog>> = {};

/** Adds catalogues bundled into this context: used before the browser's own messages. */
export function bundleCatalogs(texts: Partial<Record<Locale, string>>): void {
  Object.assign(catalogText, texts);
}

function loadedCatalog(locale: Locale): Catalog | undefined {
  const text = catalogText[locale];
  return (catalogs[locale] ??= text === undefined ? undefined : (JSON.parse(text) as Catalog));
}

/** One language's messages: bundled, or fetched by loadLanguage. Throws if neither. */
export function catalog(locale: Locale): Catalog {
  const found = loadedCatalog(locale);
  if (!found) throw new Error(`The ${locale} messages are not loaded here`);
  return found;
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

/** The browser's message, its placeholders filled by position ($1 = the first name in order). */
function browserMessage(key: string, subs: Record<string, Value> | undefined): string {
  try {
    return browserI18n()?.getMessage?.(key, (order[key] ?? []).map((name) => String(subs?.[name] ?? ''))) ?? '';
  } catch {
    return '';
  }
}

/** A translator for one locale (an override), or for the browser's language ('system'). */
export function translator(setting: LanguageSetting = 'system'): Translator {
  const picked = browserLocale();
  const locale = setting === 'system' ? (picked ?? localeOf(browserLanguage() ?? globalThis.navigator?.language)) : setting;
  const native = picked === locale;
  return {
    locale,
    t(key, ...args) {
      const subs = args[0] as Record<string, Value> | undefined;
      const entry = loadedCatalog(locale)?.[key];
      if (entry) return formatMessage(entry, subs);
      if (native) return browserMessage(key, subs);
      // Not loaded (yet): English if it is here, else the browser's language; never nothing.
      const english = loadedCatalog('en')?.[key];
      return english ? formatMessage(english, subs) : browserMessage(key, subs);
    },
  };
}

const fetching: Partial<Record<Locale, Promise<void>>> = {};

/** Makes `setting`'s messages available: fetched from the extension's own _locales, once, unless
 *  they are bundled here or the browser serves them. A failed fetch is logged; t() then falls
 *  back (translator). */
export function loadLanguage(setting: LanguageSetting): Promise<void> {
  const { locale } = translator(setting);
  if (loadedCatalog(locale) || browserLocale() === locale) return Promise.resolve();
  return (fetching[locale] ??= (async () => {
    try {
      // Relative to this context's own origin: extension pages, the service worker and the options
      // page's worker all run there (the worker has no runtime.getURL).
      const response = await fetch(new URL(`/_locales/${locale}/messages.json`, globalThis.location.href));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      catalogs[locale] = (await response.json()) as Catalog;
    } catch (e) {
      delete fetching[locale];
      console.error(`Switch Roles: the ${locale} messages could not be loaded; showing another language.`, e);
    }
  })());
}

// English until a context chooses. Not made at load: a module with no side effects is left out of
// any bundle that imports it without using it (the console content script).
let chosen: Translator | undefined;
const active = (): Translator => (chosen ??= translator('en'));

/** The UI language of this context's messages, leaving the page alone: for the background and
 *  for content scripts, whose page (the console's) keeps its own <html lang>. Chosen at once;
 *  resolves once its messages are loaded (until then t() falls back, see translator). */
export async function useLanguage(setting: LanguageSetting): Promise<Translator> {
  const ui = (chosen = translator(setting));
  await loadLanguage(setting);
  return ui;
}

/** The UI language of this extension page (popup, options): set at start-up, before rendering. */
export async function setLanguage(setting: LanguageSetting): Promise<Translator> {
  const ui = await useLanguage(setting);
  if (typeof document !== 'undefined' && document.documentElement) document.documentElement.lang = languageTag();
  return ui;
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
