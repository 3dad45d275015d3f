// Storage under stress, in Chromium: two popups editing one bookmark at once lose no edit, with
// IndexedDB unavailable the popup and options page say so clearly, nothing stored is touched,
// and a typed role can still be switched to; and a database the previous version wrote is
// upgraded in the browser with nothing lost.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { ALICE } from './pages/console-page';
import { OptionsPage } from './pages/options-page';
import { Popup } from './pages/popup';
import { awakeServiceWorker, stopServiceWorker } from './service-worker';

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

interface DbFixture {
  version: number;
  stores: Record<string, { keyPath: string; indexes: { name: string; keyPath: string; unique: boolean }[]; records: object[] }>;
}

test('a database the previous version wrote (schema v4) is upgraded in the browser: every bookmark listed, the banner named, edits saved', async ({ context, extensionId, consolePage }) => {
  await consolePage.signIn(ALICE);
  // test/fixtures/db/v4.json: written by version 4's own code (make-fixtures.ts).
  const v4 = JSON.parse(readFileSync('test/fixtures/db/v4.json', 'utf8')) as DbFixture;
  const blank = await context.newPage();
  const worker = await awakeServiceWorker(context, extensionId, blank);
  await worker.evaluate(async (fixture: DbFixture) => {
    const done = (req: IDBRequest | IDBTransaction) =>
      new Promise<void>((resolve, reject) => {
        if ('oncomplete' in req) req.oncomplete = () => resolve();
        else req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error);
      });
    // Whatever the popup opening created goes (its connection steps aside), then v4 as it was.
    await done(indexedDB.deleteDatabase('switch-roles'));
    const open = indexedDB.open('switch-roles', fixture.version);
    open.onupgradeneeded = () => {
      for (const [name, s] of Object.entries(fixture.stores)) {
        const store = open.result.createObjectStore(name, { keyPath: s.keyPath });
        for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique });
      }
    };
    await done(open);
    const db = open.result;
    const tx = db.transaction(Object.keys(fixture.stores), 'readwrite');
    for (const [name, s] of Object.entries(fixture.stores)) for (const r of s.records) tx.objectStore(name).put(r);
    await done(tx);
    db.close();
  }, v4);
  // As after an update to this version: a new worker, which has read nothing yet.
  await stopServiceWorker(context, blank);
  await blank.close();
  expect(Object.keys(v4.stores)).toContain('bookmarks');

  const popup = await Popup.open(context, extensionId, consolePage);
  // Three own bookmarks (moved into one record by the upgrade) and one team list's.
  // The three own bookmarks (one record since the upgrade), the team list's, and a recent role
  // no bookmark names (from the kept history), in the popup's order.
  const rows = () => popup.page.getByRole('option').evaluateAll((options) => options.map((o) => o.getAttribute('aria-label') ?? o.textContent));
  await expect.poll(rows).toEqual(['readonly company3 · International', 'Prod 运维 <b> devops · company1', 'readonly International', 'prod-admin', 'ecs-admin']);

  // The background reads the upgraded store for the banner's name.
  await popup.switchTo(/^Prod 运维 <b>/);
  await consolePage.expectBanner('Prod 运维 <b> · Role devops in company1');

  // A write after the upgrade is kept: unmark the favourite, then reopen.
  const again = await Popup.open(context, extensionId, consolePage);
  await again.page.getByRole('button', { name: /^Edit Prod 运维 <b>/ }).click();
  await again.page.getByLabel('Favourite').uncheck();
  await again.page.getByRole('button', { name: 'Save' }).click();
  await again.formSettled();
  const reopened = await Popup.open(context, extensionId, consolePage);
  await reopened.page.getByRole('button', { name: /^Edit Prod 运维 <b>/ }).click();
  await expect(reopened.page.getByLabel('Favourite')).not.toBeChecked();
  await expect(reopened.page.getByLabel('Display name')).toHaveValue('Prod 运维 <b>');
});
