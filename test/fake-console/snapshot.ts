// Saves the rendered HTML (after client rendering) of every fake-console variant to
// test/fixtures/console-pages/<name>.html, for unit tests of lib/console lookups:
//   npx tsx test/fake-console/snapshot.ts
// Random tokens are replaced by fixed ones so a re-run changes no file unless a page did.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { launchFor } from './browser';
import { DIRECTORY, startFakeConsole, type FakeConfig } from './server';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'console-pages');
const SIGNIN = 'https://signin.aliyun.com';
const alice = DIRECTORY.users.alice.logonName;
const root = DIRECTORY.root.logonName;

interface Variant {
  name: string;
  config?: Partial<FakeConfig>;
  /** Signed in as (none: a visitor without a session). */
  user?: string;
  /** Acting as "<account>/<role>". */
  as?: string;
  url: string;
  /** Waits until the page is fully rendered (and drives it, for error variants). */
  ready(page: Page): Promise<void>;
}

const SWITCH = `${SIGNIN}/switchRole.htm`;
const classicReady = (page: Page) => page.locator('#switchRoleForm').waitFor();
const modernReady = (page: Page) => page.locator('#app input >> nth=1').waitFor();
const legacyReady = (page: Page) => page.locator('.console-component-topbar').waitFor({ state: 'attached' });
const modernBarReady = (page: Page) => page.locator('header[data-spm="topbar"]').waitFor();

async function typeLike(page: Page, nth: number, value: string): Promise<void> {
  await page.locator(`#app input >> nth=${nth}`).fill(value);
}

const VARIANTS: Variant[] = [
  { name: 'classic-en-old', config: { labels: 'old' }, user: alice, url: SWITCH, ready: classicReady },
  { name: 'classic-en-new', user: alice, url: SWITCH, ready: classicReady },
  { name: 'classic-zh', config: { lang: 'zh' }, user: alice, url: SWITCH, ready: classicReady },
  { name: 'modern-en', config: { markup: 'modern' }, user: alice, url: SWITCH, ready: modernReady },
  { name: 'modern-zh', config: { markup: 'modern', lang: 'zh' }, user: alice, url: SWITCH, ready: modernReady },
  { name: 'no-form', config: { markup: 'no-form' }, user: alice, url: SWITCH, ready: (p) => p.locator('.notice').waitFor() },
  { name: 'ambiguous', config: { markup: 'ambiguous' }, user: alice, url: SWITCH, ready: classicReady },
  {
    name: 'classic-en-error-unknown-role',
    user: alice,
    url: `${SWITCH}?parentAlias=company1&roleName=no-such-role`,
    ready: async (page) => {
      await page.locator('#switchBtn').click();
      await page.locator('.error-tip').waitFor();
    },
  },
  {
    name: 'modern-en-error-not-trusted',
    config: { markup: 'modern' },
    user: alice,
    url: SWITCH,
    ready: async (page) => {
      await modernReady(page);
      await typeLike(page, 0, 'company1');
      await typeLike(page, 1, 'auditor');
      await page.locator('#app button').click();
      await page.getByRole('alert').waitFor();
    },
  },
  { name: 'legacy-en-role', user: alice, as: 'company1/devops', url: 'https://home.console.aliyun.com/', ready: legacyReady },
  { name: 'legacy-zh-role', config: { lang: 'zh' }, user: alice, as: 'company1/devops', url: 'https://home.console.aliyun.com/', ready: legacyReady },
  { name: 'legacy-en-user', user: alice, url: 'https://ram.console.aliyun.com/roles', ready: legacyReady },
  { name: 'legacy-en-root', user: root, url: 'https://home.console.aliyun.com/', ready: legacyReady },
  { name: 'modern-en-role', user: alice, as: 'company1/ecs-admin', url: 'https://ecs.console.aliyun.com/instances', ready: modernBarReady },
  { name: 'modern-zh-role', config: { lang: 'zh' }, user: alice, as: 'company1/ecs-admin', url: 'https://ecs.console.aliyun.com/instances', ready: modernBarReady },
  { name: 'modern-en-user', user: alice, url: 'https://ecs.console.aliyun.com/instances', ready: modernBarReady },
  { name: 'modern-en-role-company3', user: alice, as: `${DIRECTORY.accounts.company3.id}/readonly`, url: 'https://oss.console.aliyun.com/', ready: modernBarReady },
  {
    name: 'none-en-role',
    config: { topbar: 'none' },
    user: alice,
    as: 'company1/devops',
    url: 'https://ecs.console.aliyun.com/instances',
    ready: (page) => page.waitForTimeout(600), // nothing will appear: wait out the top bar delay
  },
  {
    name: 'login-en',
    url: `${SIGNIN}/login.htm?redirect=${encodeURIComponent('https://home.console.aliyun.com/')}`,
    ready: (page) => page.locator('#loginForm').waitFor(),
  },
];

function stable(html: string, name: string): string {
  return html
    .replace(/(name="sec_token" value=")[0-9a-f]+/g, '$1fixture-csrf-token')
    .replace(/("csrf":")[0-9a-f]+/g, '$1fixture-csrf-token')
    .replace(/^<!DOCTYPE html>/i, `<!DOCTYPE html><!-- fake console page "${name}", made by test/fake-console/snapshot.ts -->`);
}

const fake = await startFakeConsole();
const browser = await launchFor(fake.port);
try {
  mkdirSync(OUT, { recursive: true });
  for (const v of VARIANTS) {
    fake.reset();
    fake.configure({ topbarDelayMs: 50, modernDelayMs: 100, ...v.config });
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    if (v.user) {
      const q = new URLSearchParams({ user: v.user, redirect: v.url, ...(v.as ? { as: v.as } : {}) });
      await page.goto(`${SIGNIN}/__fake/signin?${q}`);
    } else {
      await page.goto(v.url);
    }
    await v.ready(page);
    writeFileSync(join(OUT, `${v.name}.html`), stable(await page.content(), v.name));
    console.log(`wrote ${v.name}.html`);
    await context.close();
  }
} finally {
  await browser.close();
  await fake.close();
}
