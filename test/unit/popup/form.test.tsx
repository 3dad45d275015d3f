// The add/edit form: the ARN shortcut, errors beside their fields, and failed saves that keep
// what was typed.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BookmarkForm } from '../../../components/popup/BookmarkForm';
import { PALETTE } from '../../../lib/colour';
import { listBookmarks } from '../../../lib/store/bookmarks';
import { StorageError } from '../../../lib/store/db';
import { bookmark } from './factories';
import { renderPopup, resetBackground, type Background } from './harness';

vi.mock('../../../lib/messages', async () => (await import('./messages-mock')).messagesMock());

let bg: Background;
beforeEach(() => {
  bg = resetBackground();
});
afterEach(cleanup);

const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(field(label), { target: { value } });

/** The text of the error a field points at with aria-describedby. */
function errorOf(label: string): string | null {
  const input = field(label);
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'))?.textContent ?? null;
}

describe('BookmarkForm', () => {
  it('fills Account and Role name from a pasted role ARN', () => {
    render(<BookmarkForm onSave={vi.fn()} onCancel={vi.fn()} />);
    type('Role ARN', 'acs:ram::1234567890123456:role/devops');
    expect(field('Account').value).toBe('1234567890123456');
    expect(field('Role name').value).toBe('devops');
  });

  it('splits an ARN pasted into the Account field', () => {
    render(<BookmarkForm onSave={vi.fn()} onCancel={vi.fn()} />);
    type('Account', 'acs:ram::1234567890123456:role/devops');
    expect(field('Account').value).toBe('1234567890123456');
    expect(field('Role name').value).toBe('devops');
  });

  it('shows each problem beside its field, as validateDraft words it, and saves nothing', async () => {
    const onSave = vi.fn();
    render(<BookmarkForm onSave={onSave} onCancel={vi.fn()} />);
    type('Account', '12345');
    type('Role name', 'dev ops');
    type('Display name', 'x'.repeat(70));
    type('Role ARN', 'acs:ram::oops');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(errorOf('Account')).toBe('An account ID has 16 digits; "12345" has 5.');
    expect(errorOf('Role name')).toBe('Role name may contain only letters, digits, "." and "-" (found: space).');
    expect(errorOf('Display name')).toBe('Display name is 70 characters; keep it to 64.');
    expect(errorOf('Role ARN')).toBe('A role ARN looks like acs:ram::1234567890123456:role/devops.');
    expect(onSave).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(field('Role ARN')));
  });

  it('offers the palette by name, a custom colour, the sites and Favourite', async () => {
    const onSave = vi.fn(async () => {});
    render(<BookmarkForm onSave={onSave} onCancel={vi.fn()} />);
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(PALETTE.map((p) => p.hex));
    fireEvent.click(screen.getByRole('radio', { name: 'Red (production)' }));
    expect((screen.getByRole('radio', { name: 'Red (production)' }) as HTMLInputElement).checked).toBe(true);
    const site = screen.getByLabelText('Site') as HTMLSelectElement;
    expect([...site.options].map((o) => o.text)).toEqual(['Same as the current tab', 'China', 'International']);
    fireEvent.change(site, { target: { value: 'intl' } });
    fireEvent.click(screen.getByLabelText('Favourite'));
    type('Account', 'company1');
    type('Role name', 'devops');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave).toHaveBeenCalledWith({ account: 'company1', roleName: 'devops', displayName: undefined, colour: '#d32f2f', site: 'intl', favourite: true });

    fireEvent.input(screen.getByLabelText('Custom colour'), { target: { value: '#123456' } });
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
  });

  it('keeps the form and what was typed when the save fails for storage', async () => {
    const onSave = vi.fn(async () => {
      throw new StorageError('Could not save the bookmark: the browser’s storage for this extension is full. Nothing was changed.', 'full');
    });
    render(<BookmarkForm onSave={onSave} onCancel={vi.fn()} />);
    type('Account', 'company1');
    type('Role name', 'devops');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Could not save the bookmark: the browser’s storage for this extension is full. Nothing was changed.');
    expect(field('Account').value).toBe('company1');
    expect(field('Role name').value).toBe('devops');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('closes on Cancel and on Esc', () => {
    const onCancel = vi.fn();
    render(<BookmarkForm onSave={vi.fn()} onCancel={onCancel} />);
    fireEvent.keyDown(field('Account'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });
});

describe('the form in the popup', () => {
  it('adds a bookmark, tells the background and shows it in the list', async () => {
    const { db } = await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Add role' }));
    type('Role ARN', 'acs:ram::1234567890123456:role/devops');
    type('Display name', 'Prod admin');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const option = await screen.findByRole('option', { name: /^Prod admin/ });
    expect(option.getAttribute('aria-selected')).toBe('true');
    expect(await listBookmarks(db)).toMatchObject([{ account: '1234567890123456', roleName: 'devops', displayName: 'Prod admin' }]);
    expect(bg.send).toHaveBeenCalledWith('bookmarksChanged', {});
    expect(document.activeElement).toBe(screen.getByLabelText('Search roles'));
  });

  it('shows a duplicate in the form and keeps what was typed', async () => {
    const existing = bookmark({ account: 'company1.onaliyun.com', roleName: 'devops', displayName: 'Prod admin' });
    const { db } = await renderPopup({ bookmarks: [existing] });
    fireEvent.click(screen.getByRole('button', { name: 'Add role' }));
    type('Account', 'company1');
    type('Role name', 'DevOps');
    type('Display name', 'Another');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const form = screen.getByRole('form', { name: 'Add a role' });
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'You already have a bookmark for role "devops" in company1.onaliyun.com ("Prod admin"). Edit that one instead.',
    );
    expect(field('Display name').value).toBe('Another');
    expect(await listBookmarks(db)).toHaveLength(1);
  });

  it('edits a bookmark in place', async () => {
    const existing = bookmark({ account: 'company1', roleName: 'devops', tags: ['oncall'] });
    const { db } = await renderPopup({ bookmarks: [existing] });
    fireEvent.click(screen.getByRole('button', { name: 'Edit devops' }));
    type('Display name', 'Prod admin');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('option', { name: /^Prod admin/ });
    expect(await listBookmarks(db)).toMatchObject([{ id: existing.id, displayName: 'Prod admin', tags: ['oncall'] }]);
  });

  it('sets, checks and clears a landing page', async () => {
    const existing = bookmark({ account: 'company1', roleName: 'devops', site: 'cn' });
    const { db } = await renderPopup({ bookmarks: [existing] });
    fireEvent.click(screen.getByRole('button', { name: 'Edit devops' }));
    type('Landing page', 'https://ecs.console.alibabacloud.com/');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(errorOf('Landing page')).toBe('This role is on the China site: the landing page must be a console page of that site.'));
    expect(document.activeElement).toBe(field('Landing page'));
    type('Landing page', 'https://ecs.console.aliyun.com/#/server');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('option', { name: /^devops/ });
    expect((await listBookmarks(db))[0]?.landingUrl).toBe('https://ecs.console.aliyun.com/#/server');
    fireEvent.click(screen.getByRole('button', { name: 'Edit devops' }));
    expect(field('Landing page').value).toBe('https://ecs.console.aliyun.com/#/server');
    type('Landing page', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('option', { name: /^devops/ });
    expect((await listBookmarks(db))[0]?.landingUrl).toBeUndefined();
  });
});
