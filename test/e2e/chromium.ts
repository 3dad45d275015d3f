// How the e2e tests and the demo start Chromium: Debian's build, the production extension
// loaded, and the console's host names mapped to the fake console on loopback.
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hostResolverRules } from '../fake-console/server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_PATH = resolve(process.env.EXTENSION_PATH ?? '.output/chrome-mv3');

export function chromiumArgs(fakeConsolePort: number): string[] {
  return [
    `--disable-extensions-except=${EXTENSION_PATH}`,
    `--load-extension=${EXTENSION_PATH}`,
    `--host-resolver-rules=${hostResolverRules(fakeConsolePort)}`,
    // The fake console's certificate is self-signed; this covers extension pages' fetches too.
    '--ignore-certificate-errors',
    // This machine has no network but loopback: keep Chromium from trying.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
  ];
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(fakeConsolePort: number, opts: { headless?: boolean } = {}): Promise<LaunchedBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'switch-roles-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(fakeConsolePort),
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
