// The production Firefox build in Debian's firefox-esr against the fake console: the banner on
// a role's console pages, and a switch and a switch back started from an extension page (the
// popup's page, open in a tab, speaking the popup's messages: BiDi cannot click the toolbar).
// One Firefox for the file: starting it is the slow part on this machine.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeConsole, type FakeConsole } from '../fake-console/server';
import { FIREFOX_FAKE_CONSOLE_PORT, launchFirefox, type LaunchedFirefox } from './launch';
import { browserMessages, messageChecks } from '../browser-messages';
import { ALICE, bannerRoot, bannerText, eventually, expectBanner, sendFromExtensionPage, tabIdOf } from './pages';

let fake: FakeConsole;
let firefox: LaunchedFirefox;
let tab: Page;
let popup: Page;
/** Uncaught errors on the console tab: the extension's content scripts' or the fake's own
 *  (Firefox reports e.g. a page function called unbound from a content script here). */
const pageErrors: string[] = [];

beforeAll(async () => {
  fake = await startFakeConsole({ port: FIREFOX_FAKE_CONSOLE_PORT });
  firefox = await launchFirefox();
  tab = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
  tab.on('pageerror', (e) => pageErrors.push(String(e)));
});

afterAll(async () => {
  await firefox?.close();
  await fake?.close();
});

beforeEach(() => {
  fake.reset();
  pageErrors.length = 0;
});

async function signIn(as?: string) {
  const query = `user=${encodeURIComponent(ALICE)}${as ? `&as=${encodeURIComponent(as)}` : ''}`;
  await tab.goto(`https://signin.aliyun.com/__fake/signin?${query}`);
  expect(tab.url()).toBe('https://home.console.aliyun.com/');
}

/** Waits for the job to end and returns how it ended. */
async function jobEnd(kind: 'switch' | 'back') {
  const { job } = await eventually(
    `the ${kind} to end`,
    () => sendFromExtensionPage(popup, 'getStatus', {}),
    (s) => s.job !== null && s.job.kind === kind && s.job.state !== 'running',
    30_000,
  );
  return job!;
}

describe('Firefox: the production build', () => {
  it('shows the banner on a role’s console pages after a switch by hand (legacy and modern top bars, both languages)', async () => {
    await signIn();
    // The console's own switch page, typed into and submitted as a person would.
    await tab.goto('https://signin.aliyun.com/switchRole.htm');
    const [account, role] = await tab.$$('form input:not([type=hidden])');
    await account!.type('company1');
    await role!.type('devops');
    await Promise.all([tab.waitForNavigation(), tab.click('form button[type=submit]')]);
    expect(tab.url()).toBe('https://home.console.aliyun.com/');
    await expectBanner(tab, 'Role devops in company1');
    await tab.goto('https://ecs.console.aliyun.com/');
    await expectBanner(tab, 'Role devops in company1');
    fake.configure({ lang: 'zh' });
    await tab.goto('https://ram.console.aliyun.com/');
    await expectBanner(tab, 'Role devops in company1');
    expect(fake.state().session?.currentIdentity).toBe('devops/alice');
    // Read through BiDi, as a test tool can; the page's own scripts cannot.
    expect((await bannerRoot(tab))?.mode).toBe('closed');
    const seen = await tab.evaluate((host) => {
      const el = document.querySelector(host);
      return { host: el?.localName ?? null, open: el?.shadowRoot != null, text: document.body.innerText + document.body.textContent + (el?.innerHTML ?? '') };
    }, 'switch-roles-banner');
    expect(seen).toMatchObject({ host: 'switch-roles-banner', open: false });
    expect(seen.text).not.toContain('Role devops in company1');
    expect(pageErrors).toEqual([]);
  });

  it('the popup’s page runs as an extension page', async () => {
    popup = await firefox.openExtensionPage('popup.html');
    expect(await popup.evaluate(() => location.protocol)).toBe('moz-extension:');
    // It rendered: a search box, whatever the UI's wording.
    await eventually('the popup to render', () => popup.evaluate(() => document.querySelectorAll('input').length), (n) => n > 0);
    // Its styles, inlined into popup.html at build time (scripts/popup-in-one-request.ts), apply
    // under Firefox's extension-page CSP: the popup's own sheet and the shared theme's variables.
    const styled = await popup.evaluate(() => ({
      height: getComputedStyle(document.querySelector('.popup')!).height,
      fontSize: getComputedStyle(document.body).fontSize,
      themeFont: getComputedStyle(document.documentElement).getPropertyValue('--font').trim() !== '',
    }));
    expect(styled).toEqual({ height: '560px', fontSize: '13px', themeFont: true });
  });

  it('formats every message with its own getMessage as lib/i18n formats it from the catalogue, and the popup shows it', async () => {
    popup ??= await firefox.openExtensionPage('popup.html');
    const { calls, expected } = messageChecks('en');
    expect(await popup.evaluate(browserMessages, calls)).toEqual(expected);
    // And the popup shows them: its search box's placeholder, in English.
    const placeholder = () => popup.evaluate(() => document.querySelector('input[type="search"]')?.getAttribute('placeholder') ?? null);
    await eventually('the popup\'s search box', placeholder, (text) => text !== null);
    expect(await placeholder()).toBe(expected[calls.findIndex((c) => c.key === 'popup_searchLabel')]);
    expect(await placeholder()).not.toBe('');
  });

  it.each([
    ['classic', 'devops'],
    ['modern', 'ecs-admin'],
  ] as const)('a switch on the %s switch page and a switch back complete, and the banner follows', async (markup, role) => {
    fake.configure({ markup });
    await signIn();
    await expectBanner(tab, `Logon identity: ${ALICE}`);
    popup ??= await firefox.openExtensionPage('popup.html');
    const tabId = await tabIdOf(popup, 'https://home.console.aliyun.com/');
    // As with the real popup, which closes: the console tab is the one in front.
    await tab.bringToFront();

    const started = await sendFromExtensionPage(popup, 'startSwitch', { target: { account: 'company1', roleName: role }, tabId });
    expect(started.state).toBe('running');
    const switched = await jobEnd('switch');
    expect(switched).toMatchObject({ state: 'succeeded', target: { account: 'company1', roleName: role } });
    expect(fake.state().submissions.map((s) => [s.markup, s.account, s.roleName, s.outcome])).toEqual([[markup, 'company1', role, 'success']]);
    expect(fake.state().session?.currentIdentity).toBe(`${role}/alice`);
    await expectBanner(tab, `Role ${role} in company1`);

    const back = await sendFromExtensionPage(popup, 'switchBack', { tabId });
    expect(back.state).toBe('running');
    expect(await jobEnd('back')).toMatchObject({ state: 'succeeded' });
    expect(fake.state().session).toMatchObject({ currentIdentity: ALICE, acting: null });
    await expectBanner(tab, `Logon identity: ${ALICE}`);
    expect(await bannerText(tab)).not.toContain(role);
    expect(pageErrors).toEqual([]);
  });
  it('a pasted team list is read, previewed and imported by the options page’s worker, and an open banner takes its name', async () => {
    // The background has read the bookmarks for this banner (none for devops) and keeps them:
    // the import must make it forget them.
    await signIn('company1/devops');
    await expectBanner(tab, 'Role devops in company1');
    const options = await firefox.openExtensionPage('options.html');
    const optionsErrors: string[] = [];
    options.on('pageerror', (e) => optionsErrors.push(String(e)));
    // Firefox has workers, so the page uses its worker: were it unable to start or to read,
    // every call would fail with "the page's import worker stopped", not fall back here.
    const roles = [
      ...Array.from({ length: 300 }, (_, i) => ({ account: 'company1', roleName: `role-${i}`, group: `Group ${i % 3}` })),
      { account: 'company1', roleName: 'devops', displayName: 'Firefox devops', group: 'Group 0' },
    ];
    const text = JSON.stringify({ version: 1, name: 'Firefox list', source: 'git:acme/firefox.json', roles });
    await eventually('the paste box', () => options.evaluate(() => document.querySelector('#teamlist-paste') !== null), (ok) => ok);
    await options.evaluate((t) => {
      const box = document.querySelector<HTMLTextAreaElement>('#teamlist-paste')!;
      box.value = t;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await options.click('#teamlist-paste ~ button[type=submit]');
    const preview = await eventually('the preview', () => options.evaluate(() => document.querySelector('.preview')?.textContent ?? ''), (t) => t.includes('301 added'));
    expect(preview).toContain('Group 0');
    await options.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.preview button')].find((b) => b.textContent?.trim() === 'Apply import')!.click());
    const notice = await eventually('the import notice', () => options.evaluate(() => document.querySelector('.import-outcome .notice')?.textContent ?? ''), (t) => t.length > 0);
    expect(notice).toBe('Imported "Firefox list": 301 added, 0 changed, 0 removed.');
    expect(optionsErrors).toEqual([]);
    await options.close();
    await expectBanner(tab, 'Firefox devops · Role devops in company1');
    await tab.goto('https://ecs.console.aliyun.com/');
    await expectBanner(tab, 'Firefox devops · Role devops in company1');
  });
});
