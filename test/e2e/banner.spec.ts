// The identity banner on every console page, read from the page itself: colours, contrast,
// collapse, the logon and cannot-tell cases, client-side navigation, the toolbar badge, and a
// page left out of date by a switch in another tab.
import { colourForAccount, contrastRatio } from '../../lib/colour';
import { DIRECTORY } from '../fake-console/server';
import { expect, test } from './fixtures';
import { ALICE, ConsolePage, signinUrl, type Site } from './pages/console-page';

const { company3 } = DIRECTORY.accounts;

function rgb(hex: string): string {
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `rgb(${n(1)}, ${n(3)}, ${n(5)})`;
}

/** Signs in already acting as a role: a switch made before the extension was looking. */
async function signInAs(c: ConsolePage, role: string, site: Site = 'cn') {
  await c.page.goto(signinUrl(site, `/__fake/signin?user=${encodeURIComponent(ALICE)}&as=${encodeURIComponent(role)}`));
  await c.page.waitForURL(/console\./);
}

test('banner on product pages of both sites after a switch through the extension, in the bookmark colour', async ({ consolePage, openPopup }) => {
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'prod-admin', displayName: 'PROD', colour: 'Red (production)' });
  await popup.switchTo(/^PROD/);
  await popup.expectStatus('Now acting as prod-admin in company1');
  for (const product of ['home', 'ecs', 'ram', 'oss']) {
    await consolePage.open(product);
    await consolePage.expectBanner('PROD · Role prod-admin in company1');
    expect(await consolePage.bannerColour()).toBe(rgb('#d32f2f'));
  }
  // The International site has its own session: there alice is still herself.
  await consolePage.signIn(ALICE, 'intl');
  for (const product of ['home', 'ecs']) {
    await consolePage.open(product, 'intl');
    await consolePage.expectBanner(`Logon identity: ${ALICE}`);
  }
});

test('a switch made by hand on the console shows too, with a stable colour when there is no bookmark', async ({ consolePage }) => {
  await consolePage.signIn(ALICE, 'intl');
  await consolePage.switchByHand(`${company3.id}.onaliyun.com`, 'readonly', 'intl');
  // The default domain "<ID>.onaliyun.com" names the account by its ID: the ID's colour.
  const expected = rgb(colourForAccount(company3.id));
  for (const product of ['home', 'ecs', 'oss']) {
    await consolePage.open(product, 'intl');
    await consolePage.expectBanner(`Role readonly in ${company3.id}.onaliyun.com`);
    expect(await consolePage.bannerColour()).toBe(expected);
  }
});

test('banner text keeps WCAG AA contrast on light and dark colours', async ({ consolePage, openPopup }) => {
  await signInAs(consolePage, 'company1/devops');
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops', colour: 'Yellow' });
  await popup.addBookmark({ account: 'company1', roleName: 'ecs-admin', colour: 'Purple' });
  const hex = (c: string) => '#' + c.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');
  for (const [role, colour, text] of [['devops', '#fbc02d', 'rgb(0, 0, 0)'], ['ecs-admin', '#6a1b9a', 'rgb(255, 255, 255)']] as const) {
    await signInAs(consolePage, `company1/${role}`);
    await consolePage.expectBanner(`Role ${role} in company1`);
    const { color: fg, background: bg } = await consolePage.banner.visible();
    expect(bg).toBe(rgb(colour));
    expect(fg).toBe(text);
    expect(contrastRatio(hex(fg!), hex(bg!))).toBeGreaterThanOrEqual(4.5);
    await consolePage.page.screenshot({ path: test.info().outputPath(`banner-${role}.png`), clip: { x: 0, y: 0, width: 1280, height: 120 } });
  }
});

test('the banner takes its own space and never covers the console top bar', async ({ consolePage }) => {
  await signInAs(consolePage, 'company1/devops');
  for (const product of ['home', 'ecs']) {
    await consolePage.open(product);
    await consolePage.expectBanner('Role devops in company1');
    const banner = (await consolePage.banner.boundingBox())!;
    const account = consolePage.page.getByRole('button', { name: /devops\/alice/ }).or(consolePage.page.getByRole('link', { name: /devops\/alice/ })).first();
    await account.click({ trial: true }); // fails if anything covers it
    // The console's top bar, whole, lies outside the banner's box.
    const bar = (await consolePage.page.locator('header, .console-component-topbar').first().boundingBox())!;
    expect(bar.y >= banner.y + banner.height || bar.y + bar.height <= banner.y, JSON.stringify({ product, banner, bar })).toBe(true);
  }
});

test('collapse is remembered per account', async ({ consolePage }) => {
  await signInAs(consolePage, 'company1/devops');
  await consolePage.expectBanner('Role devops in company1');
  await consolePage.banner.clickButton('Hide identity banner');
  await consolePage.banner.expectButton('Show identity banner');
  expect((await consolePage.banner.boundingBox())!.height).toBe(12);
  await consolePage.open('ecs');
  await consolePage.banner.expectButton('Show identity banner');
  // Another account: expanded.
  await signInAs(consolePage, `${company3.id}/readonly`);
  await consolePage.expectBanner(`Role readonly in ${company3.id}.onaliyun.com`);
  await consolePage.banner.expectButton('Hide identity banner');
  // Back in company1: still collapsed; expanding is remembered too.
  await signInAs(consolePage, 'company1/ecs-admin');
  await consolePage.banner.clickButton('Show identity banner');
  await consolePage.page.reload();
  await consolePage.banner.expectButton('Hide identity banner');
});

test('logon identity: a neutral banner, or none when the setting says so', async ({ consolePage, openOptions }) => {
  await consolePage.signIn(ALICE);
  await consolePage.expectBanner(`Logon identity: ${ALICE}`);
  const options = await openOptions();
  await options.page.getByLabel('While acting as your logon identity, show').selectOption({ label: 'no banner' });
  await options.page.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.page.getByText('Settings saved')).toBeVisible();
  await consolePage.open('ecs');
  await expect(consolePage.page.getByRole('heading', { level: 1 })).toBeVisible();
  await consolePage.banner.expectHidden();
});

test('a page whose top bar shows no identity gets a "cannot tell" banner, not a guess', async ({ consolePage, fake }) => {
  await signInAs(consolePage, 'company1/devops');
  fake.configure({ topbar: 'none' });
  await consolePage.open('ecs');
  // The page's config says a role is active, but not which: never a guess (docs/identity-decision.md, D12).
  await consolePage.expectBanner(/Cannot tell which identity this page acts as: the console config says this page acts as a role in account \d{16}, but the page does not show which role/);
  // The sign-in pages get no banner at all.
  await consolePage.page.goto(signinUrl('cn', '/login.htm'));
  expect(await consolePage.banner.hostCount()).toBe(0);
});

test('Chinese top bars (legacy and modern) are read', async ({ consolePage, fake }) => {
  fake.configure({ lang: 'zh' });
  await signInAs(consolePage, 'company1/ecs-admin');
  for (const product of ['home', 'ecs']) {
    await consolePage.open(product);
    await consolePage.expectBanner('Role ecs-admin in company1');
  }
});

test('the banner follows client-side navigation without being rebuilt', async ({ consolePage }) => {
  await signInAs(consolePage, 'company1/devops');
  await consolePage.open('ecs');
  await consolePage.expectBanner('Role devops in company1');
  // The same bar node all along (DevTools' node id), not a new one with the same text.
  const bar = await consolePage.banner.barNode();
  for (const name of ['Instances', 'Disks', 'Images']) {
    await consolePage.page.getByRole('link', { name, exact: true }).click();
    await expect(consolePage.page).toHaveURL(new RegExp(`/${name.toLowerCase()}$`));
    await consolePage.expectBanner('Role devops in company1');
    expect(await consolePage.banner.barNode()).toBe(bar);
  }
});

test('the toolbar badge shows the tab identity colour and a short label', async ({ consolePage, openPopup }) => {
  await signInAs(consolePage, 'company1/prod-admin');
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'prod-admin', displayName: 'Prod', colour: 'Red (production)' });
  await consolePage.page.reload();
  await consolePage.expectBanner('Prod · Role prod-admin in company1');
  const badge = await popup.page.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://home.console.aliyun.com/*' });
    return { text: await chrome.action.getBadgeText({ tabId: tab!.id }), colour: await chrome.action.getBadgeBackgroundColor({ tabId: tab!.id }) };
  });
  expect(badge).toEqual({ text: 'PROD', colour: [211, 47, 47, 255] });
});

test('two windows: a page left behind by a switch in another tab says it is out of date', async ({ context, consolePage, openPopup }) => {
  await signInAs(consolePage, 'company1/devops');
  await consolePage.open('ecs');
  await consolePage.expectBanner('Role devops in company1');
  const other = new ConsolePage(await context.newPage());
  await other.open('home');
  const popup = await openPopup(other);
  await popup.addBookmark({ account: 'company1', roleName: 'prod-admin', displayName: 'PROD', colour: 'Red (production)' });
  await popup.switchTo(/^PROD/);
  await popup.expectStatus('Now acting as prod-admin in company1');
  // The first tab still shows devops in its own top bar, but the session is prod-admin now.
  await consolePage.expectBanner('This page is out of date: the console now acts as prod-admin in company1');
  await consolePage.page.reload();
  await consolePage.expectBanner('PROD · Role prod-admin in company1');
});

test('a bookmark edited, deleted or restored in the popup changes the open banner and the next page’s', async ({ consolePage, openPopup }) => {
  // The background keeps the bookmarks it reads for banners: each change must reach it.
  // No bookmark: the role without a name (a bookmark's name comes before a " · ").
  const expectUnnamed = async () => {
    await consolePage.expectBanner('Role prod-admin in company1');
    await consolePage.banner.expectNoText(' · ');
  };
  await signInAs(consolePage, 'company1/prod-admin');
  await expectUnnamed();
  const popup = await openPopup();
  const p = popup.page;
  await popup.addBookmark({ account: 'company1', roleName: 'prod-admin', displayName: 'Prod', colour: 'Red (production)' });
  await consolePage.expectBanner('Prod · Role prod-admin in company1');

  await p.getByRole('button', { name: /^Edit Prod/ }).click();
  await p.getByLabel('Display name').fill('Production');
  await p.getByRole('radio', { name: 'Purple' }).check();
  await p.getByRole('button', { name: 'Save' }).click();
  await consolePage.expectBanner('Production · Role prod-admin in company1');
  expect(await consolePage.bannerColour()).toBe('rgb(106, 27, 154)');
  await consolePage.open('ecs');
  await consolePage.expectBanner('Production · Role prod-admin in company1');
  expect(await consolePage.bannerColour()).toBe('rgb(106, 27, 154)');

  await p.getByRole('button', { name: /^Delete Production/ }).click();
  await expectUnnamed();
  await consolePage.open('ram');
  await expectUnnamed();
  await p.getByRole('button', { name: 'Undo' }).click();
  await consolePage.expectBanner('Production · Role prod-admin in company1');
  await consolePage.open('oss');
  await consolePage.expectBanner('Production · Role prod-admin in company1');
});
