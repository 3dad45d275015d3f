// What the Firefox tests read and do on pages: the banner in its shadow root, the extension's
// message protocol spoken from one of its own pages (the popup's logic, without its buttons).
import type { Page } from 'puppeteer-core';
import type { PageToBackground, Req, Res } from '../../lib/messages';

export const ALICE = 'alice@company2.onaliyun.com';

/** The banner's visible text (tag and identity), or null while there is none. */
export function bannerText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    for (const el of document.querySelectorAll('*')) {
      const bar = el.shadowRoot?.querySelector<HTMLElement>('[role="status"]');
      if (bar && !bar.hidden) return bar.innerText.replace(/\s+/g, ' ').trim();
    }
    return null;
  });
}

/**
 * Calls `read` until `accept` takes its answer (or the time limit passes, with the last answer
 * in the error). A navigation under way makes `read` throw: that counts as no answer yet.
 */
export async function eventually<T>(what: string, read: () => Promise<T>, accept: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | string = 'nothing read';
  for (;;) {
    try {
      const v = await read();
      if (accept(v)) return v;
      last = v;
    } catch (e) {
      last = `(${(e as Error).message.split('\n')[0]})`;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the page's banner contains `text`. */
export function expectBanner(page: Page, text: string): Promise<string | null> {
  return eventually(`banner with "${text}" on ${page.url()}`, () => bannerText(page), (t) => t?.includes(text) ?? false);
}

// The envelope of lib/messages.ts (its tag is private there; a change shows as failing tests).
const TAG = 'switch-roles-alibaba-cloud';

/** Sends a message of the typed protocol from an extension page, as the popup does. */
export function sendFromExtensionPage<K extends keyof PageToBackground>(page: Page, name: K, data: Req<PageToBackground, K>): Promise<Res<PageToBackground, K>> {
  return page.evaluate(
    (message) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage(message),
    { tag: TAG, name, data },
  ) as Promise<Res<PageToBackground, K>>;
}

/** The id of the one tab showing `url` (exactly), asked from an extension page. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const ids = await extensionPage.evaluate(async (u) => {
    const tabs = await (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser.tabs.query({});
    return tabs.filter((t) => t.url === u).map((t) => t.id!);
  }, url);
  if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
  return ids[0]!;
}
