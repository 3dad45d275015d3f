// The recent-roles history: every confirmed switch — through the extension or by hand — newest
// first, one entry per role, capped, clearable, and one click from a bookmark.
import { DIRECTORY } from '../fake-console/server';
import { expect, test } from './fixtures';
import { ALICE } from './pages/console-page';

const { company3 } = DIRECTORY.accounts;

test('switches made by hand are recorded newest first, once per role', async ({ consolePage, openPopup }) => {
  await consolePage.signIn(ALICE);
  await consolePage.switchByHand('company1', 'devops');
  await consolePage.switchByHand('company1', 'prod-admin');
  await consolePage.switchByHand('company1', 'devops');
  const popup = await openPopup();
  await expect(popup.page.getByRole('option')).toHaveText([/^devops/, /^prod-admin/]);
  await expect(popup.option(/^devops/)).toContainText('company1');
});

test('a history entry can be bookmarked in one click, and is then not shown twice', async ({ consolePage, openPopup }) => {
  await consolePage.signIn(ALICE);
  await consolePage.switchByHand(`${company3.id}.onaliyun.com`, 'readonly');
  const popup = await openPopup();
  await popup.page.getByRole('button', { name: `Bookmark readonly in ${company3.id}.onaliyun.com` }).click();
  // Now a bookmark, shown once: under Recent, as the bookmark (with its edit controls).
  await expect(popup.page.getByRole('option', { name: /^readonly/ })).toHaveCount(1);
  await expect(popup.page.getByRole('button', { name: /^Edit readonly/ })).toBeVisible();
  await expect(popup.page.getByRole('button', { name: /^Bookmark readonly/ })).toHaveCount(0);
  // The banner now uses the bookmark.
  await consolePage.page.reload();
  await consolePage.expectBanner(`Role readonly in ${company3.id}.onaliyun.com`);
});

test('one click on a recent role switches to it, and the switch is recorded', async ({ consolePage, openPopup, fake }) => {
  await consolePage.signIn(ALICE);
  await consolePage.switchByHand('company1', 'ecs-admin');
  await consolePage.switchByHand('company1', 'devops');
  const popup = await openPopup();
  await popup.switchTo(/^ecs-admin/);
  await popup.expectStatus('Now acting as ecs-admin in company1');
  expect(fake.state().session?.acting?.role).toBe('ecs-admin');
  await popup.page.reload();
  await expect(popup.page.getByRole('option')).toHaveText([/^ecs-admin/, /^devops/]);
});

test('the history is capped (a setting) and can be cleared', async ({ consolePage, openPopup, openOptions }) => {
  const options = await openOptions();
  await options.page.getByLabel('Recent roles to keep').fill('2');
  await options.page.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.page.getByText('Settings saved')).toBeVisible();

  await consolePage.signIn(ALICE);
  for (const role of ['devops', 'ecs-admin', 'prod-admin']) await consolePage.switchByHand('company1', role);
  const popup = await openPopup();
  await expect(popup.page.getByRole('option')).toHaveText([/^prod-admin/, /^ecs-admin/]);

  await options.page.reload();
  await expect(options.page.getByText('2 roles in the history')).toBeVisible();
  await options.page.getByRole('button', { name: 'Clear history' }).click();
  await expect(options.page.getByText('Recent-roles history cleared')).toBeVisible();
  await popup.page.reload();
  await expect(popup.page.getByRole('option')).toHaveCount(0);
});

test('a switch through the extension is recorded once, even when several tabs report it', async ({ context, consolePage, openPopup }) => {
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops', displayName: 'Dev' });
  await popup.switchTo(/^Dev/);
  await popup.expectStatus('Now acting as devops in company1');
  for (const product of ['ecs', 'oss']) await (await context.newPage()).goto(`https://${product}.console.aliyun.com/`);
  const count = await popup.page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('switch-roles');
        open.onsuccess = () => {
          const req = open.result.transaction('history').objectStore('history').count();
          req.onsuccess = () => resolve(req.result);
        };
      }),
  );
  expect(count).toBe(1);
});
