// The main flows with Chromium in Simplified Chinese (--lang=zh-CN): the popup, the switch,
// the banner and the options page speak Chinese; the options can switch back to English.
import type { Page } from '@playwright/test';
import { browserMessages, messageChecks } from '../browser-messages';
import { ERROR_TEXTS } from '../fake-console/server';
import { expect, test } from './fixtures';
import { ALICE, Banner, signinUrl } from './pages/console-page';

/** The browser's own messages in `locale` against lib/i18n's formatting of its catalogue. */
async function expectBrowserMessagesAsCatalogue(page: Page, locale: 'en' | 'zh_CN') {
  const { calls, expected } = messageChecks(locale);
  const browserSays = await page.evaluate(browserMessages, calls);
  expect(browserSays[calls.findIndex((c) => c.key === 'catalogLocale')]).toBe(locale);
  expect(browserSays).toEqual(expected);
}

test('an English browser formats every message as lib/i18n does', async ({ openOptions }) => {
  await expectBrowserMessagesAsCatalogue((await openOptions()).page, 'en');
});

test.describe('in a Chinese browser', () => {
  test.use({ chromiumLang: 'zh-CN' });

  test('it formats every message as lib/i18n does', async ({ openOptions }) => {
    await expectBrowserMessagesAsCatalogue((await openOptions()).page, 'zh_CN');
  });

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

test.describe('in a Chinese browser, what goes wrong is said in Chinese', () => {
  test.use({ chromiumLang: 'zh-CN' });

  test('the options page: import preview, a refused document, the imported list', async ({ openOptions }, testInfo) => {
    const options = await openOptions();
    const page = options.page;
    await expect(page.getByRole('heading', { name: '团队列表' })).toBeVisible();

    // Not JSON: refused, with where and what to fix, in Chinese.
    // The paste box, in its own frame, is labelled in Chinese too.
    await page.frameLocator('iframe#teamlist-paste').getByLabel('粘贴团队列表').fill('{\n  "version": 1,\n  "roles": [\n    { "account": "company1", "roleName": "devops", }\n  ]\n}');
    await page.getByRole('button', { name: '预览导入' }).click();
    await expect(options.problems).toContainText('未导入任何内容：文档有 1 个问题。');
    await expect(options.problems).toContainText(/第 4 行第 \d+ 列："\}" 前多了一个逗号：请删除它。这不是有效的 JSON。/);
    await expect(options.problems.getByRole('button', { name: '在文本中显示' })).toBeVisible();

    // Valid JSON with a field the format does not know: the explanation names the fix.
    await options.pasteBox.fill('{"version": 1, "roles": [{"account": "company1", "roleName": "devops", "color": "#d32f2f"}]}');
    await page.getByRole('button', { name: '预览导入' }).click();
    await expect(options.problems).toContainText('"color" 不是角色的字段：请删除。你是不是想写 "colour"？');

    // A good list: the preview, in Chinese, then the import.
    await options.pasteBox.fill('{"version": 1, "name": "平台团队", "roles": [{"account": "company1", "roleName": "devops", "group": "生产"}, {"account": "company1", "roleName": "auditor"}]}');
    await page.getByRole('button', { name: '预览导入' }).click();
    await expect(options.preview.getByRole('heading', { name: '预览：平台团队' })).toBeVisible();
    await expect(options.preview).toContainText('粘贴的文本 · 新列表。尚未保存任何内容。');
    await expect(options.preview).toContainText('新增 2 · 更改 0 · 未更改 0');
    await expect(options.preview.getByRole('group', { name: '分组 生产', exact: true })).toContainText('新增（1）');
    await expect(options.preview).toContainText('角色 devops · 账号 company1');
    await expect(page.getByRole('radio', { name: '合并到列表（保留此文件中没有的角色）' })).toBeChecked();
    await page.screenshot({ path: testInfo.outputPath('options-zh-preview.png'), fullPage: true });
    await page.getByRole('button', { name: '应用导入' }).click();
    await expect(options.notice).toHaveText('已导入“平台团队”：新增 2 个，更改 0 个，移除 0 个。');
    await expect(options.listRow('平台团队')).toContainText('粘贴的文本');
    await expect(page.getByRole('button', { name: '移除 平台团队', exact: true })).toBeVisible();
  });

  test('a failed switch says why in Chinese, with the console\'s own words', async ({ consolePage, openPopup, fake }) => {
    fake.configure({ lang: 'zh' });
    await consolePage.signIn(ALICE);
    const popup = await openPopup();
    const p = popup.page;
    await p.getByRole('button', { name: '添加第一个角色' }).click();
    await p.getByLabel('账号', { exact: true }).fill('company1');
    await p.getByLabel('角色名称').fill('no-such-role');
    await p.getByRole('button', { name: '保存' }).click();
    await popup.switchTo(/^no-such-role/);
    await popup.expectStatus('账号“company1”中没有角色“no-such-role”。请检查书签中的角色名称（必须完全一致），然后重新切换。');
    await popup.expectStatus(ERROR_TEXTS['unknown-role'].zh);
    expect(fake.state().session?.acting).toBeNull();
  });

  test('the identity bar says in Chinese why it cannot tell who the page acts as', async ({ consolePage, openPopup, fake }) => {
    // Signed in already acting as a role, on a page whose top bar shows no identity (D12).
    await consolePage.page.goto(signinUrl('cn', `/__fake/signin?user=${encodeURIComponent(ALICE)}&as=${encodeURIComponent('company1/devops')}`));
    await consolePage.page.waitForURL(/console\./);
    fake.configure({ topbar: 'none' });
    await consolePage.open('ecs');
    await new Banner(consolePage.page, '阿里云身份').expectText('无法确定此页面使用的身份：控制台配置表明此页面使用的是角色身份');
    const popup = await openPopup();
    await expect(popup.page.getByText('无法确定此页面的身份', { exact: true })).toBeVisible();
    await expect(popup.page.getByText(/^控制台配置表明此页面使用的是角色身份（账号 \d{16}），但页面没有显示是哪个角色/)).toBeVisible();
  });
});

test('an English browser can choose Chinese in the options', async ({ consolePage, openPopup, openOptions }) => {
  await consolePage.signIn(ALICE);
  await consolePage.banner.expectText(`Logon identity: ${ALICE}`);
  const options = await openOptions();
  await options.page.getByLabel('Language').selectOption({ label: '简体中文' });
  await options.page.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.page.getByText('设置已保存。')).toBeVisible();
  // The open console tab follows at once, without a reload: the banner's words and its text.
  const banner = new Banner(consolePage.page, '阿里云身份');
  await banner.expectText(`登录身份：${ALICE}`);
  await banner.expectButton('隐藏身份横幅', '隐藏');
  const popup = await openPopup();
  await expect(popup.page.getByRole('button', { name: '添加第一个角色' })).toBeVisible();
  await consolePage.page.reload();
  await banner.expectText(`登录身份：${ALICE}`);
});
