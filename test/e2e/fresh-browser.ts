// One Chromium per Playwright worker, made as good as new before each test: starting Chromium
// with the extension costs about 2 s of CPU, nearly half of what a test costs on this 2-core
// machine. "As good as new" for this extension means: one blank tab and no other page, no
// cookies or HTTP cache, the extension's storage (local and session) and its IndexedDB empty,
// no optional origin permission granted, and its service worker stopped (the next one starts
// with nothing in memory; chrome.runtime.reload() would disable an extension loaded from the
// command line). Anything that fails in the reset throws the browser away and starts a new one,
// and so does a test's lasting change to the context (an init script, a route: see LASTING).
import type { BrowserContext } from '@playwright/test';
import { launchWithExtension, type LaunchedBrowser } from './chromium';
import { awakeServiceWorker, stopServiceWorker } from './service-worker';

async function reset(launched: LaunchedBrowser): Promise<void> {
  const { context, extensionId } = launched;
  const blank = await context.newPage();
  await Promise.all(context.pages().filter((p) => p !== blank).map((p) => p.close()));
  await context.clearCookies();
  const worker = await awakeServiceWorker(context, extensionId, blank);
  await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    await api.storage.local.clear();
    await api.storage.session.clear();
    const required = new Set(api.runtime.getManifest().host_permissions ?? []);
    const granted = (await api.permissions.getAll()).origins ?? [];
    const optional = granted.filter((o) => !required.has(o));
    if (optional.length) await api.permissions.remove({ origins: optional });
    // Deleted from here, each deletion awaited (the worker's own connection closes on the
    // deletion's versionchange, as lib/store/db.ts does): no deletion runs on into the next test.
    const deleted = Promise.all(
      (await indexedDB.databases()).map(
        ({ name }) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase(name!);
            request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    await Promise.race([deleted, new Promise((_, reject) => setTimeout(() => reject(new Error('a database deletion stayed blocked')), 3_000))]);
    if ((await indexedDB.databases()).length) throw new Error('a database is still there');
  });
  await blank.goto('about:blank');
  const cdp = await context.newCDPSession(blank);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  // Its memory goes with it: the next test's first message starts a new one.
  await stopServiceWorker(context, blank);
}

/** What a test can change on the context itself, which no reset undoes (an init script stays
 *  for every later page): a context a test called these on is never used again. */
const LASTING = new Set(['addInitScript', 'route', 'routeFromHAR', 'routeWebSocket', 'exposeBinding', 'exposeFunction', 'grantPermissions', 'setExtraHTTPHeaders', 'setGeolocation', 'setHTTPCredentials', 'setOffline', 'setDefaultTimeout', 'setDefaultNavigationTimeout', 'on', 'once', 'addListener']);

/** Per worker: a browser per Chromium UI language, one at a time, reset before each use. */
export class BrowserPool {
  #current?: { lang: string | undefined; launched: LaunchedBrowser; used: boolean; changed: boolean };

  constructor(private readonly port: number) {}

  /** The context for a test to use: a lasting change through it retires the browser. */
  contextFor(launched: LaunchedBrowser): BrowserContext {
    const current = this.#current;
    return new Proxy(launched.context, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        if (typeof prop === 'string' && LASTING.has(prop) && current?.launched === launched) current.changed = true;
        return value.bind(target);
      },
    });
  }

  async fresh(lang: string | undefined): Promise<LaunchedBrowser> {
    const current = this.#current;
    if (current && current.lang === lang && !current.changed) {
      try {
        if (current.used) await reset(current.launched);
        current.used = true;
        return current.launched;
      } catch (e) {
        console.warn(`fresh-browser: reset failed, starting a new Chromium (${(e as Error).message.split('\n')[0]})`);
      }
    }
    await this.close();
    const launched = await launchWithExtension(this.port, { lang });
    this.#current = { lang, launched, used: true, changed: false };
    return launched;
  }

  async close(): Promise<void> {
    const current = this.#current;
    this.#current = undefined;
    await current?.launched.close().catch(() => {});
  }
}
