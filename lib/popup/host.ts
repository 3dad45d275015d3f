// What the popup needs from the browser, in one object so tests can pass their own.
import { browser } from 'wxt/browser';
import { db, type Db } from '../store/db';
import { firstScreenStore, type FirstScreenStore } from './first-screen';

export interface ActiveTab {
  id: number;
  url?: string;
}

export interface PopupHost {
  db(): Promise<Db>;
  /**
   * The active tab of the popup's window; undefined when there is none. Its url is known only
   * for console and sign-in pages (the host permissions), which is all the popup asks.
   */
  activeTab(): Promise<ActiveTab | undefined>;
  openOptions(): Promise<void>;
  close(): void;
  now(): number;
  /** The first screen kept from the last full load; none: the popup reads the whole store first. */
  firstScreen?: FirstScreenStore;
  /** Resolves once what is on screen now has been painted. */
  afterPaint?(): Promise<void>;
}

/** After the next frame is painted; at once in a hidden page (which paints no frames). */
export function afterPaint(doc: Document = document): Promise<void> {
  if (doc.visibilityState === 'hidden') return Promise.resolve();
  const win = doc.defaultView!;
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, 100);
    win.requestAnimationFrame(() => win.setTimeout(() => (win.clearTimeout(timer), resolve()), 0));
  });
}

export const browserHost: PopupHost = {
  db,
  async activeTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
  },
  openOptions: () => browser.runtime.openOptionsPage(),
  close: () => window.close(),
  now: () => Date.now(),
  firstScreen: firstScreenStore(browser.storage.local),
  afterPaint: () => afterPaint(),
};

/**
 * The host, with what the first screen needs already asked for: the kept first screen and the
 * database are requested now, while the page still reads its settings and renders, instead of
 * one after the other. The first read of the first screen gets the answer already on its way.
 */
export function prefetching(host: PopupHost): PopupHost {
  const kept = host.firstScreen;
  if (!kept) return host;
  let early: ReturnType<FirstScreenStore['read']> | undefined = kept.read();
  // Answered or failed, it is only ever used by the read below; a failure surfaces there.
  early.catch(() => {});
  void host.db().catch(() => {});
  return {
    ...host,
    firstScreen: {
      read() {
        const answer = early ?? kept.read();
        early = undefined;
        return answer;
      },
      write: (snapshot) => kept.write(snapshot),
    },
  };
}

