// MV3 stops the service worker whenever it likes. These tests stop it for real (DevTools
// protocol: ServiceWorker.stopAllWorkers) at each step of a switch and of a switch back, and
// check the switch still ends — confirmed, or with a clear message — never a spinner forever.
import { expect, test } from './fixtures';
import { ALICE } from './pages/console-page';
import type { Popup } from './pages/popup';
import { stopServiceWorker, workerStartedBy } from './service-worker';

async function bookmarkedPopup(openPopup: () => Promise<Popup>): Promise<Popup> {
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops', displayName: 'Dev ops' });
  return popup;
}

test.describe('the service worker stopped mid-switch', () => {
  // A switch, a stop and a restart on a 2-core machine shared with other runs: room to finish.
  test.describe.configure({ timeout: 120_000 });

  test('after the switch page opened (form not yet rendered): the switch still completes', async ({ context, consolePage, openPopup, fake }) => {
    fake.configure({ markup: 'modern', modernDelayMs: 4_000 });
    await consolePage.signIn(ALICE);
    const popup = await bookmarkedPopup(openPopup);
    await popup.switchTo(/^Dev ops/);
    await popup.expectStatus('Filling in the switch form');
    await stopServiceWorker(context, popup.page);
    await popup.expectStatus('Now acting as devops in company1');
    expect(fake.state().session?.acting?.role).toBe('devops');
  });

  test('after the form was filled (submit pending): the switch still completes', async ({ context, consolePage, openPopup, fake }) => {
    // The console holds its answer until the worker has been stopped, however loaded the machine.
    fake.configure({ submitDelayMs: 60_000 });
    await consolePage.signIn(ALICE);
    const popup = await bookmarkedPopup(openPopup);
    await popup.switchTo(/^Dev ops/);
    await popup.expectStatus('Waiting for the console to confirm');
    // The popup says so once the form is submitted; the request may still be on its way.
    await expect.poll(() => fake.state().submissions.length).toBe(1);
    await stopServiceWorker(context, popup.page);
    expect(fake.answerHeld()).toBe(1);
    await popup.expectStatus('Now acting as devops in company1');
    expect(fake.state().submissions).toMatchObject([{ roleName: 'devops', outcome: 'success' }]);
  });

  test('after submit (landing page still drawing its top bar): the switch still completes', async ({ context, consolePage, openPopup, fake }) => {
    fake.configure({ topbarDelayMs: 4_000 });
    await consolePage.signIn(ALICE);
    const popup = await bookmarkedPopup(openPopup);
    await popup.switchTo(/^Dev ops/);
    await expect.poll(() => fake.state().submissions.length).toBe(1);
    await stopServiceWorker(context, popup.page);
    await popup.expectStatus('Now acting as devops in company1');
  });

  test('a switch whose page never answers still ends, with the time-limit message, after a stop', async ({ context, consolePage, openPopup, openOptions, fake }) => {
    const options = await openOptions();
    await options.page.getByLabel('Switch time limit (seconds)').fill('5');
    await options.page.getByRole('button', { name: 'Save settings' }).click();
    await expect(options.page.getByText(/saved/i).first()).toBeVisible();
    fake.configure({ submitDelayMs: 60_000 });
    await consolePage.signIn(ALICE);
    const popup = await bookmarkedPopup(openPopup);
    await popup.switchTo(/^Dev ops/);
    await popup.expectStatus('Waiting for the console to confirm');
    await stopServiceWorker(context, popup.page);
    await expect(popup.status).toContainText('did not complete within 5 s', { timeout: 30_000 });
  });

  test('during a switch back: it still ends on the logon identity', async ({ context, consolePage, openPopup, fake }) => {
    await consolePage.signIn(ALICE);
    const popup = await bookmarkedPopup(openPopup);
    await popup.switchTo(/^Dev ops/);
    await popup.expectStatus('Now acting as devops in company1');
    fake.configure({ topbarDelayMs: 4_000 });
    await popup.page.getByRole('button', { name: /switch back/i }).click();
    await popup.expectStatus('Waiting for the console to confirm');
    await stopServiceWorker(context, popup.page);
    await popup.expectStatus('Back to your logon identity');
    expect(fake.state().session?.acting ?? null).toBeNull();
  });
});

test.describe('a console page opened while the service worker is stopped', () => {
  test('starts it when the page opens, long before the page reports', async ({ context, consolePage, fake }) => {
    await consolePage.signIn(ALICE);
    // No console page left open whose report could start the worker.
    await consolePage.page.goto('about:blank');
    await stopServiceWorker(context, consolePage.page);
    // No top bar ever: the page reports only at its deadline (6 s, IDENTITY_TIMEOUT_MS), so a
    // worker woken by that report would start after 6 s. Woken when the page opens, it starts in
    // well under a second here: 4 s is a bound on the cause, not on its speed.
    fake.configure({ topbar: 'none' });
    await workerStartedBy(context, consolePage.page, () => consolePage.open('ecs'), 4_000);
  });
});
