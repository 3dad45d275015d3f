// Playwright fixtures: a fake console per worker, a Chromium with the extension per worker made
// as good as new before each test (fresh-browser.ts), and page objects for the console and the popup.
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { startFakeConsole, type FakeConsole } from '../fake-console/server';
import type { LaunchedBrowser } from './chromium';
import { BrowserPool } from './fresh-browser';
import { ConsolePage } from './pages/console-page';
import { Popup } from './pages/popup';
import { OptionsPage } from './pages/options-page';

interface TestFixtures {
  context: BrowserContext;
  extensionId: string;
  /** A console tab, signed in as nobody yet. */
  consolePage: ConsolePage;
  /** Opens the popup over a console tab (that tab stays the active one). */
  openPopup: (over?: ConsolePage) => Promise<Popup>;
  openOptions: () => Promise<OptionsPage>;
}
interface WorkerFixtures {
  fake: FakeConsole;
  browsers: BrowserPool;
}

interface Options {
  /** Chromium's UI language for the test (test.use({ chromiumLang: 'zh-CN' })); the default: Chromium's own. */
  chromiumLang: string | undefined;
}

export const test = base.extend<TestFixtures & Options & { launched: LaunchedBrowser }, WorkerFixtures>({
  chromiumLang: [undefined, { option: true }],
  fake: [
    async ({}, use) => {
      const fake = await startFakeConsole();
      await use(fake);
      await fake.close();
    },
    { scope: 'worker' },
  ],
  browsers: [
    async ({ fake }, use) => {
      const pool = new BrowserPool(fake.port);
      await use(pool);
      await pool.close();
    },
    { scope: 'worker' },
  ],
  launched: async ({ fake, chromiumLang, browsers }, use) => {
    fake.reset();
    await use(await browsers.fresh(chromiumLang));
  },
  context: async ({ launched, browsers }, use) => use(browsers.contextFor(launched)),
  extensionId: async ({ launched }, use) => use(launched.extensionId),
  consolePage: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(new ConsolePage(page));
  },
  openPopup: async ({ context, extensionId, consolePage }, use) => {
    await use(async (over = consolePage) => Popup.open(context, extensionId, over));
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => OptionsPage.open(context, extensionId));
  },
});

export { expect };
