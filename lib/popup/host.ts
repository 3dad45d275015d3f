// What the popup needs from the browser, in one object so tests can pass their own.
import { browser } from 'wxt/browser';
import { db, type Db } from '../store/db';

export interface PopupHost {
  db(): Promise<Db>;
  /** The active tab of the popup's window; undefined when there is none (a devtools window). */
  activeTabId(): Promise<number | undefined>;
  openOptions(): Promise<void>;
  close(): void;
  now(): number;
}

export const browserHost: PopupHost = {
  db,
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  },
  openOptions: () => browser.runtime.openOptionsPage(),
  close: () => window.close(),
  now: () => Date.now(),
};
