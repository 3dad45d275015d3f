// The e2e tests share one Chromium per worker (fresh-browser.ts): this checks that a test finds
// it as good as new after another test left bookmarks, a recent role, a session cookie, extension
// storage and a switched console behind, or an init script on the context. They run in order,
// in one worker.
import { expect, test } from './fixtures';
import { ALICE } from './pages/console-page';

test.describe.configure({ mode: 'serial' });

test.describe('a browser reused by the next test', () => {
  test('one test leaves state everywhere', async ({ consolePage, openPopup, context }) => {
    await consolePage.signIn(ALICE);
    const popup = await openPopup();
    await popup.addBookmark({ account: 'company1', roleName: 'devops', displayName: 'Left behind' });
    await popup.switchTo(/^Left behind/);
    await popup.expectStatus('Now acting as devops in company1');
    expect((await context.cookies()).length).toBeGreaterThan(0);
    await popup.page.evaluate(() => chrome.storage.local.set({ leftBehind: true }));
  });

  test('the next finds none of it', async ({ openPopup, context }) => {
    expect(context.pages()).toHaveLength(1);
    expect(await context.cookies()).toEqual([]);
    const popup = await openPopup();
    await expect(popup.page.getByText('No roles bookmarked yet')).toBeVisible();
    await expect(popup.option(/Left behind|devops/)).toHaveCount(0);
    expect(await popup.page.evaluate(() => chrome.storage.local.get('leftBehind'))).toEqual({});
  });

  test('a test adds an init script to every page (no reset can take it back)', async ({ context, consolePage }) => {
    await context.addInitScript(() => ((window as unknown as { leftBehind: boolean }).leftBehind = true));
    await consolePage.page.goto('https://signin.aliyun.com/login.htm');
    expect(await consolePage.page.evaluate(() => (window as unknown as { leftBehind?: boolean }).leftBehind)).toBe(true);
  });

  test('the next gets a browser without it', async ({ consolePage }) => {
    await consolePage.page.goto('https://signin.aliyun.com/login.htm');
    expect(await consolePage.page.evaluate(() => (window as unknown as { leftBehind?: boolean }).leftBehind)).toBeUndefined();
  });
});
