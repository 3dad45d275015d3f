import { chromium } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs } from '../test/fake-console/browser';
const EXT = resolve('.output/chrome-mv3');
const dir = await mkdtemp(join(tmpdir(), 'prof-'));
const ctx = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, ...chromiumArgs(1)] });
await ctx.addInitScript({ path: resolve('scripts/bench-page.js') });
const w = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
const id = new URL(w.url()).host;
const page = await ctx.newPage();
await page.goto(`chrome-extension://${id}/options.html`);
const roles = Array.from({ length: 5000 }, (_, k) => ({ account: `acct-${String(k % 500).padStart(3, '0')}`, roleName: `role-${k}`, displayName: `Team role ${k}`, colour: '#2e7d32', site: 'cn', group: `Group ${k % 40}` }));
await page.getByLabel('Paste a team list').fill(JSON.stringify({ version: 1, name: 'X', source: 'https://e/x', roles }));
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
for (const [button, check] of [['Preview import', `() => [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Apply import')`], ['Apply import', `() => !document.querySelector('.preview') && document.querySelector('.import-outcome .notice')`]]) {
  await cdp.send('Profiler.start');
  const r = await page.evaluate(`window.__bench.clickUntil(${JSON.stringify(button)}, ${check})`);
  const { profile } = await cdp.send('Profiler.stop');
  const dt = new Map<number, number>();
  profile.samples!.forEach((s, i) => dt.set(s, (dt.get(s) ?? 0) + (profile.timeDeltas![i] ?? 0)));
  const byFn = new Map<string, number>();
  // inclusive time: build parent map
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const [idn, t] of dt) {
    const seen = new Set<string>();
    for (let x: number | undefined = idn; x !== undefined; x = parent.get(x)) {
      const n = nodes.get(x)!;
      const f = `${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.functionName}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
      if (seen.has(f)) continue;
      seen.add(f);
      byFn.set(f, (byFn.get(f) ?? 0) + t / 1000);
    }
  }
  console.log(button, JSON.stringify(r));
  console.log([...byFn].filter(([f]) => f.includes('.js')).sort((a, b) => b[1] - a[1]).slice(0, 30).map(([u, t]) => `  ${u}=${t.toFixed(0)}`).join('\n'));
}
await ctx.close();
