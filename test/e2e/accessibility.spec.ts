// axe-core inside the pages a person uses: the popup (empty, with bookmarks, with the form,
// with a failure shown), the options page and the banner on a console page. No serious or
// critical violation anywhere.
import { bannerViolations, seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { ALICE } from './pages/console-page';

test('popup, empty', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.page.getByRole('button', { name: 'Add role' })).toBeVisible();
  expect(await seriousViolations(popup.page)).toEqual([]);
});

test('popup with bookmarks, a recent role and a selection', async ({ consolePage, openPopup }) => {
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops', favourite: true });
  await popup.addBookmark({ account: 'company1', roleName: 'prod-admin', displayName: 'PROD', colour: 'Red (production)' });
  await popup.switchTo(/^devops/);
  await popup.expectStatus('Now acting as devops in company1');
  await popup.page.keyboard.press('ArrowDown');
  await expect(popup.page.getByRole('option', { selected: true })).toBeVisible();
  expect(await seriousViolations(popup.page)).toEqual([]);
});

test('popup with the add form open, with and without errors', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.page.getByRole('button', { name: 'Add role' }).click();
  await expect(popup.page.getByLabel('Role name')).toBeVisible();
  expect(await seriousViolations(popup.page)).toEqual([]);
  await popup.page.getByRole('button', { name: 'Save' }).click();
  await expect(popup.page.getByLabel('Account', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousViolations(popup.page)).toEqual([]);
});

test('popup with a failure shown', async ({ consolePage, openPopup }) => {
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'auditor' });
  await popup.switchTo(/^auditor/);
  await popup.expectStatus('You are not allowed to assume "auditor" in "company1"');
  expect(await seriousViolations(popup.page)).toEqual([]);
});

test('options page', async ({ openOptions }) => {
  const options = await openOptions();
  await expect(options.page.getByRole('button', { name: 'Save settings' })).toBeVisible();
  expect(await seriousViolations(options.page)).toEqual([]);
});

test('banner on a console page, expanded and collapsed, for a role in red', async ({ consolePage, openPopup }) => {
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'prod-admin', colour: 'Red (production)' });
  await popup.switchTo(/^prod-admin/);
  await popup.expectStatus('Now acting as prod-admin in company1');
  await consolePage.open('ecs');
  await consolePage.expectBanner('Role prod-admin in company1');
  // The banner only: the (fake) console's own markup is not ours to judge.
  expect(await bannerViolations(consolePage.banner)).toEqual([]);
  await consolePage.banner.clickButton('Hide identity banner');
  await consolePage.banner.expectButton('Show identity banner');
  expect(await bannerViolations(consolePage.banner)).toEqual([]);
  // The scoped check does look inside the shadow root: a faded tag is caught.
  await consolePage.banner.clickButton('Show identity banner');
  await consolePage.banner.evaluate((root) => void (root.querySelector<HTMLElement>('.tag')!.style.opacity = '0.6'));
  expect(await bannerViolations(consolePage.banner)).toEqual([expect.stringMatching(/^color-contrast \(serious\).*\.tag/)]);
});
