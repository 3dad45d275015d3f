// The popup's look and layout as a person meets them: icon buttons with tooltips, the form
// within a 600 px popup, a landing page per role, and dark mode (the system's or chosen).
import { expect, test } from './fixtures';
import { ALICE } from './pages/console-page';

test('row actions are icons, visible at rest, each with a tooltip and a name', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops' });
  for (const [name, tip] of [
    ['Favourite devops', 'Mark as favourite'],
    ['Edit devops', 'Edit'],
    ['Delete devops', 'Delete'],
  ] as const) {
    const button = popup.page.getByRole('button', { name, exact: true });
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('title', tip);
    await expect(button.locator('svg')).toBeVisible();
    // Not faded while the row is neither pointed at nor selected.
    expect(await button.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  }
  // Outside the listbox: the option holds the row's text only.
  await expect(popup.option(/^devops/).getByRole('button')).toHaveCount(0);
});

test('the add form fits a 600 px popup without scrolling, in both languages', async ({ openPopup, openOptions }) => {
  test.slow();
  const popup = await openPopup();
  const fits = () =>
    popup.page.evaluate(() => {
      const body = document.querySelector('.form-body')!;
      return { fits: body.scrollHeight <= body.clientHeight, popupFits: document.documentElement.scrollHeight <= window.innerHeight };
    });
  await popup.page.getByRole('button', { name: 'Add role' }).click();
  await expect(popup.page.getByLabel('Landing page')).toBeVisible();
  expect(await fits()).toEqual({ fits: true, popupFits: true });

  const options = await openOptions();
  await options.page.getByLabel('Language').selectOption({ label: '简体中文' });
  await options.page.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.page.getByText('设置已保存。')).toBeVisible();
  await popup.page.reload();
  await popup.page.getByRole('button', { name: '添加角色' }).click();
  await expect(popup.page.getByLabel('落地页')).toBeVisible();
  expect(await fits()).toEqual({ fits: true, popupFits: true });
});

test('a landing page set in the form is checked, saved and opened after the switch', async ({ consolePage, openPopup }) => {
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  const p = popup.page;
  // On the other site than the bookmark's: refused, beside the field.
  await popup.addBookmark({ account: 'company1', roleName: 'devops', site: 'China', landingUrl: 'https://ecs.console.alibabacloud.com/' });
  await expect(p.getByText('This role is on the China site: the landing page must be a console page of that site.')).toBeVisible();
  await expect(p.getByLabel('Landing page')).toHaveAttribute('aria-invalid', 'true');
  await p.getByLabel('Landing page').fill('https://ecs.console.aliyun.com/');
  await p.getByRole('button', { name: 'Save' }).click();
  await expect(popup.option(/^devops/)).toBeVisible();

  await popup.switchTo(/^devops/);
  await popup.expectStatus('Now acting as devops in company1');
  await expect(consolePage.page).toHaveURL('https://ecs.console.aliyun.com/');
  await consolePage.expectBanner('Role devops in company1');

  // Editing shows it again.
  await p.getByRole('button', { name: 'Edit devops' }).click();
  await expect(p.getByLabel('Landing page')).toHaveValue('https://ecs.console.aliyun.com/');
});

test('dark mode follows the system, and the options can force light or dark', async ({ openPopup, openOptions }, testInfo) => {
  test.slow();
  const popup = await openPopup();
  await popup.addBookmark({ account: 'company1', roleName: 'devops', favourite: true });
  await popup.addBookmark({ account: 'company1', roleName: 'prod-admin', displayName: 'PROD', colour: 'Red (production)' });
  const background = () => popup.page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await popup.page.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe('rgb(255, 255, 255)');
  await popup.page.screenshot({ path: testInfo.outputPath('popup-en-light.png') });
  await popup.page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(22, 27, 34)');
  await popup.page.screenshot({ path: testInfo.outputPath('popup-en-dark.png') });
  await popup.page.getByRole('button', { name: 'Add role' }).click();
  await popup.page.screenshot({ path: testInfo.outputPath('popup-form-en-dark.png') });

  // "Light" in the options wins over a dark system, on the options page at once and in the popup.
  const options = await openOptions();
  await options.page.emulateMedia({ colorScheme: 'dark' });
  await options.page.getByLabel('Appearance').selectOption({ label: 'Light' });
  await options.page.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.page.getByText('Settings saved')).toBeVisible();
  expect(await options.page.evaluate(() => getComputedStyle(document.querySelector('section')!).backgroundColor)).toBe('rgb(255, 255, 255)');
  await popup.page.reload();
  expect(await background()).toBe('rgb(255, 255, 255)');

  // "Dark" wins over a light system.
  await options.page.getByLabel('Appearance').selectOption({ label: 'Dark' });
  await options.page.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.page.getByText('Settings saved')).toBeVisible();
  await popup.page.emulateMedia({ colorScheme: 'light' });
  await popup.page.reload();
  expect(await background()).toBe('rgb(22, 27, 34)');
});
