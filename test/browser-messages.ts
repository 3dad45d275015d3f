// lib/i18n formats every message from its own catalogue "the way browser.i18n.getMessage does"
// (lib/i18n/format.ts), so a language chosen in the options reads as the browser's own would.
// Checked against the browser's getMessage, for every message: placeholders filled by position
// there, by name here. Shared by the Chromium (e2e) and Firefox checks. The substitutions hold
// "$1", "$$" and markup, which neither may treat as anything but text.
import { readFileSync } from 'node:fs';
import { formatMessage, type Catalog } from '../lib/i18n/format';

export interface MessageCall {
  key: string;
  subs: string[];
}

/** Each message of `locale`'s file as a getMessage call, and the text lib/i18n formats for it. */
export function messageChecks(locale: 'en' | 'zh_CN'): { calls: MessageCall[]; expected: string[] } {
  const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Catalog;
  const checks = Object.entries(messages).map(([key, entry]) => {
    // The browser fills placeholder "$n" with its n-th substitution.
    const byPosition = Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => ({ name, n: Number(/^\$(\d)$/.exec(content)?.[1]) }));
    const subs: string[] = [];
    for (const { name, n } of byPosition) subs[n - 1] = `<b>${name}</b> $${n} $$`;
    const expected = formatMessage(entry, Object.fromEntries(byPosition.map(({ name, n }) => [name, subs[n - 1]!])));
    return { call: { key, subs: Array.from(subs, (s) => s ?? '') }, expected };
  });
  return { calls: checks.map((c) => c.call), expected: checks.map((c) => c.expected) };
}

/** Run in an extension page: the browser's getMessage for each call. */
export function browserMessages(calls: MessageCall[]): string[] {
  const api = (globalThis as unknown as { browser?: I18n; chrome?: I18n }).browser ?? (globalThis as unknown as { chrome: I18n }).chrome;
  return calls.map(({ key, subs }) => api.i18n.getMessage(key, subs));
}
type I18n = { i18n: { getMessage(key: string, subs: string[]): string } };
