// The popup's bookmark features, as a person uses them: validation, grouping and favourites,
// edit, delete and undo, search, and switching from the keyboard.
import { expect, test } from './fixtures';
import { ALICE } from './pages/console-page';

test('invalid values are refused with a message that says what is wrong, and nothing typed is lost', async ({ openPopup }) => {
  const popup = await openPopup();
  const p = popup.page;
  await p.getByRole('button', { name: 'Add role' }).click();
  await popup.fillForm({ account: 'Company_1', roleName: 'dev ops', displayName: 'Typed by hand' });
  await p.getByRole('button', { name: 'Save' }).click();
  await expect(p.getByText('"company_1" is not a valid account alias: an alias may contain only lowercase letters, digits and "-".')).toBeVisible();
  await expect(p.getByText('Role name may contain only letters, digits, "." and "-" (found: space).')).toBeVisible();
  await expect(p.getByLabel('Account', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(p.getByLabel('Display name')).toHaveValue('Typed by hand');
  await p.getByLabel('Account', { exact: true }).fill('123456789');
  await p.getByRole('button', { name: 'Save' }).click();
  await expect(p.getByText('An account ID has 16 digits; "123456789" has 9.')).toBeVisible();
  // A duplicate of an existing bookmark (alias vs its default domain) is refused too.
  await p.getByLabel('Account', { exact: true }).fill('company1');
  await p.getByLabel('Role name').fill('devops');
  await p.getByRole('button', { name: 'Save' }).click();
  await expect(p.getByRole('option', { name: /^Typed by hand/ })).toBeVisible();
  await popup.addBookmark({ account: 'company1.onaliyun.com', roleName: 'devops' });
  await expect(p.getByText('You already have a bookmark for role "devops" in company1')).toBeVisible();
});

test('bookmarks are grouped per account, alphabetically, favourites first', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.addBookmark({ account: 'zeta-corp', roleName: 'admin' });
  await popup.addBookmark({ account: 'company1', roleName: 'devops' });
  await popup.addBookmark({ account: 'company1', roleName: 'auditor' });
  await popup.addBookmark({ account: 'company1', roleName: 'prod-admin', favourite: true });
  await expect(popup.page.getByRole('option')).toHaveText([/^prod-admin/, /^auditor/, /^devops/, /^admin/]);
  // Favourite from the row; it moves to the top of its group.
  await popup.page.getByRole('button', { name: /^Favourite devops/ }).click();
  await expect(popup.page.getByRole('option')).toHaveText([/^devops/, /^prod-admin/, /^auditor/, /^admin/]);
  await expect(popup.page.getByRole('button', { name: /^Favourite devops/ })).toHaveAttribute('aria-pressed', 'true');
});

test('edit a bookmark, delete it and undo the delete', async ({ consolePage, openPopup }) => {
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  const p = popup.page;
  await popup.addBookmark({ account: 'company1', roleName: 'devops', displayName: 'Dev' });
  await p.getByRole('button', { name: /^Edit Dev/ }).click();
  await p.getByLabel('Display name').fill('Dev ops (edited)');
  await p.getByRole('radio', { name: 'Purple' }).check();
  await p.getByRole('button', { name: 'Save' }).click();
  await expect(popup.option(/^Dev ops \(edited\)/)).toBeVisible();

  await p.getByRole('button', { name: /^Delete Dev ops \(edited\)/ }).click();
  await expect(popup.option(/^Dev ops \(edited\)/)).toHaveCount(0);
  await expect(p.getByText('Deleted "Dev ops (edited)".')).toBeVisible();
  await p.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.option(/^Dev ops \(edited\)/)).toBeVisible();
  // The restored bookmark is the same one: its colour and name are back, and it still switches.
  await popup.switchTo(/^Dev ops \(edited\)/);
  await popup.expectStatus('Now acting as devops in company1');
  expect(await consolePage.bannerColour()).toBe('rgb(106, 27, 154)');
});

test('search narrows the list as you type; arrows and Enter switch without the mouse', async ({ consolePage, openPopup, fake }) => {
  await consolePage.signIn(ALICE);
  const popup = await openPopup();
  const p = popup.page;
  for (const role of ['devops', 'ecs-admin', 'prod-admin']) await popup.addBookmark({ account: 'company1', roleName: role });
  await popup.addBookmark({ account: 'company3-like', roleName: 'readonly' });
  await popup.refocusConsole();
  const search = p.getByLabel('Search roles');
  await expect(search).toBeFocused();
  await p.keyboard.type('admin comp');
  await expect(p.getByRole('option')).toHaveText([/^ecs-admin/, /^prod-admin/]);
  await p.keyboard.press('ArrowDown');
  await expect(p.getByRole('option', { selected: true })).toHaveText(/^prod-admin/);
  await p.keyboard.press('Enter');
  await popup.expectStatus('Now acting as prod-admin in company1');
  expect(fake.state().session?.acting?.role).toBe('prod-admin');

  await search.fill('nothing-like-this');
  await expect(p.getByText('No bookmarks match "nothing-like-this"')).toBeVisible();
  await p.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  // Each bookmark shown once: prod-admin under Recent, not again in its group. (The list is
  // windowed: rows below the fold are not in the page until scrolled to.)
  for (const [i, name] of [/^prod-admin/, /^devops/, /^ecs-admin/].entries()) await expect(p.getByRole('option').nth(i)).toHaveText(name);
  await expect(p.getByRole('option', { name: /^prod-admin/ })).toHaveCount(1);
  await p.keyboard.type('readonly');
  await expect(p.getByRole('option')).toHaveText([/^readonly/]);
});
