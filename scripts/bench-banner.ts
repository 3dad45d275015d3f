// Time to banner in both browsers: from the start of a console page's navigation to the first
// frame that shows the extension's identity banner, on a page signed in as a role. Each figure is
// the median of several loads in one browser. The page records the moment itself (a frame
// callback from its first script on), so the driver's own latency does not count.
//
// Used by scripts/bench.ts; on its own: npx tsx scripts/bench-banner.ts
import type { Page as PlaywrightPage } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { startFakeConsole, type FakeConsole } from '../test/fake-console/server';
import { launchWithExtension } from '../test/e2e/chromium';
import { FIREFOX_FAKE_CONSOLE_PORT, launchFirefox } from '../test/firefox/launch';
import { ALICE } from '../test/firefox/pages';

export const BANNER_PAGES = {
  'ECS (modern top bar)': 'https://ecs.console.aliyun.com/',
  'home (legacy top bar)': 'https://home.console.aliyun.com/',
} as const;
type PageName = keyof typeof BANNER_PAGES;
export type BannerFigures = Record<'chromium' | 'firefox', Record<PageName, number>>;

/**
 * Page world, from the first script on: records when a frame first shows the banner. The banner's
 * shadow root is closed, so the page sees only its host: the host takes height exactly when the
 * bar shows (it is built and filled in one go, and hidden it takes none). A string, not a
 * function: tsx's transform would add helpers to a function that the page does not have.
 */
const RECORD_BANNER_FRAME = `(() => {
  const look = () => {
    const host = document.querySelector('switch-roles-banner');
    if (host && host.getBoundingClientRect().height > 0) { window.bannerAt = performance.now(); return; }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Driver {
  goto(url: string): Promise<unknown>;
  bannerAt(): Promise<number>;
}

async function measure(driver: Driver, runs: number): Promise<Record<PageName, number>> {
  const out = {} as Record<PageName, number>;
  for (const [name, url] of Object.entries(BANNER_PAGES) as [PageName, string][]) {
    await driver.goto(url); // warm-up: caches and the extension's first start
    await driver.bannerAt();
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      await driver.goto(url);
      times.push(await driver.bannerAt());
    }
    out[name] = Math.round(median(times));
  }
  return out;
}

const signIn = `https://signin.aliyun.com/__fake/signin?user=${encodeURIComponent(ALICE)}&as=company1%2Fdevops`;

async function chromiumFigures(fake: FakeConsole, runs: number) {
  const launched = await launchWithExtension(fake.port);
  try {
    const page: PlaywrightPage = launched.context.pages()[0] ?? (await launched.context.newPage());
    await page.addInitScript({ content: RECORD_BANNER_FRAME });
    await page.goto(signIn);
    return await measure(
      {
        goto: (url) => page.goto(url),
        bannerAt: async () => {
          await page.waitForFunction(() => (window as unknown as { bannerAt?: number }).bannerAt !== undefined, null, { timeout: 30_000 });
          return page.evaluate(() => (window as unknown as { bannerAt: number }).bannerAt);
        },
      },
      runs,
    );
  } finally {
    await launched.close();
  }
}

async function firefoxFigures(runs: number) {
  const firefox = await launchFirefox();
  try {
    const page: PuppeteerPage = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
    await page.evaluateOnNewDocument(RECORD_BANNER_FRAME);
    await page.goto(signIn);
    return await measure(
      {
        goto: (url) => page.goto(url),
        bannerAt: async () => {
          await page.waitForFunction(() => (window as unknown as { bannerAt?: number }).bannerAt !== undefined, { timeout: 30_000, polling: 50 });
          return page.evaluate(() => (window as unknown as { bannerAt: number }).bannerAt);
        },
      },
      runs,
    );
  } finally {
    await firefox.close();
  }
}

/**
 * Median time to banner (ms from navigation start) in Chromium and Firefox, on the same fake
 * console: on 127.0.0.1:443, which Firefox needs (it maps host names, not ports).
 */
export async function timeToBanner(runs = 5): Promise<BannerFigures> {
  const fake = await startFakeConsole({ port: FIREFOX_FAKE_CONSOLE_PORT });
  try {
    return { chromium: await chromiumFigures(fake, runs), firefox: await firefoxFigures(runs) };
  } finally {
    await fake.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await timeToBanner(Number(process.env.BENCH_RUNS ?? 5));
  console.log('Time to banner (ms from navigation start, median):');
  for (const name of Object.keys(BANNER_PAGES) as PageName[]) {
    console.log(`  ${name}: Chromium ${figures.chromium[name]} ms, Firefox ${figures.firefox[name]} ms`);
  }
}
