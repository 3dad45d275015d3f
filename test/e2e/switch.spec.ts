// The core: bookmark a role in the popup and switch with one click, on both sites and every
// switch-page markup, then switch back. Everything through the UI, as a person would.
import { DIRECTORY } from '../fake-console/server';
import { expect, test } from './fixtures';
import { ALICE, ConsolePage } from './pages/console-page';

const { company1, company3 } = DIRECTORY.accounts;

test('bookmark a role and switch with one click (classic form, China site)', async ({ consolePage, openPopup, fake }) => {
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops', displayName: 'Dev ops', colour: 'Green (development)' });
  await popup.switchTo(/^Dev ops/);

  await popup.expectStatus('Now acting as devops in company1');
  expect(fake.state().session?.acting).toMatchObject({ accountId: company1.id, role: 'devops' });
  expect(fake.state().submissions).toMatchObject([{ site: 'cn', markup: 'classic', account: 'company1', roleName: 'devops', outcome: 'success' }]);
  // The same console tab was used, and it now shows the role.
  await expect(consolePage.page).toHaveURL('https://home.console.aliyun.com/');
  await consolePage.expectBanner('Dev ops · Role devops in company1');
});

for (const variant of [
  { markup: 'classic', labels: 'old', lang: 'en' },
  { markup: 'classic', labels: 'new', lang: 'zh' },
  { markup: 'modern', labels: 'new', lang: 'en' },
  { markup: 'modern', labels: 'old', lang: 'zh' },
] as const) {
  test(`switches on the ${variant.markup} switch page (${variant.labels} labels, ${variant.lang})`, async ({ consolePage, openPopup, fake }) => {
    fake.configure(variant);
    await consolePage.signIn(ALICE);
    const popup = await openPopup();
    await popup.addBookmark({ account: 'company1.onaliyun.com', roleName: 'ecs-admin' });
    await popup.switchTo(/^ecs-admin/);
    await popup.expectStatus('Now acting as ecs-admin in company1');
    expect(fake.state().submissions).toMatchObject([{ markup: variant.markup, account: 'company1.onaliyun.com', roleName: 'ecs-admin', outcome: 'success' }]);
    expect(fake.state().session?.acting?.role).toBe('ecs-admin');
  });
}

test('switches on the International site, and a pasted ARN fills account and role', async ({ consolePage, openPopup, fake }) => {
  await consolePage.signIn(ALICE, 'intl');
  const popup = await openPopup();
  await popup.page.getByRole('button', { name: 'Add role' }).click();
  await popup.page.getByLabel('Role ARN').fill(`acs:ram::${company3.id}:role/readonly`);
  await expect(popup.page.getByLabel('Account', { exact: true })).toHaveValue(company3.id);
  await expect(popup.page.getByLabel('Role name')).toHaveValue('readonly');
  await popup.page.getByLabel('Site').selectOption({ label: 'International' });
  await popup.page.getByRole('button', { name: 'Save' }).click();
  await expect(popup.option(/^readonly/)).toBeVisible();
  await popup.switchTo(/^readonly/);

  // company3 has no alias: the page shows its default domain and, in its config, its ID.
  await popup.expectStatus(`Now acting as readonly in ${company3.id}.onaliyun.com`);
  expect(fake.state().submissions).toMatchObject([{ site: 'intl', account: company3.id, roleName: 'readonly', outcome: 'success' }]);
  await expect(consolePage.page).toHaveURL('https://home.console.alibabacloud.com/');
});

test('switch back to the logon user from the popup', async ({ consolePage, openPopup, fake }) => {
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops' });
  await popup.switchTo(/^devops/);
  await popup.expectStatus('Now acting as devops in company1');
  await consolePage.expectBanner('Role devops in company1');

  await popup.refocusConsole();
  await popup.page.getByRole('button', { name: 'Switch back' }).click();
  await popup.expectStatus(`Back to your logon identity: ${ALICE}`);
  expect(fake.state().session?.acting).toBeNull();
  // The console's own switch-back link was used, not a guessed URL.
  expect(fake.state().requests.some((r) => r.url.includes('/exitSwitchedRole.htm'))).toBe(true);
  await consolePage.expectBanner(`Logon identity: ${ALICE}`);
});

test('from a tab that is not a console page, the switch opens a new tab', async ({ context, consolePage, openPopup, fake }) => {
  await consolePage.signIn(ALICE);
  const other = await context.newPage();
  await other.goto('about:blank');
  const popup = await openPopup(new ConsolePage(other));
  await popup.addBookmark({ account: 'company1', roleName: 'devops' });
  const newTab = context.waitForEvent('page');
  await popup.switchTo(/^devops/);
  const tab = await newTab;
  await popup.expectStatus('Now acting as devops in company1');
  await expect(tab).toHaveURL('https://home.console.aliyun.com/');
  await expect(other).toHaveURL('about:blank');
  expect(fake.state().session?.acting?.role).toBe('devops');
});
