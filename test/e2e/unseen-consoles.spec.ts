// Consoles this project never wrote a reader for: top bars from the seeded generator
// (test/generator/topbars.ts) served by the fake console, both sites, both languages. Through
// the popup, as a person would: bookmark, switch, read the banner, switch back. And each thing
// a new user ran into on such consoles (issue 8), as a test.
import { DIRECTORY } from '../fake-console/server';
import { expect, test } from './fixtures';
import { ALICE } from './pages/console-page';

const { company1 } = DIRECTORY.accounts;

/** Seeds whose bars are in the page (not drawn only on hover), with what makes each one new. */
const VARIANTS = [
  { seed: 4, lang: 'en', site: 'cn', shows: 'role/session @ alias, grid, badge' },
  { seed: 26, lang: 'en', site: 'intl', shows: '"Current : …" in one text node' },
  { seed: 6, lang: 'zh', site: 'cn', shows: '当前身份：… in one text node, alias nested' },
  { seed: 12, lang: 'zh', site: 'intl', shows: 'table cells, account ID in its own row' },
  { seed: 8, lang: 'en', site: 'intl', shows: 'dt/dd in a hidden menu' },
  { seed: 21, lang: 'zh', site: 'cn', shows: '当前 + role/session @ alias, hidden menu' },
  { seed: 16, lang: 'en', site: 'cn', shows: 'alias nested, legacy rows' },
] as const;

for (const v of VARIANTS) {
  test(`generated top bar ${v.seed} (${v.lang}, ${v.site}: ${v.shows}): switch, banner, switch back`, async ({ consolePage, openPopup, fake }) => {
    fake.configure({ topbar: 'generated', topbarSeed: v.seed, lang: v.lang });
    await consolePage.signIn(ALICE, v.site);
    const popup = await openPopup();
    await popup.addBookmark({ account: 'company1', roleName: 'devops', displayName: 'Prod ops', colour: 'Red (production)' });
    await popup.switchTo(/^Prod ops/);
    await popup.expectStatus('Now acting as devops in company1 — Prod ops.');
    expect(fake.state().session?.acting).toMatchObject({ accountId: company1.id, role: 'devops' });
    await consolePage.expectBanner('Prod ops · Role devops in company1');
    expect(await consolePage.bannerColour()).toBe('rgb(211, 47, 47)');

    await popup.refocusConsole();
    const back = popup.page.getByRole('button', { name: 'Switch back' });
    await expect(back).toBeEnabled();
    await back.click();
    await popup.expectStatus(`Back to your logon identity: ${ALICE}`);
    expect(fake.state().session?.acting).toBeNull();
  });
}

test('a role shown as "role/session @ alias" is a role, never the logon identity', async ({ consolePage, openPopup, fake }) => {
  fake.configure({ topbar: 'generated', topbarSeed: 22, lang: 'en' });
  await consolePage.signIn(ALICE);
  await consolePage.switchByHand('company1', 'devops');
  await consolePage.expectBanner('Role devops in company1');
  await consolePage.banner.expectNoText('Logon identity');
  const popup = await openPopup();
  await expect(popup.page.getByText('Acting as devops in company1')).toBeVisible();
  await expect(popup.page.getByRole('button', { name: 'Switch back' })).toBeEnabled();
});

test('a bar whose alias sits in a nested element names the bookmark, its colour, and recent roles show it once', async ({ consolePage, openPopup, fake }) => {
  fake.configure({ topbar: 'generated', topbarSeed: 23, lang: 'en' });
  await consolePage.signIn(ALICE);
  let popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops', displayName: 'Prod ops', colour: 'Red (production)' });
  await popup.page.close();
  await consolePage.switchByHand('company1', 'devops');
  await consolePage.expectBanner('Prod ops · Role devops in company1');
  popup = await openPopup();
  // The recent role is the bookmark: no "Bookmark" offered for it.
  await expect(popup.option(/^Prod ops/)).toHaveCount(1);
  await expect(popup.page.getByRole('button', { name: /^Bookmark devops/ })).toHaveCount(0);
});

test('a bar drawn only on hover: the switch is confirmed from the console config and the account ID, then remembered', async ({ consolePage, openPopup, fake }) => {
  // Seed 2 draws no rows until the avatar is hovered: only the config says who acts.
  fake.configure({ topbar: 'generated', topbarSeed: 2, lang: 'en' });
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: company1.id, roleName: 'devops' });
  await popup.switchTo(/^devops/);
  await popup.expectStatus(`Now acting as devops in ${company1.id}`);
  await consolePage.expectBanner(`Role devops in ${company1.id}`);
  // Another console page: the session record and the config's account ID agree.
  await consolePage.open('ecs');
  await consolePage.expectBanner(`Role devops in ${company1.id}`);
});

test('a role in a team list and in your bookmarks: your name and colour win, and the popup lists it once', async ({ consolePage, openPopup, openOptions }) => {
  const options = await openOptions();
  const list = { version: 1, name: 'Platform team', source: 'git:acme/platform.json', roles: [{ account: company1.id, roleName: 'devops', displayName: 'Platform devops', colour: '#1565c0' }] };
  await options.importFile('platform.json', JSON.stringify(list));
  await options.apply();
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops', displayName: 'Prod ops', colour: 'Red (production)' });
  // Before the account's ID is known, alias and ID may be two accounts: both are listed.
  await expect(popup.option(/Platform devops/)).toHaveCount(1);
  await popup.switchTo(/^Prod ops/);
  await popup.expectStatus('Now acting as devops in company1 — Prod ops.');
  await consolePage.expectBanner('Prod ops · Role devops in company1');
  expect(await consolePage.bannerColour()).toBe('rgb(211, 47, 47)');
  // The switch taught company1's ID: now one role, one row, saying where else it is listed.
  const again = await openPopup();
  await expect(again.option(/Platform devops/)).toHaveCount(0);
  await expect(again.option(/^Prod ops/)).toHaveCount(1);
  await expect(again.option(/^Prod ops/)).toContainText('Also in team list “Platform team”');
});

test('on a page it cannot read, the popup copies a diagnostic report with the labels and none of the values', async ({ context, consolePage, openPopup, fake }) => {
  // Headless Chromium grants an extension page no clipboard: keep what the popup writes to it.
  await context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) } });
  });
  // No top bar and no console config: nothing says who acts, so "cannot tell".
  fake.configure({ topbar: 'none', consoleConfig: false });
  await consolePage.signIn(ALICE);
  await consolePage.expectBanner('Cannot tell which identity this page acts as');
  const popup = await openPopup();
  await popup.page.getByRole('button', { name: 'Copy diagnostic report' }).click();
  await expect(popup.page.getByText(/^Copied a diagnostic report \(\d+ lines\)/)).toBeVisible();
  const report = await popup.page.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(report).toContain('Switch Roles diagnostic report');
  expect(report).toContain('body');
  for (const value of ['company2', 'alice', '2222222222222222', 'aliyun.com']) expect(report).not.toContain(value);
});
