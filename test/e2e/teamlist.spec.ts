// Team lists on the options page: import from a file, pasted text, a URL and the CLI's
// config, always through a preview; re-import, refresh, merge and replace; refused input
// changing nothing; export and import again. Everything through the UI, as a person would.
import { expect, test } from './fixtures';
import type { OptionsPage } from './pages/options-page';
import type { Popup } from './pages/popup';

/** A team-list document as text. */
function teamList(roles: object[], extra: object = {}): string {
  return JSON.stringify({ version: 1, ...extra, roles }, null, 2);
}

const PLATFORM = { name: 'Platform team', source: 'git:acme/platform-roles.json' };
const PROD_ADMIN = { account: 'company1', roleName: 'prod-admin', displayName: 'Production admin', colour: '#d32f2f', group: 'Production' };
const DEVOPS = { account: 'company1', roleName: 'devops', displayName: 'Staging DevOps', group: 'Staging' };
const ECS_ADMIN = { account: 'company1', roleName: 'ecs-admin', group: 'Staging' };

/** Served on a console host, whose permission the extension holds (see fixtures: Chromium's
 *  permission prompt cannot be clicked). */
const TEAM_URL = 'https://oss.console.aliyun.com/__files/team.json';

/** The popup's list as a person reads it: group headings and role labels, in order. */
async function popupLines(popup: Popup): Promise<string[]> {
  const rows = popup.page.locator('.row-header, [role=option]');
  return (await rows.allInnerTexts()).map((t) => t.split('\n')[0]!.trim());
}

async function expectListRow(options: OptionsPage, name: string, roles: number) {
  await expect(options.listRow(name)).toHaveCount(1);
  await expect(options.listRow(name).getByRole('cell').nth(1)).toHaveText(String(roles));
}

test('a file is previewed per group, then imported, and its roles appear grouped in the popup', async ({ openOptions, openPopup }) => {
  const options = await openOptions();
  await options.importFile('platform.json', teamList([PROD_ADMIN, DEVOPS, ECS_ADMIN], PLATFORM));

  await expect(options.preview).toContainText('Preview: Platform team');
  await expect(options.preview).toContainText('File platform.json · A new list');
  await expect(options.preview).toContainText('3 added · 0 changed · 0 unchanged');
  await expect(options.previewGroup('Production')).toContainText('Added (1)');
  await expect(options.previewGroup('Production')).toContainText('Production admin role prod-admin · account company1');
  await expect(options.previewGroup('Staging')).toContainText('Added (2)');
  await expect(options.previewGroup('Staging')).toContainText('Staging DevOps');
  await expect(options.previewGroup('Staging')).toContainText('ecs-admin');
  await expect(options.page.getByRole('radio', { name: /^Merge into the list/ })).toBeChecked();

  // Nothing is written before "Apply import".
  await expect(options.page.getByText('No lists imported yet.')).toBeVisible();
  await options.apply();
  await expect(options.notice).toHaveText('Imported "Platform team": 3 added, 0 changed, 0 removed.');
  await expectListRow(options, 'Platform team', 3);
  await expect(options.listRow('Platform team')).toContainText('File');

  const popup = await openPopup();
  await expect.poll(() => popupLines(popup)).toEqual(['Production', 'Production admin', 'Staging', 'ecs-admin', 'Staging DevOps']);
});

test('pasted text is previewed and imported', async ({ openOptions, openPopup }) => {
  const options = await openOptions();
  await options.paste(teamList([{ account: 'company2', roleName: 'readonly', displayName: 'Read only' }]));
  await expect(options.preview).toContainText('Preview: Pasted list');
  await expect(options.preview).toContainText('Pasted text · A new list');
  // No group: listed under its account.
  await expect(options.previewGroup('company2')).toContainText('Read only role readonly · account company2');
  await options.apply();
  await expect(options.notice).toHaveText('Imported "Pasted list": 1 added, 0 changed, 0 removed.');
  await expectListRow(options, 'Pasted list', 1);
  await expect(options.listRow('Pasted list')).toContainText('Pasted text');

  const popup = await openPopup();
  await expect.poll(() => popupLines(popup)).toEqual(['company2', 'Read only']);
});

test('pasted text goes from the paste box to the page\'s worker without passing through the page', async ({ openOptions }) => {
  const roles = Array.from({ length: 2000 }, (_, i) => ({ account: `team-${i % 50}`, roleName: `role-${i}`, displayName: `Team role ${i}` }));
  // On one line: the box lays out 14 000 short lines for a minute.
  const text = JSON.stringify({ version: 1, name: 'Two thousand', roles });
  const options = await openOptions();
  // The size of every message the page receives (from the frame) and sends to its worker.
  await options.page.evaluate(() => {
    const sizes: number[] = ((window as unknown as { sizes: number[] }).sizes = []);
    const size = (m: unknown) => JSON.stringify(m, (_, v) => (v instanceof ArrayBuffer ? 'x'.repeat(v.byteLength) : v))?.length ?? 0;
    addEventListener('message', (e) => sizes.push(size(e.data)), true);
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, m: unknown, transfer?: Transferable[]) {
      sizes.push(size(m));
      return post.call(this, m, { transfer: transfer ?? [] });
    } as typeof post;
  });
  await options.paste(text);
  await expect(options.preview).toContainText('2000 added · 0 changed · 0 unchanged');
  const sizes = await options.page.evaluate(() => (window as unknown as { sizes: number[] }).sizes);
  expect(sizes.length).toBeGreaterThan(0);
  expect(text.length).toBeGreaterThan(100_000);
  // Small messages only: the text (over 100 kB) went through a port straight to the worker.
  expect(Math.max(...sizes)).toBeLessThan(1000);
});

test('a 20 000-role list (the most one list holds) is previewed and imported by the page\'s worker, and all of it reaches the popup', async ({ openOptions, openPopup }) => {
  const roles = Array.from({ length: 20000 }, (_, i) => ({ account: `team-${i % 50}`, roleName: `role-${i}`, group: `Group ${i % 20}` }));
  test.setTimeout(120_000); // a large list on a shared 2-core machine: a budget, not a measure
  const options = await openOptions();
  await options.importFile('everyone.json', teamList(roles, { name: 'Everyone', source: 'git:acme/everyone.json' }));
  await expect(options.preview).toContainText('20000 added · 0 changed · 0 unchanged', { timeout: 30_000 });
  // The preview lists 200 roles and counts the rest.
  await expect(options.preview.locator('li:not(.more)')).toHaveCount(200);
  await expect(options.previewGroup('Group 0')).toContainText('Added (1000)');
  // The reading, planning and writing ran in the page's worker, not on the page.
  expect(options.page.workers().map((w) => new URL(w.url()).pathname)).toEqual([expect.stringMatching(/^\/assets\/off-thread\.worker-[\w-]+\.js$/)]);
  await options.apply();
  await expect(options.notice).toHaveText('Imported "Everyone": 20000 added, 0 changed, 0 removed.');
  await expectListRow(options, 'Everyone', 20000);

  const popup = await openPopup();
  const p = popup.page;
  await expect(p.getByRole('option').first()).toHaveAttribute('aria-setsize', '20000', { timeout: 30_000 });
  // The keys reach both ends of the windowed list, and a search counts its matches.
  await p.keyboard.press('End');
  const selected = p.getByRole('option', { selected: true });
  await expect(selected).toHaveText(/^role-19999/);
  await expect(selected).toHaveAttribute('aria-posinset', '20000');
  await expect(selected).toBeInViewport();
  await p.keyboard.press('Home');
  await expect(selected).toHaveAttribute('aria-posinset', '1');
  await expect(selected).toBeInViewport();
  await p.keyboard.type('role-1999');
  await expect(p.getByRole('option').first()).toHaveAttribute('aria-setsize', '11');
  // (End now moves the search text's caret.)
  for (let i = 0; i < 12; i++) await p.keyboard.press('ArrowDown');
  await expect(selected).toHaveText(/^role-19999/);
  await expect(selected).toHaveAttribute('aria-posinset', '11');
});

test('a URL list is imported, then refreshed: the preview shows what changed and was added', async ({ openOptions, openPopup, fake }) => {
  fake.serveFile('team.json', teamList([PROD_ADMIN, DEVOPS], { name: 'Shared roles' }));
  const options = await openOptions();
  await options.importUrl(TEAM_URL);
  await expect(options.preview).toContainText(`Fetched from ${TEAM_URL} · A new list`);
  await expect(options.preview).toContainText('2 added');
  await options.apply();
  await expect(options.notice).toHaveText('Imported "Shared roles": 2 added, 0 changed, 0 removed.');
  await expectListRow(options, 'Shared roles', 2);
  await expect(options.listRow('Shared roles')).toContainText(TEAM_URL);

  // The team changes the file: a display name, and one more role.
  fake.serveFile('team.json', teamList([{ ...PROD_ADMIN, displayName: 'Prod admin (careful)' }, DEVOPS, ECS_ADMIN], { name: 'Shared roles' }));
  await options.refresh('Shared roles');
  await expect(options.preview).toContainText('Updates your list "Shared roles" (2 roles now)');
  await expect(options.preview).toContainText('1 added · 1 changed · 1 unchanged');
  const production = options.previewGroup('Production');
  await expect(production).toContainText('Changed (1)');
  await expect(production).toContainText('Prod admin (careful) role prod-admin · account company1 — display name');
  await expect(production).toContainText('display name: Production admin → Prod admin (careful)');
  await expect(options.previewGroup('Staging')).toContainText('Added (1)');
  await expect(options.previewGroup('Staging')).toContainText('Unchanged (1)');
  await options.apply();
  await expect(options.notice).toHaveText('Imported "Shared roles": 1 added, 1 changed, 0 removed.');
  await expectListRow(options, 'Shared roles', 3);

  const popup = await openPopup();
  await expect.poll(() => popupLines(popup)).toEqual(['Production', 'Prod admin (careful)', 'Staging', 'ecs-admin', 'Staging DevOps']);
});

test('a URL on a site the extension may not read yet asks for that one site, and imports nothing meanwhile', async ({ openOptions, fake }) => {
  fake.serveFile('team.json', teamList([PROD_ADMIN]));
  const options = await openOptions();
  await options.importUrl('https://lists.example-team.com/team.json');
  // Chromium's prompt is native (Playwright cannot answer it): the request stays pending.
  await expect(options.page.getByRole('status').filter({ hasText: 'Waiting for your permission' })).toHaveText(
    'Waiting for your permission to read lists.example-team.com…',
  );
  await expect(options.preview).toHaveCount(0);
  expect(fake.state().requests.filter((r) => r.url.includes('team.json'))).toEqual([]);
  await options.page.getByRole('button', { name: 'Cancel' }).click();
  await expect(options.page.getByText('Waiting for your permission')).toHaveCount(0);
  await expect(options.page.getByText('No lists imported yet.')).toBeVisible();
});

test('re-importing a list updates it; merge keeps roles that left the file, replace removes them', async ({ openOptions, openPopup }) => {
  const options = await openOptions();
  await options.importFile('platform.json', teamList([PROD_ADMIN, DEVOPS, ECS_ADMIN], PLATFORM));
  await options.apply();
  await expectListRow(options, 'Platform team', 3);

  // The same list (same "source"), now without ecs-admin, arriving by paste: merge keeps it.
  const smaller = teamList([PROD_ADMIN, DEVOPS], PLATFORM);
  await options.paste(smaller);
  await expect(options.preview).toContainText('Updates your list "Platform team" (3 roles now)');
  await expect(options.preview).toContainText('0 added · 0 changed · 2 unchanged · 1 kept (not in this document)');
  await expect(options.previewGroup('Staging')).toContainText('Kept (not in this document) (1)');
  await expect(options.preview).not.toContainText('Removed');

  // Replace: the same preview planned again, now removing it.
  await options.chooseMode('replace');
  await expect(options.preview).toContainText('0 added · 0 changed · 2 unchanged · 1 removed');
  await expect(options.previewGroup('Staging')).toContainText('Removed (1)');
  await expect(options.previewGroup('Staging').locator('.plan-part.removed')).toContainText('ecs-admin role ecs-admin · account company1');
  // Back to merge and apply: nothing removed, one list still.
  await options.chooseMode('merge');
  await expect(options.preview).not.toContainText('Removed');
  await options.apply();
  await expect(options.notice).toHaveText('Imported "Platform team": 0 added, 0 changed, 0 removed.');
  await expect(options.listsTable.getByRole('row')).toHaveCount(2); // header + one list
  await expectListRow(options, 'Platform team', 3);

  // Again, replacing: the role that left the file goes.
  await options.paste(smaller);
  await options.chooseMode('replace');
  await options.apply();
  await expect(options.notice).toHaveText('Imported "Platform team": 0 added, 0 changed, 1 removed.');
  await expect(options.listsTable.getByRole('row')).toHaveCount(2);
  await expectListRow(options, 'Platform team', 2);

  const popup = await openPopup();
  await expect.poll(() => popupLines(popup)).toEqual(['Production', 'Production admin', 'Staging', 'Staging DevOps']);
});

test("the CLI's config.json: role profiles imported, access keys ignored and never stored", async ({ openOptions, openPopup }) => {
  const config = {
    current: 'default',
    profiles: [
      { name: 'default', mode: 'AK', access_key_id: 'LTAI5tFAKEFAKEFAKEFAKE12', access_key_secret: 'FAKEfakeFAKEfakeFAKEfakeFAKE01', region_id: 'cn-hangzhou' },
      {
        name: 'prod-admin',
        mode: 'RamRoleArn',
        access_key_id: 'LTAI5tFAKEFAKEFAKEFAKE12',
        access_key_secret: 'FAKEfakeFAKEfakeFAKEfakeFAKE01',
        ram_role_arn: 'acs:ram::1234567890123456:role/admin',
        ram_session_name: 'alice',
        region_id: 'cn-shanghai',
      },
    ],
    meta_path: '',
  };
  const options = await openOptions();
  await options.importFile('config.json', JSON.stringify(config, null, 2));
  await expect(options.preview).toContainText('Alibaba Cloud CLI config: 1 role profile');
  await expect(options.warnings).toHaveAttribute('role', 'alert');
  await expect(options.warnings).toContainText('Ignored access keys, secrets and tokens in 2 profiles ("default", "prod-admin")');
  await expect(options.warnings).toContainText('1 profile has no role ARN and was skipped: "default (AK)"');
  await expect(options.previewGroup('1234567890123456')).toContainText('prod-admin role admin · account 1234567890123456');
  await options.apply();
  await expect(options.notice).toHaveText('Imported "Alibaba Cloud CLI profiles": 1 added, 0 changed, 0 removed.');
  await expect(options.listRow('Alibaba Cloud CLI profiles')).toContainText('Alibaba Cloud CLI config');

  // What was stored, seen through an export: the role and its label, no key.
  const exported = await options.exportGroups();
  expect(JSON.parse(exported.text)).toEqual({
    version: 1,
    roles: [{ account: '1234567890123456', roleName: 'admin', displayName: 'prod-admin', colour: '#1565c0' }],
  });
  expect(exported.text).not.toMatch(/LTAI|FAKEfake|secret/i);

  const popup = await openPopup();
  await expect.poll(() => popupLines(popup)).toEqual(['1234567890123456', 'prod-admin']);
});

test('invalid JSON is refused with its line and column, and nothing is imported', async ({ openOptions }) => {
  const options = await openOptions();
  await options.paste('{\n  "version": 1,\n  "roles": [\n    { "account": "company1", "roleName": "devops", }\n  ]\n}');
  await expect(options.problems).toHaveAttribute('role', 'alert');
  await expect(options.problems).toContainText('Nothing was imported: the document has 1 problem.');
  await expect(options.problems).toContainText(/Line 4, column \d+: /);
  await expect(options.preview).toHaveCount(0);
  // "Show in the text" selects the place in the paste box.
  await options.problems.getByRole('button', { name: 'Show in the text' }).click();
  const box = options.pasteBox;
  await expect(box).toBeFocused();
  expect(await box.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('}');
  await expect(options.page.getByText('No lists imported yet.')).toBeVisible();
});

test('a hostile document is refused with each problem placed, and the bookmarks stay as they were', async ({ openOptions, openPopup }) => {
  const options = await openOptions();
  await options.paste(teamList([DEVOPS], PLATFORM));
  await options.apply();

  // Refused in the documented order, each stage on its own: a prototype key, a credential…
  await options.paste('{ "version": 1, "roles": [ { "account": "company1", "roleName": "devops", "__proto__": { "admin": true } } ] }');
  await expect(options.problems).toContainText('Nothing was imported: the document has 1 problem.');
  await expect(options.problems).toContainText('roles[0].__proto__: The key "__proto__" is not allowed');
  await expect(options.preview).toHaveCount(0);

  await options.paste(teamList([{ account: 'company1', roleName: 'admin', AccessKeySecret: 'FAKEfakeFAKEfakeFAKEfakeFAKE01' }], PLATFORM));
  await expect(options.problems.locator('li.secret')).toContainText('roles[0].AccessKeySecret');
  await expect(options.problems.locator('li.secret .flag')).toBeVisible();
  await expect(options.preview).toHaveCount(0);

  // …and what the schema refuses, such as an invalid alias: its path and how to fix it.
  await options.paste(teamList([{ account: 'Company_1', roleName: 'admin' }], PLATFORM));
  await expect(options.problems).toContainText('roles[0].account: "Company_1" is not an account alias');
  await expectListRow(options, 'Platform team', 1);

  const popup = await openPopup();
  await expect.poll(() => popupLines(popup)).toEqual(['Staging', 'Staging DevOps']);
});

test('HTML in a display name is shown as text, in the preview and in the popup', async ({ openOptions, openPopup }) => {
  const html = '<img src=x onerror=alert(1)>';
  const options = await openOptions();
  await options.paste(teamList([{ account: 'company1', roleName: 'devops', displayName: html, group: '<b>Team</b>' }], { name: '<i>HTML</i> list' }));
  await expect(options.previewGroup('<b>Team</b>').getByText(html, { exact: true })).toBeVisible();
  await expect(options.page.getByRole('heading', { name: 'Preview: <i>HTML</i> list' })).toBeVisible();
  await expect(options.page.locator('img, b, i')).toHaveCount(0);
  await options.apply();
  await expect(options.listRow('<i>HTML</i> list')).toHaveCount(1);

  const popup = await openPopup();
  await expect(popup.option(html)).toBeVisible();
  await expect(popup.page.getByText('<b>Team</b>', { exact: true })).toBeVisible();
  await expect(popup.page.locator('img, b')).toHaveCount(0);
});

test('export, then import the file again: the preview says everything is unchanged', async ({ openOptions }) => {
  const options = await openOptions();
  await options.importFile('platform.json', teamList([PROD_ADMIN, DEVOPS, ECS_ADMIN, { arn: 'acs:ram::1234567890123456:role/readonly', site: 'intl', tags: ['ro', 'audit'] }], PLATFORM));
  await options.apply();

  const exported = await options.exportList('Platform team');
  expect(exported.fileName).toMatch(/^switch-roles-platform-team-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(exported.text)).toMatchObject({ version: 1, ...PLATFORM });
  await expect(options.page.getByText(`Exported 4 roles to ${exported.fileName}.`)).toBeVisible();

  await options.importFile(exported.fileName, exported.text);
  await expect(options.preview).toContainText('Updates your list "Platform team" (4 roles now)');
  await expect(options.preview).toContainText('0 added · 0 changed · 4 unchanged');
  await expect(options.preview).toContainText('Nothing to change: all 4 roles are unchanged.');
  await options.chooseMode('replace');
  await expect(options.preview).toContainText('0 added · 0 changed · 4 unchanged · 0 removed');

  // The Export panel: all bookmarks by default, or only the groups chosen.
  await options.page.getByRole('button', { name: 'Cancel' }).click();
  const all = await options.exportGroups();
  expect(all.fileName).toMatch(/^switch-roles-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(all.text).roles).toHaveLength(4);
  const staging = await options.exportGroups(['Staging']);
  expect(JSON.parse(staging.text).roles.map((r: { roleName: string }) => r.roleName)).toEqual(['devops', 'ecs-admin']);
});

test('a URL body over the size limit is refused with the limit named', async ({ openOptions, fake }) => {
  fake.serveFile('team.json', teamList([PROD_ADMIN]));
  fake.configure({ files: 'huge' });
  const options = await openOptions();
  await options.importUrl(TEAM_URL);
  await expect(options.problems).toContainText('The document is over 8 MiB, the most a team list may be. Split it into several lists.');
  await expect(options.preview).toHaveCount(0);
  await expect(options.page.getByText('No lists imported yet.')).toBeVisible();
});

test('a list can be removed, after confirming, with its roles', async ({ openOptions, openPopup }) => {
  const options = await openOptions();
  await options.paste(teamList([DEVOPS, ECS_ADMIN], PLATFORM));
  await options.apply();
  await options.page.getByRole('button', { name: 'Remove Platform team', exact: true }).click();
  await options.page.getByRole('button', { name: 'Keep Platform team', exact: true }).click();
  await expectListRow(options, 'Platform team', 2);
  await options.removeList('Platform team');
  await expect(options.page.getByText('Removed "Platform team" and its 2 roles.')).toBeVisible();
  await expect(options.page.getByText('No lists imported yet.')).toBeVisible();
  const popup = await openPopup();
  await expect(popup.page.getByRole('option')).toHaveCount(0);
});
