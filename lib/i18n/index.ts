// Every string a person sees, in English and Simplified Chinese, from public/_locales (the
// browser's own i18n format, so the manifest's name and description use the same files).
//
// t(key, { name: value }) returns the text in the UI language: the browser's (through
// browser.i18n.getMessage) unless the user chose one in the options, in which case the chosen
// locale's messages are formatted here (browser.i18n cannot switch language at run time).
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import zhCN from '../../public/_locales/zh_CN/messages.json' with { type: 'json' };
import { formatMessage, type Catalog } from './format';

/** The browser's i18n API, where there is one. Not through wxt/browser: its polyfill throws
 *  when loaded outside an extension context (the options page's worker, where there is none). */
type I18nApi = { getMessage?: (name: string, subs?: string[]) => string; getUILanguage?: () => string };
function browserI18n(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

export type Locale = 'en' | 'zh_CN';
export type LanguageSetting = 'system' | Locale;
export const LOCALES: readonly Locale[] = ['en', 'zh_CN'];
export const CATALOGS: Record<Locale, Catalog> = { en, zh_CN: zhCN };

type English = typeof en;
export type MessageKey = keyof English;
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
 * The locale the browser picked the extension's messages from: known by the name it gives,
 * since under --lang=zh-CN on Linux getUILanguage() can still say "en-US".
 */
function browserLocale(): Locale | undefined {
  try {
    const i18n = browserI18n();
    const name = i18n?.getMessage?.('extName');
    return LOCALES.find((l) => name && CATALOGS[l].extName?.message === name);
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

/** The positional substitutions for the browser's getMessage, in the English placeholder order. */
function positional(key: MessageKey, subs: Record<string, Value> | undefined): string[] {
  const placeholders = (CATALOGS.en[key]?.placeholders ?? {}) as Record<string, { content: string }>;
  const out: string[] = [];
  for (const [name, p] of Object.entries(placeholders)) {
    const n = Number(/^\$(\d)$/.exec(p.content)?.[1]);
    if (n) out[n - 1] = String(subs?.[name] ?? '');
  }
  return out;
}

export interface Translator {
  locale: Locale;
  t<K extends MessageKey>(key: K, ...args: Args<K>): string;
}

/** A translator for one locale (an override), or for the browser's language ('system'). */
export function translator(setting: LanguageSetting = 'system'): Translator {
  const system = setting === 'system';
  const locale = system ? (browserLocale() ?? localeOf(browserLanguage() ?? globalThis.navigator?.language)) : setting;
  const catalog = CATALOGS[locale];
  return {
    locale,
    t(key, ...args) {
      const subs = args[0] as Record<string, Value> | undefined;
      if (system) {
        let text = '';
        try {
          text = browserI18n()?.getMessage?.(key, positional(key, subs)) ?? '';
        } catch {
          text = '';
        }
        if (text) return text;
      }
      return formatMessage(catalog[key] ?? CATALOGS.en[key], subs);
    },
  };
}

let active: Translator = translator('en');

/** The UI language of this context's messages, leaving the page alone: for the background and
 *  for content scripts, whose page (the console's) keeps its own <html lang>. */
export function useLanguage(setting: LanguageSetting): Translator {
  active = translator(setting);
  return active;
}

/** The UI language of this extension page (popup, options): set once at start-up. */
export function setLanguage(setting: LanguageSetting): Translator {
  useLanguage(setting);
  if (typeof document !== 'undefined' && document.documentElement) document.documentElement.lang = languageTag();
  return active;
}

/** This page's UI language as a BCP 47 tag, for <html lang> and for formatting dates. */
export function languageTag(): string {
  return active.locale === 'zh_CN' ? 'zh-CN' : 'en';
}

export function currentLocale(): Locale {
  return active.locale;
}

/** The text of `key` in this page's UI language. */
export function t<K extends MessageKey>(key: K, ...args: Args<K>): string {
  return active.t(key, ...args);
}
