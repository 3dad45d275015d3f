// How the e2e tests and the demo start Chromium: Debian's build, the production extension
// loaded, and the console's host names mapped to the fake console on loopback.
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH, chromiumArgs } from '../fake-console/browser';

export { CHROMIUM_PATH };
export const EXTENSION_PATH = resolve(process.env.EXTENSION_PATH ?? '.output/chrome-mv3');

/** The fake console's flags plus the production extension. */
export function chromiumArgsWithExtension(fakeConsolePort: number): string[] {
  return [`--disable-extensions-except=${EXTENSION_PATH}`, `--load-extension=${EXTENSION_PATH}`, ...chromiumArgs(fakeConsolePort)];
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** `lang`: Chromium's UI language (--lang), e.g. "zh-CN"; the extension's messages follow it. */
export async function launchWithExtension(fakeConsolePort: number, opts: { headless?: boolean; lang?: string } = {}): Promise<LaunchedBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'switch-roles-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [...chromiumArgsWithExtension(fakeConsolePort), ...(opts.lang ? [`--lang=${opts.lang}`] : [])],
    ...(opts.lang ? { locale: opts.lang } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
