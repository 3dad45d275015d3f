// Checks the fake console in a real Chromium (no extension) and takes screenshots:
//   npx tsx test/fake-console/browser-check.ts   → /tmp/fake-console-shots/*.png
// Note: callbacks passed to page.evaluate avoid named inner functions (tsx would add a
// __name() helper that does not exist in the page).

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { launchFor } from './browser';
import { DIRECTORY, ERROR_TEXTS, startFakeConsole, type FakeConsole } from './server';

const SHOTS = '/tmp/fake-console-shots';
const SIGNIN = 'https://signin.aliyun.com';
const HOME = 'https://home.console.aliyun.com/';
const alice = DIRECTORY.users.alice.logonName;

async function check(name: string, fn: () => Promise<void>): Promise<void> {
  await fn();
  console.log(`ok  ${name}`);
}

/** What typing does: the prototype's value setter, then input and change events. */
function fillLikeTyping(page: Page, selector: string, value: string): Promise<void> {
  return page.$eval(
    selector,
    (el, v) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(el, v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}

/** The naive way: the element's own value property (React's tracker sees it). */
function fillBare(page: Page, selector: string, value: string): Promise<void> {
  return page.$eval(
    selector,
    (el, v) => {
      (el as HTMLInputElement).value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

const ACCOUNT = '#app input >> nth=0';
const ROLE = '#app input >> nth=1';

async function main(fake: FakeConsole, browser: Browser): Promise<void> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 760 } });
  const page = await context.newPage();
  mkdirSync(SHOTS, { recursive: true });

  await check('login form: from a console page to the login page and back', async () => {
    await page.goto('https://ecs.console.aliyun.com/disks');
    assert.match(page.url(), /^https:\/\/signin\.aliyun\.com\/login\.htm\?redirect=/);
    await page.screenshot({ path: `${SHOTS}/login-en.png` });
    await page.getByLabel('RAM user logon name').fill('nobody@x.onaliyun.com');
    await page.getByRole('button', { name: 'Sign In' }).click();
    await page.getByText('The logon name does not exist.').waitFor();
    await page.getByLabel('RAM user logon name').fill(alice);
    await page.getByRole('button', { name: 'Sign In' }).click();
    await page.waitForURL('https://ecs.console.aliyun.com/disks');
    await page.getByRole('heading', { name: 'Disks' }).waitFor();
  });

  await check('modern top bar renders late and shows the RAM user', async () => {
    await page.goto('https://ecs.console.aliyun.com/', { waitUntil: 'domcontentloaded' });
    assert.equal(await page.locator('header').count(), 0, 'absent at DOMContentLoaded');
    await page.locator('header [aria-haspopup="menu"]').click();
    const menu = page.getByRole('menu');
    await menu.waitFor();
    assert.match(await menu.innerText(), /Current Identity\s+alice@company2\.onaliyun\.com/);
    assert.doesNotMatch(await menu.innerText(), /Logon Identity|Switch Back/);
    const cfg = await page.evaluate(() => (window as unknown as { ALIYUN_CONSOLE_CONFIG: unknown }).ALIYUN_CONSOLE_CONFIG);
    assert.deepEqual(cfg, {
      CURRENT_PK: '2222222222222222',
      MAIN_ACCOUNT_PK: '2222222222222222',
      ACCOUNT_TYPE: 'sub',
      LOCALE: 'en-US',
      portalType: 'one',
      CHANNEL: 'OFFICIAL',
    });
  });

  await check('ECS navigates client-side; the top bar stays', async () => {
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByRole('link', { name: 'Images' }).click();
    await page.waitForURL('https://ecs.console.aliyun.com/images');
    await page.getByRole('heading', { name: 'Images' }).waitFor();
    assert.equal(await page.evaluate(() => (window as unknown as { marker: number }).marker), 42, 'no reload');
    await page.goBack();
    await page.getByRole('heading', { name: 'Instances' }).waitFor();
    assert.equal(await page.locator('header').count(), 1);
  });

  await check('modern switch page: form after the delay, placeholders, no names', async () => {
    fake.configure({ markup: 'modern' });
    const t0 = Date.now();
    await page.goto(`${SIGNIN}/switchRole.htm`, { waitUntil: 'domcontentloaded' });
    assert.equal(await page.locator('input').count(), 0);
    await page.locator(ROLE).waitFor();
    assert.ok(Date.now() - t0 >= 1100, `form rendered after ${Date.now() - t0} ms`);
    assert.equal(await page.locator('#app input[name], #app label[for]').count(), 0);
    assert.equal(await page.locator(ACCOUNT).getAttribute('placeholder'), 'Enter an alias, default domain or account ID');
    await page.screenshot({ path: `${SHOTS}/switch-modern-en.png` });
  });

  await check('modern switch page: a bare .value= is ignored, the error shows', async () => {
    await fillBare(page, ACCOUNT, 'company1');
    await fillBare(page, ROLE, 'devops');
    assert.equal(await page.locator(ACCOUNT).inputValue(), 'company1', 'DOM shows it…');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('alert').filter({ hasText: ERROR_TEXTS['missing-fields'].en }).waitFor();
    assert.equal(await page.locator(ACCOUNT).inputValue(), '', '…but the state never had it');
    assert.equal(fake.state().submissions.length, 0);
  });

  await check('modern switch page: native setter accepted; server error rendered', async () => {
    await fillLikeTyping(page, ACCOUNT, 'company1');
    await fillLikeTyping(page, ROLE, 'auditor');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('alert').filter({ hasText: ERROR_TEXTS['not-trusted'].en }).waitFor();
    assert.equal(fake.state().submissions.at(-1)?.outcome, 'not-trusted');
    await page.screenshot({ path: `${SHOTS}/switch-modern-en-error.png` });
  });

  await check('modern switch page: Playwright fill (real typing path) succeeds', async () => {
    await page.locator(ROLE).fill('devops');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.waitForURL(HOME);
    assert.equal(fake.state().session?.currentIdentity, 'devops/alice');
  });

  await check('legacy top bar (home) acting as a role, then exit by its link', async () => {
    const bar = page.locator('body > div.console-component-topbar:first-child');
    await bar.waitFor({ state: 'attached' });
    const blocks = page.locator('.topbar-info-btn-identity .user-identity');
    assert.equal(await blocks.count(), 2);
    assert.equal(
      (await blocks.nth(0).textContent())?.replace(/\s+/g, ' '),
      'CurrentName:devops/aliceAlias:company1Role',
    );
    assert.equal(
      (await blocks.nth(1).textContent())?.replace(/\s+/g, ' '),
      'Login Name:alice@company2.onaliyun.comAlias:company2Subaccount',
    );
    assert.equal(await page.locator('.topbar-info-dropdown-memu').isVisible(), false, 'menu hidden until opened');
    await page.locator('.topbar-info-dropdown-toggle').hover();
    await page.screenshot({ path: `${SHOTS}/console-legacy-en-role.png` });
    await page.getByRole('link', { name: 'ExitSwitchedRole' }).click();
    await page.waitForURL(HOME);
    await bar.waitFor({ state: 'attached' });
    assert.equal(await blocks.count(), 1);
    assert.equal(fake.state().session?.acting, null);
  });

  await check('modern switch page: pre-fill fills the state, does not submit', async () => {
    const before = fake.state().submissions.length;
    await page.goto(`${SIGNIN}/switchRole.htm?parentAlias=${DIRECTORY.accounts.company3.id}.onaliyun.com&roleName=readonly`);
    await page.locator(ROLE).waitFor();
    assert.equal(await page.locator(ROLE).inputValue(), 'readonly');
    await page.waitForTimeout(300);
    assert.equal(fake.state().submissions.length, before);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.waitForURL(HOME);
  });

  await check('modern top bar acting as a company3 role (no alias)', async () => {
    await page.goto('https://oss.console.aliyun.com/');
    await page.locator('header [aria-haspopup="menu"]').click();
    const text = await page.getByRole('menu').innerText();
    assert.match(text, /Current Identity\s+readonly\/alice/);
    assert.match(text, /Account\s+3333333333333333\.onaliyun\.com/);
    assert.match(text, /Logon Identity\s+alice@company2\.onaliyun\.com/);
    await page.screenshot({ path: `${SHOTS}/console-modern-en-role-company3.png` });
    await page.getByRole('menuitem', { name: 'Switch Back to Logon User' }).click();
    await page.waitForURL(HOME);
  });

  await check('modern switch page, Chinese, expired session goes to login', async () => {
    fake.configure({ lang: 'zh', expireOnSubmit: true });
    await page.goto(`${SIGNIN}/switchRole.htm?parentAlias=company1&roleName=devops`);
    await page.locator(ROLE).waitFor();
    assert.equal(await page.locator(ACCOUNT).getAttribute('placeholder'), '请输入企业别名、默认域名或账号ID');
    await page.screenshot({ path: `${SHOTS}/switch-modern-zh.png` });
    await page.getByRole('button', { name: '提交' }).click();
    await page.waitForURL(/\/login\.htm\?redirect=/);
    await page.getByLabel('登录名称').waitFor();
    assert.equal(fake.state().sessions.length, 0);
    fake.configure({ expireOnSubmit: false });
  });

  await check('classic switch page, old labels, Chinese: Playwright fill and error', async () => {
    fake.configure({ markup: 'classic', labels: 'old' });
    await page.getByLabel('登录名称').fill(alice);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${SIGNIN}/switchRole.htm`);
    await page.getByLabel('企业别名/默认域名').fill('company1');
    await page.getByLabel('角色名称').fill('nope');
    await page.screenshot({ path: `${SHOTS}/switch-classic-zh.png` });
    await page.getByRole('button', { name: '切换' }).click();
    await page.getByText(ERROR_TEXTS['unknown-role'].zh).waitFor();
    await page.getByLabel('角色名称').fill('prod-admin');
    await page.getByRole('button', { name: '切换' }).click();
    await page.waitForURL(HOME);
  });

  await check('legacy top bar in Chinese, acting as a role', async () => {
    const sign = page.locator('.user-identity-sign');
    await sign.first().waitFor({ state: 'attached' });
    assert.deepEqual(await sign.allTextContents(), ['角色', '子账号']);
    assert.match((await page.locator('.user-identity').first().textContent()) ?? '', /当前身份:prod-admin\/alice/);
    await page.locator('.topbar-info-dropdown-toggle').click();
    await page.screenshot({ path: `${SHOTS}/console-legacy-zh-role.png` });
  });

  await check('modern top bar in Chinese, acting as a role', async () => {
    await page.goto('https://ecs.console.aliyun.com/');
    await page.locator('header [aria-haspopup="menu"]').click();
    const text = await page.getByRole('menu').innerText();
    assert.match(text, /当前身份\s+prod-admin\/alice/);
    assert.match(text, /登录身份\s+alice@company2\.onaliyun\.com/);
    assert.match(text, /返回登录身份/);
    await page.screenshot({ path: `${SHOTS}/console-modern-zh-role.png` });
    fake.configure({ lang: 'en', labels: 'new' });
  });

  await check('classic switch page (en, new labels) screenshot with an error', async () => {
    await page.goto(`${SIGNIN}/switchRole.htm`);
    await page.getByLabel('Account Alias / Default Domain / Account ID').fill('nobody');
    await page.getByLabel('Role Name').fill('devops');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText(ERROR_TEXTS['unknown-account'].en).waitFor();
    await page.screenshot({ path: `${SHOTS}/switch-classic-en-error.png` });
  });

  await check('root: both top bars say main account; other markups render', async () => {
    await page.goto(`${SIGNIN}/__fake/signin?user=${DIRECTORY.root.logonName}`);
    await page.locator('.user-identity-sign').waitFor({ state: 'attached' });
    assert.equal(await page.locator('.user-identity-sign').textContent(), 'Main account');
    await page.locator('.topbar-info-dropdown-toggle').hover();
    await page.screenshot({ path: `${SHOTS}/console-legacy-en-root.png` });
    await page.goto('https://ram.console.aliyun.com/roles');
    fake.configure({ topbar: 'modern' });
    await page.reload();
    await page.locator('header [aria-haspopup="menu"]').click();
    assert.match(await page.getByRole('menu').innerText(), /Main Account[\s\S]*Current Identity\s+company2@aliyun-test\.com/);
    await page.screenshot({ path: `${SHOTS}/console-modern-en-root.png` });
    fake.configure({ topbar: 'none' });
    await page.reload();
    await page.waitForTimeout(500);
    assert.equal(await page.locator('header, .console-component-topbar').count(), 0);
    fake.configure({ topbar: 'auto', markup: 'no-form' });
    await page.goto(`${SIGNIN}/switchRole.htm`);
    await page.screenshot({ path: `${SHOTS}/switch-no-form.png` });
    fake.configure({ markup: 'ambiguous' });
    await page.goto(`${SIGNIN}/switchRole.htm`);
    assert.equal(await page.getByLabel('Account Alias / Default Domain / Account ID').count(), 2);
    await page.screenshot({ path: `${SHOTS}/switch-ambiguous.png` });
    fake.reset();
  });

  await check('international site: own session, own links', async () => {
    const intl = 'https://signin.alibabacloud.com';
    await page.goto(`${intl}/__fake/signin?user=${alice}`);
    await page.waitForURL('https://home.console.alibabacloud.com/');
    await page.locator('.console-component-topbar').waitFor({ state: 'attached' });
    await page.goto(`${intl}/switchRole.htm?parentAlias=company1&roleName=devops`);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.waitForURL('https://home.console.alibabacloud.com/');
    const exit = page.locator('a.user-btn-link', { hasText: 'ExitSwitchedRole' });
    assert.equal(await exit.getAttribute('href'), `${intl}/exitSwitchedRole.htm`);
    const sites = fake.state().sessions.map((x) => x.site);
    assert.deepEqual(sites, ['intl'], 'the China site session was reset earlier');
    await page.goto(HOME);
    assert.match(page.url(), /^https:\/\/signin\.aliyun\.com\/login\.htm/, 'no session on the China site');
  });

  await context.close();
}

const fake = await startFakeConsole();
const browser = await launchFor(fake.port);
try {
  await main(fake, browser);
  console.log(`browser check passed; screenshots in ${SHOTS}`);
} finally {
  await browser.close();
  await fake.close();
}
