// lib/i18n takes the language the browser picked from the browser's own getMessage: for every
// message it must give what the catalogue's formatting gives, placeholders filled by position.
// Shared by the Chromium (e2e) and Firefox checks. The substitutions hold "$1", "$$" and markup,
// which neither may treat as anything but text.
import { readFileSync } from 'node:fs';
import { placeholderOrder } from '../lib/i18n/catalog-plugin';
import { formatMessage, type Catalog } from '../lib/i18n/format';

export interface MessageCall {
  key: string;
  subs: string[];
}

/** Each message of `locale`'s file as a getMessage call, and the text the catalogue gives. */
export function messageChecks(locale: 'en' | 'zh_CN'): { calls: MessageCall[]; expected: string[] } {
  const text = readFileSync(`public/_locales/${locale}/messages.json`, 'utf8');
  const messages = JSON.parse(text) as Catalog;
  const order = placeholderOrder(text);
  const calls = Object.keys(messages).map((key) => ({ key, subs: (order[key] ?? []).map((name, i) => `<b>${name}</b> $${i + 1} $$`) }));
  const expected = calls.map(({ key, subs }) => formatMessage(messages[key], Object.fromEntries((order[key] ?? []).map((name, i) => [name, subs[i]!]))));
  return { calls, expected };
}

/** Run in an extension page: the browser's getMessage for each call. */
export function browserMessages(calls: MessageCall[]): string[] {
  const api = (globalThis as unknown as { browser?: I18n; chrome?: I18n }).browser ?? (globalThis as unknown as { chrome: I18n }).chrome;
  return calls.map(({ key, subs }) => api.i18n.getMessage(key, subs));
}
type I18n = { i18n: { getMessage(key: string, subs: string[]): string } };
