// How the Firefox tests and the bench start Firefox: Debian's firefox-esr driven by
// puppeteer-core over WebDriver BiDi, the production Firefox build installed as a temporary
// add-on, and the console's host names resolved to the fake console on 127.0.0.1:443.
//
// Firefox facts this relies on (see also /work/shared/toolchain.md):
// - it has no --host-resolver-rules: `network.dns.localDomains` maps each listed name (no
//   wildcards, no port) to 127.0.0.1, so the fake console listens on 443;
// - a temporary add-on gets no host permission until granted:
//   `extensions.originControls.grantByDefault` grants the manifest's hosts, as a user would;
// - `extensions.webextensions.uuids` fixes the add-on's moz-extension:// host, so a test knows
//   its pages' URLs;
// - BiDi refuses to navigate a tab to a moz-extension:// page ("not allowed in this context")
//   unless Firefox runs with --remote-allow-system-access, and even then never reports the
//   page's load (a goto waits forever): navigate with wait "none", then wait for the page's own
//   document. (A test-only browser: the flag only widens what the test driver may do.)
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spelledOutHosts } from '../fake-console/sites';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_PATH = resolve(process.env.FIREFOX_EXTENSION_PATH ?? '.output/firefox-mv3');
/** Firefox maps host names, not ports: the fake console must answer on the default one. */
export const FIREFOX_FAKE_CONSOLE_PORT = 443;
const EXTENSION_UUID = '5a1e0c3b-7d2f-4e8a-9b6c-0f1d2e3a4b5c';

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on's id (the manifest's gecko id). */
  extensionId: string;
  /** moz-extension://<uuid>/<path> */
  extensionUrl(path: string): string;
  /** A new tab showing one of the extension's pages, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export function firefoxPrefs(extensionId: string): Record<string, unknown> {
  return {
    'network.dns.localDomains': spelledOutHosts().join(','),
    'xpinstall.signatures.required': false,
    'extensions.originControls.grantByDefault': true,
    'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: EXTENSION_UUID }),
    // Only loopback is reachable here: keep Firefox from trying the rest.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/',
    'browser.region.network.url': '',
    'app.normandy.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
  };
}

function geckoId(extensionPath: string): string {
  const manifestPath = join(extensionPath, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`Firefox build missing: ${manifestPath} (run: npx wxt build -b firefox --mv3)`);
  const id = JSON.parse(readFileSync(manifestPath, 'utf8'))?.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);
  return id;
}

export async function launchFirefox(opts: { headless?: boolean; extensionPath?: string } = {}): Promise<LaunchedFirefox> {
  const extensionPath = opts.extensionPath ?? FIREFOX_EXTENSION_PATH;
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox is missing at ${FIREFOX_PATH}: apt-get install firefox-esr (or set FIREFOX_PATH)`);
  const expectedId = geckoId(extensionPath);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: opts.headless ?? true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(expectedId),
  });
  try {
    const extensionId = await browser.installExtension(extensionPath);
    if (extensionId !== expectedId) throw new Error(`installed add-on id ${extensionId}, expected ${expectedId}`);
    const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
    return {
      browser,
      extensionId,
      extensionUrl,
      async openExtensionPage(path) {
        const page = await browser.newPage();
        const url = extensionUrl(path);
        await navigateNoWait(page, url);
        await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { polling: 50, timeout: 15_000 }, url);
        return page;
      },
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/** BiDi's browsingContext.navigate with wait "none" (puppeteer's goto always waits for load). */
async function navigateNoWait(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { browsingContext?: { navigate(url: string, wait: 'none'): Promise<void> } }).browsingContext;
  if (!context) throw new Error('puppeteer-core: this page has no BiDi browsing context (is the browser Firefox over BiDi?)');
  await context.navigate(url, 'none');
}
