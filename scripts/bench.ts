// Benchmarks in real Chromium against the fake console. Figures, not assertions: this machine
// is shared and noisy, so each figure is the median of several runs, and the report gives
// ratios (with/without the extension) that noise affects less than absolute times.
//
//   popup: time from navigation to the first role row, with 0 … 10 000 bookmarks;
//          time for one search keystroke to reach the screen, with 5 000 bookmarks;
//   content script: the console page's main-thread script and task time with and without the
//          extension, on a normal page and on one that keeps mutating while its top bar is late.
import { chromium, type Page } from '@playwright/test';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeConsole } from '../test/fake-console/server';
import { chromiumArgs } from '../test/fake-console/browser';
import { CHROMIUM_PATH, chromiumArgsWithExtension, launchWithExtension } from '../test/e2e/chromium';
import { ALICE } from '../test/e2e/pages/console-page';
import { BANNER_PAGES, timeToBanner } from './bench-banner';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

const fake = await startFakeConsole();
const report: Record<string, unknown> = { runs: RUNS, chromium: CHROMIUM_PATH };

/** Puts n bookmarks straight into the extension's database (the bench's set-up, not the UI's). */
async function seed(page: Page, n: number) {
  await page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('switch-roles');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('bookmarks', 'readwrite');
    tx.objectStore('bookmarks').clear();
    for (let i = 0; i < count; i++) {
      const now = Date.now();
      tx.objectStore('bookmarks').put({
        id: `bench-${i}`,
        account: `team-${String(i % 200).padStart(3, '0')}`,
        roleName: `role-${i}`,
        displayName: i % 3 ? `Service ${i} admin` : undefined,
        colour: '#1565c0',
        favourite: i % 50 === 0,
        createdAt: now,
        updatedAt: now,
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, n);
}

async function popupFigures() {
  const browser = await launchWithExtension(fake.port);
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  // Records when the first role row appears, from the page's own clock.
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.querySelector('[role="option"]')) {
        (window as unknown as { firstRowAt: number }).firstRowAt = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const url = `chrome-extension://${browser.extensionId}/popup.html`;
  await page.goto(url);
  const open: Record<string, number> = {};
  for (const n of [1, 1000, 5000, 10000]) {
    await seed(page, n);
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { firstRowAt?: number }).firstRowAt !== undefined);
      times.push(await page.evaluate(() => (window as unknown as { firstRowAt: number }).firstRowAt));
    }
    open[n] = round(median(times));
  }
  await seed(page, 5000);
  await page.goto(url);
  await page.waitForSelector('[role="option"]');
  const keystroke: number[] = [];
  for (const text of ['s', 'se', 'ser', 'serv', 'servi', 'service 4', 'service 49', 'role-1', 'team-01', '']) {
    keystroke.push(
      await page.evaluate(async (value) => {
        const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
        const t0 = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // The next frame after the update is when the person sees it.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      }, text),
    );
  }
  const rendered = await page.locator('[role="option"]').count();
  await browser.close();
  return { firstRowMs: open, keystrokeMsMedian: round(median(keystroke)), keystrokeMsMax: round(Math.max(...keystroke)), rowsInDomWith5000: rendered };
}

async function pageCost(withExtension: boolean, url: string, mutate: boolean) {
  const dir = await mkdtemp(join(tmpdir(), 'switch-roles-bench-'));
  const args = withExtension ? chromiumArgsWithExtension(fake.port) : chromiumArgs(fake.port);
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, ignoreHTTPSErrors: true, args });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`https://signin.aliyun.com/__fake/signin?user=${encodeURIComponent(ALICE)}&as=company1%2Fdevops`);
  if (mutate) {
    // A busy page: 2 000 table rows added in small batches while the top bar is still missing.
    await page.addInitScript(() => {
      addEventListener('DOMContentLoaded', () => {
        let left = 2000;
        const tick = () => {
          const body = document.querySelector('tbody') ?? document.body;
          for (let i = 0; i < 50 && left > 0; i++, left--) {
            const tr = document.createElement('tr');
            tr.innerHTML = `<td>i-${left}</td><td>Running</td><td>ecs.g7.large</td>`;
            body.append(tr);
          }
          if (left > 0) setTimeout(tick, 10);
        };
        tick();
      });
    });
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const script: number[] = [];
  const task: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    await page.goto(url);
    // Settled: the top bar is drawn and, with the extension, the banner too.
    await page.waitForSelector('text=devops/alice', { state: 'attached' });
    if (withExtension) await page.getByRole('status', { name: 'Alibaba Cloud identity' }).waitFor();
    await page.waitForTimeout(mutate ? 1500 : 300);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    script.push(get('ScriptDuration'));
    task.push(get('TaskDuration'));
  }
  await context.close();
  await rm(dir, { recursive: true, force: true });
  return { scriptMs: round(median(script)), taskMs: round(median(task)) };
}

console.log(`Benchmarks: median of ${RUNS} runs each, Chromium at ${CHROMIUM_PATH}\n`);
const popup = await popupFigures();
report.popup = popup;
console.log('Popup: first role row after opening (ms)');
for (const [n, ms] of Object.entries(popup.firstRowMs)) console.log(`  ${n.padStart(6)} bookmarks: ${ms} ms`);
console.log(`  search keystroke with 5 000 bookmarks: median ${popup.keystrokeMsMedian} ms, worst ${popup.keystrokeMsMax} ms (to the next frame)`);
console.log(`  rows in the DOM with 5 000 bookmarks: ${popup.rowsInDomWith5000}\n`);

fake.configure({ topbar: 'auto' });
const pages: Record<string, unknown> = {};
for (const [name, url, mutate, topbarDelayMs] of [
  ['ECS page', 'https://ecs.console.aliyun.com/', false, 300],
  ['home page (legacy top bar)', 'https://home.console.aliyun.com/', false, 300],
  ['busy page, top bar 1.5 s late', 'https://ecs.console.aliyun.com/', true, 1500],
] as const) {
  fake.configure({ topbarDelayMs });
  const without = await pageCost(false, url, mutate);
  const withExt = await pageCost(true, url, mutate);
  const ratio = { script: round(withExt.scriptMs / Math.max(without.scriptMs, 0.1)), task: round(withExt.taskMs / Math.max(without.taskMs, 0.1)) };
  pages[name] = { without, with: withExt, ratio };
  console.log(`Console ${name}: main-thread script ${without.scriptMs} → ${withExt.scriptMs} ms (×${ratio.script}), all tasks ${without.taskMs} → ${withExt.taskMs} ms (×${ratio.task}) without → with the extension`);
}
report.contentScript = pages;

// Time to banner, Chromium and Firefox side by side (scripts/bench-banner.ts).
const banner = await timeToBanner(RUNS);
report.timeToBanner = banner;
console.log('\nTime to banner (ms from navigation start)        Chromium   Firefox');
for (const name of Object.keys(BANNER_PAGES) as (keyof typeof BANNER_PAGES)[]) {
  console.log(`  ${name.padEnd(46)} ${String(banner.chromium[name]).padStart(8)} ${String(banner.firefox[name]).padStart(9)}`);
}
await mkdir('artifacts', { recursive: true });
await writeFile('artifacts/bench.json', JSON.stringify(report, null, 2));
console.log('\nWritten: artifacts/bench.json');
await fake.close();
