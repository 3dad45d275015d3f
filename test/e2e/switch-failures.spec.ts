// Every way a switch can fail ends in a clear message that names the cause and what to do —
// never a silent nothing, never a spinner forever.
import { ERROR_TEXTS } from '../fake-console/server';
import { expect, test } from './fixtures';
import { ALICE, ConsolePage, ROOT } from './pages/console-page';

test.describe('a switch that the console refuses says why', () => {
  for (const c of [
    { name: 'unknown alias', account: 'nosuchco', role: 'devops', message: 'The console does not know the account "nosuchco"', text: 'unknown-account' },
    { name: 'unknown role', account: 'company1', role: 'no-such-role', message: 'Account "company1" has no role "no-such-role"', text: 'unknown-role' },
    { name: 'not allowed by the trust policy', account: 'company1', role: 'auditor', message: 'You are not allowed to assume "auditor" in "company1"', text: 'not-trusted' },
  ] as const) {
    for (const markup of ['classic', 'modern'] as const) {
      test(`${c.name} (${markup})`, async ({ consolePage, openPopup, fake }) => {
        fake.configure({ markup });
        await consolePage.signIn(ALICE);
        const popup = await openPopup();
        await popup.addBookmark({ account: c.account, roleName: c.role });
        await popup.switchTo(new RegExp(`^${c.role}`));
        await popup.expectStatus(c.message);
        // The console's own words are shown too.
        await popup.expectStatus(ERROR_TEXTS[c.text].en);
        expect(fake.state().session?.acting).toBeNull();
      });
    }
  }
});

test('the root account cannot assume roles', async ({ consolePage, openPopup, fake }) => {
  await consolePage.signIn(ROOT);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops' });
  await popup.switchTo(/^devops/);
  await popup.expectStatus('signed in with the Alibaba Cloud account itself (root)');
  expect(fake.state().session?.acting).toBeNull();
});

test('signed out: the switch page sends us to sign in', async ({ consolePage, openPopup }) => {
  await consolePage.page.goto('https://signin.aliyun.com/login.htm');
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops' });
  await popup.switchTo(/^devops/);
  await popup.expectStatus('You are signed out of the console. Sign in, then switch again.');
});

test('a session that expires at submit ends as signed out (modern page)', async ({ consolePage, openPopup, fake }) => {
  fake.configure({ markup: 'modern', expireOnSubmit: true });
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops' });
  await popup.switchTo(/^devops/);
  await popup.expectStatus('You are signed out of the console');
});

test('switch page without a recognisable form: falls back to the pre-filled page and says so', async ({ consolePage, openPopup, fake }) => {
  fake.configure({ markup: 'no-form' });
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops' });
  await popup.switchTo(/^devops/);
  await popup.expectStatus('Could not find the Switch Role form (account field not found');
  await popup.expectStatus('Opened the Switch Role page pre-filled with "company1" and "devops"');
  await expect(consolePage.page).toHaveURL('https://signin.aliyun.com/switchRole.htm?parentAlias=company1&roleName=devops');
  expect(fake.state().submissions).toHaveLength(0);
});

test('ambiguous fields: refuses to guess, falls back to the pre-filled page', async ({ consolePage, openPopup, fake }) => {
  fake.configure({ markup: 'ambiguous' });
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops' });
  await popup.switchTo(/^devops/);
  await popup.expectStatus('Did not fill the Switch Role form because its fields are ambiguous');
  await expect(consolePage.page).toHaveURL(/switchRole\.htm\?parentAlias=company1&roleName=devops$/);
  expect(fake.state().submissions).toHaveLength(0);
});

test('a switch that does not complete in the time limit is reported', async ({ consolePage, openPopup, openOptions, fake }) => {
  const options = await openOptions();
  await options.page.getByLabel(/switch time limit/i).fill('5');
  await options.page.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.page.getByText('Settings saved')).toBeVisible();
  fake.configure({ submitDelayMs: 60_000 });
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops' });
  await popup.switchTo(/^devops/);
  await popup.expectStatus('Switching to');
  await popup.expectStatus('did not complete within 5 s');
});

test('two windows: a second switch while one is running is refused with a reason', async ({ context, consolePage, openPopup, fake }) => {
  // The console holds its answer to the first switch until the second has been refused: on a
  // loaded machine, a fixed delay ran out before the second window was open.
  fake.configure({ submitDelayMs: 60_000 });
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops' });
  await popup.addBookmark({ account: 'company1', roleName: 'ecs-admin' });
  await popup.switchTo(/^devops/);
  await popup.expectStatus('Switching to');

  const second = await context.newPage();
  await second.goto('https://ecs.console.aliyun.com/');
  const popup2 = await openPopup(new ConsolePage(second));
  await popup2.switchTo(/^ecs-admin/);
  await popup2.expectStatus('Already switching to devops in company1');
  await expect.poll(() => fake.state().submissions.length).toBe(1);
  expect(fake.answerHeld()).toBe(1);
  await popup.expectStatus('Now acting as devops in company1');
  expect(fake.state().submissions.map((s) => s.roleName)).toEqual(['devops']);
});
