// What the Firefox tests read and do on pages: the banner in its closed shadow root, the extension's
// message protocol spoken from one of its own pages (the popup's logic, without its buttons).
import type { Page } from 'puppeteer-core';
import type { PageToBackground, Req, Res } from '../../lib/messages';
import { drawnText as drawnTextSource } from '../banner-drawn-text';

export const ALICE = 'alice@company2.onaliyun.com';

/** The banner's shadow host (lib/content/banner-host.ts). */
const BANNER_HOST = 'switch-roles-banner';
/** The test's own sandbox (an isolated realm, as WebDriver BiDi defines it): never the page's. */
const SANDBOX = 'test-banner-reader';

interface BidiNode {
  type: 'node';
  sharedId?: string;
  value?: { localName?: string; mode?: 'open' | 'closed'; shadowRoot?: BidiNode | null };
}
interface BidiResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown } & BidiNode;
  exceptionDetails?: { text: string };
}
interface BidiRealm {
  callFunction(fn: string, awaitPromise: boolean, options: object): Promise<BidiResult>;
}

function sandboxRealm(page: Page): BidiRealm {
  const context = (page.mainFrame() as unknown as { browsingContext?: { createWindowRealm(sandbox: string): BidiRealm } }).browsingContext;
  if (!context) throw new Error('puppeteer-core: this page has no BiDi browsing context (is the browser Firefox over BiDi?)');
  return context.createWindowRealm(SANDBOX);
}

/**
 * The banner's shadow root as WebDriver BiDi hands it to a test: its shadow root is closed, so no
 * script of the page (nor `element.shadowRoot` in any realm) reaches it, but BiDi serializes
 * closed roots too when asked (`includeShadowTree: "all"`); the root's shared id then goes back
 * as an argument to a function run in the test's sandbox. Null when the page has no banner host;
 * throws on more than one.
 */
export async function bannerRoot(page: Page): Promise<{ mode: string; root: BidiNode } | null> {
  const realm = sandboxRealm(page);
  const found = await realm.callFunction(`(name) => [...document.querySelectorAll(name)]`, false, {
    arguments: [{ type: 'string', value: BANNER_HOST }],
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    resultOwnership: 'none',
  });
  if (found.type !== 'success') throw new Error(`reading the banner host: ${found.exceptionDetails?.text}`);
  const hosts = (found.result?.value ?? []) as BidiNode[];
  if (hosts.length > 1) throw new Error(`${hosts.length} banner hosts in ${page.url()}`);
  const root = hosts[0]?.value?.shadowRoot;
  if (!hosts[0]) return null;
  if (!root?.sharedId) throw new Error(`the banner host in ${page.url()} has no shadow root BiDi can see`);
  return { mode: root.value?.mode ?? '?', root };
}

/** Runs `fn(root, arg)` in the test's sandbox with the banner's (closed) shadow root. */
export async function onBannerRoot<R, A = undefined>(page: Page, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R | null> {
  const found = await bannerRoot(page);
  if (!found) return null;
  // drawnText goes with every function: bannerText uses it (declared below).
  const result = await sandboxRealm(page).callFunction(`(root, arg) => { ${drawnTextSource.toString()} return JSON.stringify((${fn.toString()})(root, JSON.parse(arg)) ?? null); }`, true, {
    arguments: [{ sharedId: found.root.sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
    resultOwnership: 'none',
  });
  if (result.type !== 'success') throw new Error(`in the banner: ${result.exceptionDetails?.text}`);
  return JSON.parse(String(result.result?.value)) as R;
}

/** Sent with each function run in the banner (see `onBannerRoot`). */
declare function drawnText(node: Node): string;

/** The banner's drawn text (tag, identity, button), or null while there is none. */
export async function bannerText(page: Page): Promise<string | null> {
  return onBannerRoot(page, (root) => {
    const bar = root.querySelector<HTMLElement>('[role="status"]');
    return bar && !bar.hidden ? drawnText(bar).replace(/\s+/g, ' ').trim() : null;
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
