// Hostile input and hostile servers through the real options page (issue 10): a URL import
// never leaves the granted origin and reads only JSON or plain text; a refusal never echoes a
// credential and stays short, whatever the document.
import { expect, test } from './fixtures';

const ROLES = JSON.stringify({ version: 1, name: 'Shared roles', roles: [{ account: 'company1', roleName: 'devops' }] });
/** Served on a console host, whose permission the extension holds (Chromium's permission
 *  prompt cannot be clicked). */
const FILES = 'https://oss.console.aliyun.com/__files';

test('a URL that redirects to another site is refused before anything is requested there', async ({ openOptions, fake }) => {
  fake.serveFile('team.json', ROLES);
  fake.serveRedirect('moved.json', 'https://lists.example-team.com/team.json');
  const options = await openOptions();
  await options.importUrl(`${FILES}/moved.json`);
  await expect(options.problems).toContainText('oss.console.aliyun.com redirected the request');
  await expect(options.preview).toHaveCount(0);
  const asked = fake.state().requests.map((r) => r.url);
  expect(asked).toContain(`${FILES}/moved.json`);
  expect(asked.filter((u) => u.startsWith('https://lists.example-team.com/'))).toEqual([]);
});

test('an HTML page served at a list address is not read', async ({ openOptions, fake }) => {
  fake.serveFile('team.json', `<!doctype html><title>Sign in</title><pre>${ROLES}</pre>`, 'text/html; charset=utf-8');
  const options = await openOptions();
  await options.importUrl(`${FILES}/team.json`);
  await expect(options.problems).toContainText('oss.console.aliyun.com sent "text/html", not JSON or plain text');
  await expect(options.preview).toHaveCount(0);
});

test('a list served as text/plain is read', async ({ openOptions, fake }) => {
  fake.serveFile('team.json', ROLES, 'text/plain; charset=utf-8');
  const options = await openOptions();
  await options.importUrl(`${FILES}/team.json`);
  await expect(options.preview).toContainText('1 added');
});

test('a pasted document with an access key is refused without showing the key, and the warning is there', async ({ openOptions }) => {
  const key = 'LTAI5tFAKEKEYID1234567';
  const options = await openOptions();
  // A syntax error (the unquoted key) and a repeated key: the credential warning still shows.
  await options.paste(`{"version": 1, "version": 1, "roles": [{"account": ${key}, "roleName": "x"}]}`);
  await expect(options.problems).toContainText('looks like an Alibaba Cloud AccessKey ID');
  await expect(options.problems).not.toContainText('LTAI');
  const text = await options.problems.innerText();
  expect(text).not.toContain(key.slice(4));
});

test('a 1 MB key name is refused with a short message', async ({ openOptions }) => {
  const options = await openOptions();
  const huge = 'k'.repeat(1_000_000);
  await options.paste(`{"version": 1, "roles": [], "${huge}": 1, "${huge}": 2}`);
  await expect(options.problems).toContainText('appears twice');
  expect((await options.problems.innerText()).length).toBeLessThan(3_000);
});
