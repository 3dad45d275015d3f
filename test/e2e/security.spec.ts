// Hostile input and hostile servers through the real options page (issue 10): a URL import
// never leaves the granted origin and reads only JSON or plain text; a refusal never echoes a
// credential and stays short, whatever the document. The banner's labels stay out of the console
// page's reach (its shadow root is closed).
import { expect, test } from './fixtures';
import { ALICE, BANNER_HOST } from './pages/console-page';

const ROLES = JSON.stringify({ version: 1, name: 'Shared roles', roles: [{ account: 'company1', roleName: 'devops' }] });
/** Served on a console host, whose permission the extension holds (Chromium's permission
 *  prompt cannot be clicked). */
const FILES = 'https://oss.console.aliyun.com/__files';

test('a URL that redirects to another site is refused before anything is requested there', async ({ openOptions, fake }) => {
  fake.serveFile('team.json', ROLES);
  fake.serveRedirect('moved.json', 'https://lists.example-team.com/team.json');
  const options = await openOptions();
  await options.importUrl(`${FILES}/moved.json`);
  await expect(options.problems).toContainText('oss.console.aliyun.com redirected the request');
  await expect(options.preview).toHaveCount(0);
  const asked = fake.state().requests.map((r) => r.url);
  expect(asked).toContain(`${FILES}/moved.json`);
  expect(asked.filter((u) => u.startsWith('https://lists.example-team.com/'))).toEqual([]);
});

test('an HTML page served at a list address is not read', async ({ openOptions, fake }) => {
  fake.serveFile('team.json', `<!doctype html><title>Sign in</title><pre>${ROLES}</pre>`, 'text/html; charset=utf-8');
  const options = await openOptions();
  await options.importUrl(`${FILES}/team.json`);
  await expect(options.problems).toContainText('oss.console.aliyun.com sent "text/html", not JSON or plain text');
  await expect(options.preview).toHaveCount(0);
});

test('a list served as text/plain is read', async ({ openOptions, fake }) => {
  fake.serveFile('team.json', ROLES, 'text/plain; charset=utf-8');
  const options = await openOptions();
  await options.importUrl(`${FILES}/team.json`);
  await expect(options.preview).toContainText('1 added');
});

test('a pasted document with an access key is refused without showing the key, and the warning is there', async ({ openOptions }) => {
  const key = 'LTAI5tFAKEKEYID1234567';
  const options = await openOptions();
  // A syntax error (the unquoted key) and a repeated key: the credential warning still shows.
  await options.paste(`{"version": 1, "version": 1, "roles": [{"account": ${key}, "roleName": "x"}]}`);
  await expect(options.problems).toContainText('looks like an Alibaba Cloud AccessKey ID');
  await expect(options.problems).not.toContainText('LTAI');
  const text = await options.problems.innerText();
  expect(text).not.toContain(key.slice(4));
});

test('a 1 MB key name is refused with a short message', async ({ openOptions }) => {
  const options = await openOptions();
  const huge = 'k'.repeat(1_000_000);
  await options.paste(`{"version": 1, "roles": [], "${huge}": 1, "${huge}": 2}`);
  await expect(options.problems).toContainText('appears twice');
  expect((await options.problems.innerText()).length).toBeLessThan(3_000);
});

test('the content scripts post nothing to a console or sign-in page’s window: its message listeners hear nothing from the extension', async ({ consolePage, openPopup }) => {
  // Every message listener of the page would run for such a post (a real console has many), and
  // learn the extension's ID. Heard on every page the tab loads: console, switch page, sign-in.
  const heard: string[] = [];
  await consolePage.page.exposeFunction('reportHeard', (m: string) => void heard.push(m));
  await consolePage.page.addInitScript(() => {
    const report = (window as unknown as { reportHeard(m: string): void }).reportHeard;
    window.addEventListener('message', (e) => report(`${location.host}: ${JSON.stringify(e.data)}`));
  });
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops' });
  await popup.switchTo(/devops/);
  await popup.expectStatus('Now acting as devops in company1');
  await consolePage.open('ecs');
  await consolePage.expectBanner('Role devops in company1');
  await consolePage.page.reload();
  await consolePage.expectBanner('Role devops in company1');
  expect(heard).toEqual([]);
});

test('the page’s own scripts cannot read the banner: closed root, nothing in the page’s DOM, a patched attachShadow gets nothing, window.find() finds nothing', async ({ consolePage, openPopup }) => {
  // The page's main world, before any of its scripts and before the content script (which runs at
  // document_idle, in its own isolated world): a hostile page patches attachShadow to catch
  // every root made and to force it open.
  await consolePage.page.addInitScript(() => {
    const w = window as unknown as { caught: { host: string; mode: string }[] };
    w.caught = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      w.caught.push({ host: this.localName, mode: init.mode });
      return attach.call(this, { ...init, mode: 'open' });
    };
  });
  const label = 'Payroll prod 7f3a';
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'prod-admin', displayName: label, colour: 'Red (production)' });
  await popup.switchTo(new RegExp(`^${label}`));
  await popup.expectStatus('Now acting as prod-admin in company1');
  await consolePage.open('ecs');
  // The person sees it (read through DevTools, as a user-level tool can)...
  await consolePage.expectBanner(`${label} · Role prod-admin in company1`);
  expect((await consolePage.banner.read()).mode).toBe('closed');

  // ...the page's scripts do not.
  const seen = await consolePage.page.evaluate(({ host, label }) => {
    const w = window as unknown as { caught: { host: string; mode: string }[] };
    const el = document.querySelector(host)!;
    const before = w.caught.length;
    // The patch is live in this world: a root the page makes itself is caught.
    document.createElement('div').attachShadow({ mode: 'closed' });
    // Select-all copies what is selectable, across shadow boundaries.
    document.execCommand('selectAll');
    const selection = document.getSelection()!.toString();
    document.getSelection()!.removeAllRanges();
    // Find-in-page from the page's scripts matches text nodes even in closed roots (Chromium).
    const find = (text: string) => {
      const found = (window as unknown as { find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }).find(text, false, false, true);
      document.getSelection()!.removeAllRanges();
      return found;
    };
    const findsPageText = find('Elastic Compute Service');
    const findsBanner = [find(label), find('prod-admin in company1')];
    return {
      findsPageText,
      findsBanner,
      selection,
      host: el?.localName ?? null,
      shadowRoot: el?.shadowRoot ?? null,
      caughtBefore: w.caught.slice(0, before),
      patchWorks: w.caught.length === before + 1,
      hostText: (el?.textContent ?? '') + (el?.innerHTML ?? ''),
      hostHtml: el?.getHTML({ serializableShadowRoots: true }) ?? '',
      pageHtml: document.documentElement.getHTML({ serializableShadowRoots: true }),
      bodyText: document.body.innerText + document.body.textContent,
    };
  }, { host: BANNER_HOST, label });
  expect(seen.host).toBe(BANNER_HOST);
  expect(seen.shadowRoot).toBeNull();
  expect(seen.patchWorks).toBe(true);
  expect(seen.caughtBefore.filter((c) => c.host === BANNER_HOST)).toEqual([]);
  expect(seen.selection).toContain('Elastic Compute Service'); // the page's own text is selected
  expect(seen.findsPageText).toBe(true); // and found
  expect(seen.findsBanner).toEqual([false, false]);
  for (const text of [seen.hostText, seen.hostHtml, seen.pageHtml, seen.bodyText, seen.selection]) {
    expect(text).not.toContain(label);
    expect(text).not.toContain('Role prod-admin in company1');
  }
});
