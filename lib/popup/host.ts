// What the popup needs from the browser, in one object so tests can pass their own.
import { browser } from 'wxt/browser';
import { db, type Db } from '../store/db';

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
};
