// Where the messages come from in a context without bundled catalogues (the popup, the options
// page, the background, the import worker): the browser's getMessage for the language it picked,
// the extension's own _locales file for another, fetched once.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { placeholderOrder } from '@/lib/i18n/catalog-plugin';
import { formatMessage, type Catalog } from '@/lib/i18n/format';

const fileText = (locale: string) => readFileSync(`public/_locales/${locale}/messages.json`, 'utf8');
const fromDisk = (locale: string) => JSON.parse(fileText(locale)) as Catalog;

/** The browser's getMessage as Chromium implements it: the picked catalogue, placeholders
 *  filled by position. Records each call. */
function browserPicking(locale: 'en' | 'zh_CN') {
  const calls: [string, string[] | undefined][] = [];
  const messages = fromDisk(locale);
  const getMessage = (name: string, subs?: string[]) => {
    calls.push([name, subs]);
    const entry = messages[name];
    if (!entry) return '';
    const byName = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([n, p]) => [n, subs?.[Number(p.content.slice(1)) - 1] ?? '']));
    return formatMessage(entry, byName);
  };
  (globalThis as { browser?: unknown }).browser = { i18n: { getMessage, getUILanguage: () => 'en-US' } };
  return calls;
}

/** lib/i18n as a fresh module, with no catalogue bundled (test/unit/setup.ts bundles both into
 *  the shared one). */
async function freshI18n() {
  vi.resetModules();
  return import('@/lib/i18n');
}

const fetchCalls: string[] = [];
function serveLocales(status = 200) {
  vi.stubGlobal('fetch', async (url: URL | string) => {
    fetchCalls.push(String(url));
    const locale = /_locales\/(\w+)\/messages\.json$/.exec(String(url))?.[1] ?? '';
    return new Response(status === 200 ? fileText(locale) : 'gone', { status });
  });
}

beforeEach(() => {
  fetchCalls.length = 0;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('placeholderOrder (the build step)', () => {
  it('lists each message\'s placeholder names by their $n, whatever order they are declared in', () => {
    const json = JSON.stringify({ a: { message: '$y$ $x$', placeholders: { y: { content: '$2' }, x: { content: '$1' } } }, b: { message: 'none' } });
    expect(placeholderOrder(json)).toEqual({ a: ['x', 'y'] });
  });

  it.each([
    ['a content that is not one $n', { p: { content: 'role $1' } }],
    ['a $n used twice', { p: { content: '$1' }, q: { content: '$1' } }],
    ['a $n skipped', { p: { content: '$1' }, q: { content: '$3' } }],
  ])('fails the build on %s, naming the message', (_, placeholders) => {
    expect(() => placeholderOrder(JSON.stringify({ broken: { message: '$p$', placeholders } }))).toThrow(/broken/);
  });

  it('gives the same order for both languages\' files', () => {
    expect(placeholderOrder(fileText('zh_CN'))).toEqual(placeholderOrder(fileText('en')));
  });
});

describe('messages without a bundled catalogue', () => {
  it('asks the browser for the language it picked, its placeholders filled by position, and fetches nothing', async () => {
    const calls = browserPicking('zh_CN');
    serveLocales();
    const i18n = await freshI18n();
    await i18n.setLanguage('system');
    expect(i18n.t('identity_actingIn', { role: 'devops', account: 'company1' })).toBe('当前身份：company1 中的 devops');
    expect(calls).toContainEqual(['identity_actingIn', ['devops', 'company1']]);
    expect(fetchCalls).toEqual([]);
  });

  it('gives exactly what the catalogue gives, for every message of both languages', async () => {
    const subs = (key: string, entry: Catalog[string]) => Object.fromEntries(Object.keys(entry.placeholders ?? {}).map((n, i) => [n, `<${key}:${n}:$${i + 1}$$>`]));
    for (const locale of ['en', 'zh_CN'] as const) {
      browserPicking(locale);
      const i18n = await freshI18n();
      const ui = i18n.translator('system');
      for (const [key, entry] of Object.entries(fromDisk(locale))) {
        const given = subs(key, entry);
        expect(ui.t(key as never, given as never), `${locale} ${key}`).toBe(formatMessage(entry, given));
      }
    }
  });

  it('fetches another language from the extension\'s own _locales, once, and speaks it once loaded', async () => {
    browserPicking('en');
    serveLocales();
    const i18n = await freshI18n();
    const ui = await i18n.setLanguage('zh_CN');
    expect(ui.locale).toBe('zh_CN');
    expect(i18n.t('identity_actingIn', { role: 'devops', account: 'company1' })).toBe('当前身份：company1 中的 devops');
    await i18n.useLanguage('zh_CN');
    await i18n.loadLanguage('zh_CN');
    expect(fetchCalls.map((u) => new URL(u).pathname)).toEqual(['/_locales/zh_CN/messages.json']);
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('falls back to the browser\'s language when the file cannot be fetched, says so in the console, and tries again later', async () => {
    browserPicking('en');
    serveLocales(404);
    const i18n = await freshI18n();
    await i18n.useLanguage('zh_CN');
    expect(i18n.t('identity_actingIn', { role: 'devops', account: 'company1' })).toBe('Acting as devops in company1');
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('zh_CN messages could not be loaded'), expect.any(Error));
    serveLocales();
    await i18n.useLanguage('zh_CN');
    expect(i18n.t('identity_actingIn', { role: 'devops', account: 'company1' })).toBe('当前身份：company1 中的 devops');
    expect(fetchCalls).toHaveLength(2);
  });

  it('chooses at once, and speaks the browser\'s language until the chosen one has come', async () => {
    browserPicking('en');
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    vi.stubGlobal('fetch', async () => (await arrived, new Response(fileText('zh_CN'))));
    const i18n = await freshI18n();
    const loading = i18n.useLanguage('zh_CN');
    expect(i18n.currentLocale()).toBe('zh_CN');
    expect(i18n.t('banner_hide')).toBe(fromDisk('en').banner_hide!.message);
    arrive();
    await loading;
    expect(i18n.t('banner_hide')).toBe(fromDisk('zh_CN').banner_hide!.message);
  });
});
