// The popup's list as a person uses it: search, keyboard, switching, recent roles, delete + undo.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listBookmarks } from '../../../lib/store/bookmarks';
import type { SwitchStatus } from '../../../lib/switch/types';
import { bookmark, historyEntry, manyBookmarks } from './factories';
import { broadcast, renderPopup, resetBackground, type Background } from './harness';

vi.mock('../../../lib/messages', async () => (await import('./messages-mock')).messagesMock());

let bg: Background;
beforeEach(() => {
  bg = resetBackground();
});
afterEach(cleanup);

const search = () => screen.getByLabelText('Search roles');
const options = () => screen.queryAllByRole('option').map((o) => o.textContent);
const startSwitchCalls = () => bg.send.mock.calls.filter(([name]) => name === 'startSwitch').map(([, data]) => data);

const prod = bookmark({ account: 'company1', roleName: 'devops', displayName: 'Prod admin', colour: '#d32f2f', landingUrl: 'https://ecs.console.aliyun.com/' });
const reader = bookmark({ account: 'company1', roleName: 'reader' });
const billing = bookmark({ account: '1234567890123456', roleName: 'billing', favourite: true, site: 'intl' });

describe('the list', () => {
  it('shows groups, favourites first, each row named by its label', async () => {
    await renderPopup({ bookmarks: [prod, reader, billing] });
    const names = screen.getAllByRole('option').map((o) => o.textContent);
    expect(names).toEqual(['billing International', 'Prod admin devops · company1', 'reader']);
    expect(screen.getByRole('button', { name: 'Favourite billing' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Favourite reader' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('option', { name: /^Prod admin/ })).toBeTruthy();
  });

  it('renders data as text, never as HTML', async () => {
    await renderPopup({ bookmarks: [bookmark({ account: 'company1', roleName: 'x', displayName: '<img src=x onerror=alert(1)>' })] });
    expect(screen.getByRole('option').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows the empty state when there are no bookmarks', async () => {
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Add your first role' }));
    expect(screen.getByLabelText('Account')).toBeTruthy();
  });

  it('toggles a favourite', async () => {
    const { db } = await renderPopup({ bookmarks: [prod, reader] });
    fireEvent.click(screen.getByRole('button', { name: 'Favourite reader' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Favourite reader' }).getAttribute('aria-pressed')).toBe('true'));
    expect((await listBookmarks(db)).find((b) => b.id === reader.id)?.favourite).toBe(true);
    expect(bg.send).toHaveBeenCalledWith('bookmarksChanged', {});
  });

  it('a favourite toggled from the keyboard moves its row: the focus never lands on another role\'s button', async () => {
    await renderPopup({ bookmarks: [prod, reader] });
    const star = screen.getByRole('button', { name: 'Favourite reader' });
    star.focus();
    fireEvent.click(star);
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['reader', 'Prod admin devops · company1']));
    // Its own star, or nothing (its element replaced): a second Space must never star Prod admin.
    const focused = document.activeElement;
    expect(focused === document.body || focused === screen.getByRole('button', { name: 'Favourite reader' })).toBe(true);
  });
});

describe('search and keyboard', () => {
  it('filters as you type and switches to the first match on Enter', async () => {
    await renderPopup({ bookmarks: [prod, reader, billing] });
    expect(document.activeElement).toBe(search());
    fireEvent.input(search(), { target: { value: 'PROD' } });
    expect(options()).toEqual(['Prod admin devops · company1']);
    fireEvent.keyDown(search(), { key: 'Enter' });
    await waitFor(() => expect(startSwitchCalls()).toHaveLength(1));
    expect(startSwitchCalls()).toEqual([
      {
        target: { account: 'company1', roleName: 'devops', label: 'Prod admin', colour: '#d32f2f', bookmarkId: prod.id, landingUrl: 'https://ecs.console.aliyun.com/' },
        tabId: 42,
      },
    ]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Switching to Prod admin in company1…'));
  });

  it('says so when nothing matches', async () => {
    await renderPopup({ bookmarks: [prod] });
    fireEvent.input(search(), { target: { value: 'xyz' } });
    expect(screen.getByText('No bookmarks match "xyz"')).toBeTruthy();
  });

  it('moves the selection with the arrows and keeps aria-activedescendant on it', async () => {
    await renderPopup({ bookmarks: [prod, reader, billing] });
    const selectedName = () => screen.getByRole('option', { selected: true }).textContent;
    expect(selectedName()).toBe('billing International');
    fireEvent.keyDown(search(), { key: 'ArrowDown' });
    fireEvent.keyDown(search(), { key: 'ArrowDown' });
    expect(selectedName()).toBe('reader');
    fireEvent.keyDown(search(), { key: 'ArrowDown' }); // stays on the last row
    fireEvent.keyDown(search(), { key: 'ArrowUp' });
    expect(selectedName()).toBe('Prod admin devops · company1');
    expect(search().getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { selected: true }).id);
    fireEvent.keyDown(search(), { key: 'End' });
    expect(selectedName()).toBe('reader');
    fireEvent.keyDown(search(), { key: 'Enter' });
    await waitFor(() => expect(startSwitchCalls()).toHaveLength(1));
    expect(startSwitchCalls()[0]).toMatchObject({ target: { roleName: 'reader', bookmarkId: reader.id } });
  });

  it('clears the search on Esc, and closes the popup on Esc when it is empty', async () => {
    const { host } = await renderPopup({ bookmarks: [prod] });
    fireEvent.input(search(), { target: { value: 'zzz' } });
    fireEvent.keyDown(search(), { key: 'Escape' });
    expect((search() as HTMLInputElement).value).toBe('');
    expect(host.close).not.toHaveBeenCalled();
    fireEvent.keyDown(search(), { key: 'Escape' });
    expect(host.close).toHaveBeenCalled();
  });

  it('drives the list when the focus is on the page itself', async () => {
    await renderPopup({ bookmarks: [prod, reader] });
    (document.activeElement as HTMLElement).blur();
    fireEvent.keyDown(document.body, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { selected: true }).textContent).toBe('reader');
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(search());
  });

  it('focuses the search on "/"', async () => {
    await renderPopup({ bookmarks: [prod] });
    const star = screen.getByRole('button', { name: 'Favourite Prod admin' });
    star.focus();
    fireEvent.keyDown(star, { key: '/' });
    expect(document.activeElement).toBe(search());
  });

  it('switches on a click', async () => {
    await renderPopup({ bookmarks: [prod, reader] });
    fireEvent.click(screen.getByRole('option', { name: /^reader/ }));
    await waitFor(() => expect(startSwitchCalls()).toHaveLength(1));
  });

  it('renders only a window of 5 000 bookmarks, and follows the selection', async () => {
    // No timing assertion here (a shared machine makes them flaky): `npm run bench` measures.
    const many = manyBookmarks(5000);
    await renderPopup({ bookmarks: many });
    expect(screen.getAllByRole('option').length).toBeLessThan(40);
    fireEvent.keyDown(search(), { key: 'End' });
    const last = screen.getByRole('option', { selected: true });
    expect(last.getAttribute('aria-posinset')).toBe('5000');
    expect(last.getAttribute('aria-setsize')).toBe('5000');
    fireEvent.input(search(), { target: { value: 'role-4999' } });
    expect(options()).toEqual(['role-4999']);
  });
});

describe('recent roles', () => {
  const company1 = bookmark({ account: '1234567890123456', roleName: 'devops', displayName: 'Prod admin' });

  it('shows a recent role as its bookmark, once, and others with a Bookmark button', async () => {
    const { db } = await renderPopup({
      bookmarks: [company1, reader],
      history: [
        historyEntry({ account: 'company1', accountId: '1234567890123456', roleName: 'devops' }),
        historyEntry({ account: 'company9', roleName: 'ops', site: 'intl' }),
      ],
    });
    await waitFor(() => expect(options()).toEqual(['Prod admin devops · 1234567890123456', 'ops company9 · International', 'reader']));
    fireEvent.click(screen.getByRole('button', { name: 'Bookmark ops in company9' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Bookmark ops/ })).toBeNull());
    const added = (await listBookmarks(db)).find((b) => b.roleName === 'ops');
    expect(added).toMatchObject({ account: 'company9', site: 'intl', colour: '#1565c0', favourite: false });
    // While searching, the recent section is hidden and the bookmark is in its group.
    fireEvent.input(search(), { target: { value: 'prod' } });
    expect(options()).toEqual(['Prod admin devops · 1234567890123456']);
  });

  it('switches to a recent role that is not bookmarked', async () => {
    await renderPopup({ history: [historyEntry({ account: 'company9', roleName: 'ops', site: 'intl' })] });
    fireEvent.click(await screen.findByRole('option', { name: /^ops/ }));
    await waitFor(() => expect(startSwitchCalls()).toHaveLength(1));
    expect(startSwitchCalls()).toEqual([{ target: { account: 'company9', roleName: 'ops', site: 'intl', label: 'ops' }, tabId: 42 }]);
  });
});

describe('delete and undo', () => {
  it('deletes at once and puts the exact record back on Undo', async () => {
    const { db } = await renderPopup({ bookmarks: [prod, reader] });
    fireEvent.click(screen.getByRole('button', { name: 'Delete Prod admin' }));
    await waitFor(() => expect(options()).toEqual(['reader']));
    await screen.findByText('Deleted "Prod admin".');
    expect(await listBookmarks(db)).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(options()).toEqual(['Prod admin devops · company1', 'reader']));
    expect((await listBookmarks(db)).find((b) => b.id === prod.id)).toEqual(prod);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('offers Undo for 8 seconds', async () => {
    await renderPopup({ bookmarks: [prod] });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Delete Prod admin' }));
      await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy());
      vi.advanceTimersByTime(7900);
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeTruthy();
      vi.advanceTimersByTime(200);
      await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('identity and status', () => {
  it('shows the tab’s identity and offers Switch back for a role', async () => {
    bg.send.mockImplementation(async (name) =>
      name === 'getStatus'
        ? {
            job: null,
            tab: { tabId: 42, site: 'cn', reading: { state: 'known', identity: { kind: 'role', principal: 'devops/alice', roleName: 'devops', account: 'company1' } } },
          }
        : { state: 'running', kind: 'back', step: 'opening', startedAt: Date.now(), deadline: Date.now() + 1 },
    );
    await renderPopup({ bookmarks: [prod] });
    await screen.findByText('Acting as devops in company1');
    const back = screen.getByRole('button', { name: 'Switch back' }) as HTMLButtonElement;
    expect(back.disabled).toBe(false);
    fireEvent.click(back);
    await waitFor(() => expect(bg.send).toHaveBeenCalledWith('switchBack', { tabId: 42 }));
  });

  it('shows the active role’s bookmark colour, also when the recent-roles history does not name the role', async () => {
    bg.send.mockImplementation(async (name) =>
      name === 'getStatus'
        ? { job: null, tab: { tabId: 42, site: 'cn', reading: { state: 'known', identity: { kind: 'role', principal: 'devops/alice', roleName: 'devops', account: 'company1' } } } }
        : undefined,
    );
    // No history at all (cleared in the options, or never recorded): only the tab names the role.
    await renderPopup({ bookmarks: [prod], history: [] });
    await screen.findByText('Acting as devops in company1');
    const bar = screen.getByText('Acting as devops in company1').closest('.identity')!;
    await waitFor(() => expect(bar.querySelector<HTMLElement>('.swatch')?.style.backgroundColor).toBe('#d32f2f'));
  });

  it('marks the identity busy until the background answers about the tab', async () => {
    let answer!: (reply: unknown) => void;
    bg.send.mockImplementation((name) => (name === 'getStatus' ? new Promise((resolve) => (answer = resolve)) : Promise.resolve(undefined)));
    await renderPopup({ bookmarks: [prod] });
    const bar = screen.getByText('Reading the tab’s identity…').closest('.identity')!;
    expect(bar.getAttribute('aria-busy')).toBe('true');
    answer({ job: null, tab: null });
    await screen.findByText('Not a console tab');
    expect(bar.hasAttribute('aria-busy')).toBe(false);
  });

  it('says "Not a console tab" and disables Switch back otherwise', async () => {
    await renderPopup({ bookmarks: [prod] });
    await screen.findByText('Not a console tab');
    expect((screen.getByRole('button', { name: 'Switch back' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('follows the background’s broadcasts to the end, with the console’s own words', async () => {
    await renderPopup({ bookmarks: [prod] });
    fireEvent.click(screen.getByRole('option', { name: /^Prod admin/ }));
    // The broadcasts are about the job the click started: the same start time as its reply.
    await waitFor(() => expect(bg.send).toHaveBeenCalledWith('startSwitch', expect.anything()));
    const call = bg.send.mock.calls.findIndex(([name]) => name === 'startSwitch');
    const { startedAt } = (await bg.send.mock.results[call]!.value) as Extract<SwitchStatus, { state: 'running' }>;
    broadcast({ state: 'running', kind: 'switch', target: { account: 'company1', roleName: 'devops', label: 'Prod admin' }, step: 'submitted', startedAt, deadline: startedAt + 30_000 });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Waiting for the console to confirm'));
    broadcast({ state: 'failed', kind: 'switch', cause: 'console-error', message: 'The console refused the switch.', consoleText: '角色不存在', at: startedAt + 5 });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The console refused the switch.The console said: 角色不存在'));
    expect(screen.getByRole('status').className).toContain('status-error');
  });

  it('shows an error, not a spinner, when the background does not answer', async () => {
    bg.send.mockImplementation(async (name) => {
      if (name === 'getStatus') return { job: null, tab: null };
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await renderPopup({ bookmarks: [prod] });
    fireEvent.keyDown(search(), { key: 'Enter' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Could not start the switch'));
    expect(screen.getByRole('status').textContent).toContain('Receiving end does not exist');
  });

  it('shows a job that is still running when the popup opens', async () => {
    const now = Date.now();
    bg.send.mockImplementation(async () => ({
      job: { state: 'running', kind: 'switch', target: { account: 'company1', roleName: 'devops' }, step: 'filling', startedAt: now, deadline: now + 30_000 },
      tab: null,
    }));
    await renderPopup({ bookmarks: [prod] });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Switching to devops in company1…'));
  });
});

describe('row actions', () => {
  it('opens the edit form for a row', async () => {
    await renderPopup({ bookmarks: [prod] });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Prod admin' }));
    const form = screen.getByRole('form', { name: 'Edit role' });
    expect((within(form).getByLabelText('Display name') as HTMLInputElement).value).toBe('Prod admin');
  });
});
