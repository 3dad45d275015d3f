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
  await expect(consolePage.banner).not.toContainText('Logon identity');
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
