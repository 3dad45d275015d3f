// Storage under stress, in Chromium: two popups editing one bookmark at once lose no edit, and
// with IndexedDB unavailable the popup and options page say so clearly, nothing stored is
// touched, and a typed role can still be switched to.
import { expect, test } from './fixtures';
import { ALICE } from './pages/console-page';
import { OptionsPage } from './pages/options-page';
import { Popup } from './pages/popup';

// Three popups and a switch on a 2-core machine shared with other runs: room to finish.
test.describe.configure({ timeout: 120_000 });

test('two popups editing one bookmark at once: both edits are kept', async ({ consolePage, openPopup }) => {
  await consolePage.signIn(ALICE);
  const first = await openPopup();
  await first.addBookmark({ account: 'company1', roleName: 'devops', displayName: 'Dev ops' });
  const second = await openPopup();
  await expect(second.option(/^Dev ops/)).toBeVisible();
  // Both open the edit form on the same bookmark, as it is now.
  await first.page.getByRole('button', { name: /^Edit Dev ops/ }).click();
  await second.page.getByRole('button', { name: /^Edit Dev ops/ }).click();
  // The first renames it; the second, still showing the old name, only ticks Favourite.
  await first.page.getByLabel('Display name').fill('Dev ops (renamed)');
  await first.page.getByRole('button', { name: 'Save' }).click();
  await first.formSettled();
  await second.page.getByLabel('Favourite').check();
  await second.page.getByRole('button', { name: 'Save' }).click();
  await second.formSettled();

  const third = await openPopup();
  await expect(third.option(/^Dev ops \(renamed\)/)).toBeVisible();
  await third.page.getByRole('button', { name: /^Edit Dev ops \(renamed\)/ }).click();
  await expect(third.page.getByLabel('Display name')).toHaveValue('Dev ops (renamed)');
  await expect(third.page.getByLabel('Favourite')).toBeChecked();
});

test('IndexedDB unavailable: a clear message in the popup and options, and a typed role still switches', async ({ context, extensionId, consolePage, fake }) => {
  await consolePage.signIn(ALICE);
  // A bookmark stored while the database worked: it must survive the outage untouched.
  const before = await Popup.open(context, extensionId, consolePage);
  await before.addBookmark({ account: 'company1', roleName: 'ecs-admin', displayName: 'Kept' });
  await before.page.close();

  // From now on, extension pages cannot open IndexedDB (as in a Firefox private window).
  await context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    IDBFactory.prototype.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
    };
  });
  const popup = await Popup.open(context, extensionId, consolePage);
  await expect(popup.page.getByText(/storage for this extension is not available/).first()).toBeVisible();
  await expect(popup.page.getByText(/Nothing was deleted/).first()).toBeVisible();

  await popup.page.getByRole('button', { name: 'Add role' }).click();
  await popup.fillForm({ account: 'company1', roleName: 'devops' });
  await popup.page.getByRole('button', { name: 'Switch without saving' }).click();
  await popup.expectStatus('Now acting as devops in company1');
  expect(fake.state().session?.acting?.role).toBe('devops');

  const options = await OptionsPage.open(context, extensionId);
  await expect(options.page.getByText(/storage for this extension is not available/).first()).toBeVisible();

  // The database itself was never touched: the service worker (which the init script does
  // not reach) still finds the bookmark there.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const kept = await worker.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('switch-roles');
        req.onsuccess = () => {
          // The user's own bookmarks are one record (lib/store/db.ts).
          const own = req.result.transaction('own').objectStore('own').get('own');
          own.onsuccess = () => resolve((own.result?.bookmarks ?? []).map((b: { displayName?: string }) => b.displayName ?? ''));
          own.onerror = () => reject(own.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
  expect(kept).toEqual(['Kept']);
});
