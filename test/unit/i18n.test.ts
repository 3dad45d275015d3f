// The two languages: the same keys, the same placeholders, every placeholder used; messages
// formatted the way the browser's i18n formats them; the UI language chosen from the browser's
// or from the setting.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, localeOf, LOCALES, translator } from '@/lib/i18n';
import { formatMessage, placeholderNames, type Catalog } from '@/lib/i18n/format';

const fromDisk = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Catalog;

describe('the message catalogues', () => {
  it('has exactly the locales the helper knows', () => {
    expect(readdirSync('public/_locales').sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('%s has every key the other language has', (locale) => {
    const keys = Object.keys(fromDisk(locale)).sort();
    for (const other of LOCALES) expect(keys, `${locale} vs ${other}`).toEqual(Object.keys(fromDisk(other)).sort());
  });

  it.each(Object.keys(catalog('en')))('%s has the same placeholders in every language, each used once or more', (key) => {
    const names = placeholderNames(catalog('en')[key]!);
    for (const locale of LOCALES) {
      const entry = catalog(locale)[key]!;
      expect(entry.message.trim(), `${locale} ${key} is empty`).not.toBe('');
      expect(placeholderNames(entry), `${locale} ${key}`).toEqual(names);
      const used = [...entry.message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase());
      expect([...new Set(used)].sort(), `${locale} ${key} uses`).toEqual(names);
      // The same $n for the same name: the browser fills them by position.
      for (const [name, p] of Object.entries(entry.placeholders ?? {})) expect(p.content).toBe(catalog('en')[key]!.placeholders![name]!.content);
    }
  });

  it('catches a missing key and a placeholder count that differs', () => {
    const en: Catalog = { a: { message: 'A $x$', placeholders: { x: { content: '$1' } } }, b: { message: 'B' } };
    const zh: Catalog = { a: { message: '甲' } };
    expect(Object.keys(zh).sort()).not.toEqual(Object.keys(en).sort());
    expect(placeholderNames(zh.a!)).not.toEqual(placeholderNames(en.a!));
  });

  it('has no message the code never uses (each key is named in lib/, components/, entrypoints/ or the manifest)', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|tsx|html)$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : [],
      );
    const code = [...sources('lib'), ...sources('components'), ...sources('entrypoints'), readFileSync('wxt.config.ts', 'utf8')].join('\n');
    const named = new Set([...code.matchAll(/['"`]([A-Za-z][\w]*)['"`]|__MSG_(\w+)__/g)].map((m) => m[1] ?? m[2]));
    expect(Object.keys(catalog('en')).filter((k) => !named.has(k))).toEqual([]);
  });

  it('names the extension in the manifest through __MSG_…__ keys that exist', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    const keys = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const k of keys) for (const locale of LOCALES) expect(catalog(locale)[k], `${locale} ${k}`).toBeDefined();
  });
});

describe('formatMessage', () => {
  const entry = { message: 'Role $ROLE$ in $account$ costs $$5', placeholders: { role: { content: '$1' }, account: { content: '$2' } } };
  it.each([
    [{ role: 'devops', account: 'company1' }, 'Role devops in company1 costs $5'],
    [{ role: '$1 <b>x</b>', account: '$$' }, 'Role $1 <b>x</b> in $$ costs $5'],
    [{ role: 'a', account: 7 }, 'Role a in 7 costs $5'],
  ])('substitutes %j as text', (subs, out) => {
    expect(formatMessage(entry, subs)).toBe(out);
  });
});

describe('the UI language', () => {
  it.each([
    ['zh-CN', 'zh_CN'],
    ['zh', 'zh_CN'],
    ['zh_CN', 'zh_CN'],
    ['zh-Hans-CN', 'zh_CN'],
    ['zh-TW', 'en'],
    ['en-US', 'en'],
    ['fr', 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (language, locale) => {
    expect(localeOf(language)).toBe(locale);
  });

  it('an override formats the chosen language itself', () => {
    expect(translator('zh_CN').t('identity_actingIn', { role: 'devops', account: 'company1' })).toBe('当前身份：company1 中的 devops');
    expect(translator('en').t('identity_actingIn', { role: 'devops', account: 'company1' })).toBe('Acting as devops in company1');
    expect(translator('zh_CN').locale).toBe('zh_CN');
  });

  it("'system' speaks the catalogue the browser picked, even when getUILanguage says otherwise", () => {
    const g = globalThis as { browser?: unknown };
    const before = g.browser;
    const browserWith = (i18n: object) => (g.browser = { i18n });
    // As Chromium under --lang=zh-CN on Linux: the Chinese catalogue, a UI language of en-US.
    browserWith({ getMessage: (name: string) => (name === 'catalogLocale' ? 'zh_CN' : ''), getUILanguage: () => 'en-US' });
    try {
      const ui = translator('system');
      expect(ui.locale).toBe('zh_CN');
      expect(ui.t('identity_actingIn', { role: 'devops', account: 'company1' })).toBe('当前身份：company1 中的 devops');
      browserWith({ getMessage: () => '', getUILanguage: () => 'zh-CN' });
      expect(translator('system').locale).toBe('zh_CN');
      browserWith({ getMessage: (name: string) => (name === 'catalogLocale' ? 'en' : ''), getUILanguage: () => 'zh-CN' });
      expect(translator('system').t('banner_hide')).toBe(catalog('en').banner_hide!.message);
    } finally {
      g.browser = before;
    }
  });
});
