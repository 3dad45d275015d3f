// The main flows with Chromium in Simplified Chinese (--lang=zh-CN): the popup, the switch,
// the banner and the options page speak Chinese; the options can switch back to English.
import { expect, test } from './fixtures';
import { ALICE, Banner } from './pages/console-page';

test.describe('in a Chinese browser', () => {
  test.use({ chromiumLang: 'zh-CN' });

  test('popup, switch, banner and options in Chinese', async ({ consolePage, openPopup, openOptions, fake }, testInfo) => {
    // A long flow (two languages, a switch, three pages): more time on a busy machine, no timing check.
    test.slow();
  fake.configure({ lang: 'zh' });
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  const p = popup.page;
  await expect(p.getByText('还没有角色书签')).toBeVisible();
  await expect(p.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await p.getByRole('button', { name: '添加角色' }).click();
  await expect(p.getByRole('heading', { name: '添加角色' })).toBeVisible();
  await p.getByRole('button', { name: '保存' }).click();
  await expect(p.getByLabel('账号', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await p.getByLabel('账号', { exact: true }).fill('company1');
  await p.getByLabel('角色名称').fill('prod-admin');
  await p.getByLabel('显示名称').fill('PROD');
  await p.getByRole('radio', { name: '红色（生产）' }).check();
  await p.getByRole('button', { name: '保存' }).click();
  await expect(p.getByRole('option', { name: /^PROD/ })).toBeVisible();
  await expect(p.getByRole('button', { name: '收藏 PROD' })).toHaveAttribute('title', '设为收藏');
  await expect(p.getByRole('button', { name: '编辑 PROD' })).toBeVisible();
  await p.emulateMedia({ colorScheme: 'light' });
  await p.screenshot({ path: testInfo.outputPath('popup-zh-light.png') });
  await p.emulateMedia({ colorScheme: 'dark' });
  await p.screenshot({ path: testInfo.outputPath('popup-zh-dark.png') });

  await popup.switchTo(/^PROD/);
  await expect(p.getByText('当前身份：company1 中的 prod-admin', { exact: true })).toBeVisible();
  await consolePage.open('ecs');
  await consolePage.page.reload();
  const banner = new Banner(consolePage.page, '阿里云身份');
  await banner.expectText('角色 prod-admin，账号 company1');
  await banner.expectButton('隐藏身份横幅', '隐藏');

  const options = await openOptions();
  await expect(options.page.getByRole('heading', { name: '设置' })).toBeVisible();
  await expect(options.page).toHaveTitle('阿里云角色切换 — 设置');
  // The override: English, whatever the browser's language.
  await options.page.getByLabel('语言').selectOption({ label: 'English' });
  await options.page.getByRole('button', { name: '保存设置' }).click();
  await expect(options.page.getByText('Settings saved.')).toBeVisible();
  await expect(options.page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await popup.refocusConsole();
  await expect(p.getByRole('button', { name: 'Add role' })).toBeVisible();
  await expect(p.getByText('Acting as prod-admin in company1', { exact: true })).toBeVisible();
  await consolePage.page.reload();
  await consolePage.banner.expectText('PROD · Role prod-admin in company1');
});
});

test('an English browser can choose Chinese in the options', async ({ consolePage, openPopup, openOptions }) => {
  await consolePage.signIn(ALICE);
  const options = await openOptions();
  await options.page.getByLabel('Language').selectOption({ label: '简体中文' });
  await options.page.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.page.getByText('设置已保存。')).toBeVisible();
  const popup = await openPopup();
  await expect(popup.page.getByRole('button', { name: '添加第一个角色' })).toBeVisible();
  await consolePage.page.reload();
  await new Banner(consolePage.page, '阿里云身份').expectText(`登录身份：${ALICE}`);
});
