// Playwright fixtures: a fake console per worker, a fresh Chromium with the extension per test,
// and page objects for the console and the popup.
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { startFakeConsole, type FakeConsole } from '../fake-console/server';
import { launchWithExtension } from './chromium';
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
}

interface Options {
  /** Chromium's UI language for the test (test.use({ chromiumLang: 'zh-CN' })); the default: Chromium's own. */
  chromiumLang: string | undefined;
}

export const test = base.extend<TestFixtures & Options & { launched: Awaited<ReturnType<typeof launchWithExtension>> }, WorkerFixtures>({
  chromiumLang: [undefined, { option: true }],
  fake: [
    async ({}, use) => {
      const fake = await startFakeConsole();
      await use(fake);
      await fake.close();
    },
    { scope: 'worker' },
  ],
  launched: async ({ fake, chromiumLang }, use) => {
    fake.reset();
    const launched = await launchWithExtension(fake.port, { lang: chromiumLang });
    await use(launched);
    await launched.close();
  },
  context: async ({ launched }, use) => use(launched.context),
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
