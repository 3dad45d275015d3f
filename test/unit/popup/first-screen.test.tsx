// The popup's first screen: what it keeps, that it is painted before the whole store is read,
// and that it stays in step after every change (popup edits, imports, removed lists).
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { refreshFirstScreen } from '../../../lib/background/first-screen';
import { applyPrepared, prepareImport } from '../../../lib/options/import';
import { FIRST_SCREEN_BOOKMARKS, firstScreenOf, firstScreenOfStore, firstScreenStore, type FirstScreen } from '../../../lib/popup/first-screen';
import { listBookmarks } from '../../../lib/store/bookmarks';
import { openDatabase, type Db } from '../../../lib/store/db';
import { listHistory } from '../../../lib/store/history';
import { deleteTeamList } from '../../../lib/store/teamlists';
import { bookmark, historyEntry, manyBookmarks } from './factories';

/** Heavy tests get room on a loaded, shared machine (a limit, not a timing assertion). */
const HEAVY = { timeout: 60_000 };
/** How long findBy… and waitFor wait in these tests, for the same reason. */
const WAIT = { timeout: 20_000 };
import { memoryFirstScreen, renderPopup, resetBackground } from './harness';
import { putOwnBookmarks } from '../store/own-record';

vi.mock('../../../lib/messages', async () => (await import('./messages-mock')).messagesMock());

beforeEach(() => {
  resetBackground();
});
afterEach(cleanup);

/** What the first screen of the stored data is. */
async function expected(db: Db): Promise<FirstScreen> {
  return firstScreenOfStore(await listBookmarks(db), await listHistory(db, 10));
}

const optionNames = () => screen.queryAllByRole('option').map((o) => o.textContent);

describe('firstScreenOf', () => {
  it('keeps the first bookmarks in list order, those Recent shows, and the history', () => {
    const all = manyBookmarks(500, 20);
    const used = all[499]!;
    const history = [historyEntry({ account: used.account, roleName: used.roleName })];
    const s = firstScreenOfStore(all, history);
    expect(s.total).toBe(500);
    expect(s.history).toEqual(history);
    expect(s.bookmarks[0]).toBe(used);
    expect(s.bookmarks).toHaveLength(FIRST_SCREEN_BOOKMARKS + 1);
    // The rest are the list's first bookmarks, in order: first group, favourites first.
    const firstGroup = s.bookmarks.slice(1, 6).map((b) => b.account);
    expect(new Set(firstGroup)).toEqual(new Set(['account-000']));
    expect(s.bookmarks[1]!.favourite).toBe(true);
  });

  it('keeps everything when there is less than a screen', () => {
    const few = manyBookmarks(3);
    expect(firstScreenOf({ total: 3, groups: [few], recent: [], history: [] }).bookmarks).toEqual(few);
  });

  it('is kept in storage.local under one key, and rewritten only when it changed', async () => {
    const data = new Map<string, unknown>();
    const area = {
      get: vi.fn(async (key: string) => (data.has(key) ? { [key]: data.get(key) } : {})),
      set: vi.fn(async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => data.set(k, v))),
    };
    const store = firstScreenStore(area);
    expect(await store.read()).toBeUndefined();
    const s = firstScreenOfStore(manyBookmarks(3), []);
    await store.write(s);
    await store.write(structuredClone(s));
    expect(area.set).toHaveBeenCalledTimes(1);
    expect(await store.read()).toEqual(s);
    data.set('popupFirstScreen', { version: 99 });
    expect(await store.read()).toBeUndefined();
  });
});

describe('the popup', () => {
  it('paints the kept first screen before the whole store is read, then lists everything', HEAVY, async () => {
    const all = manyBookmarks(300, 10);
    const kept = memoryFirstScreen(firstScreenOfStore(all, []));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const db = await openDatabase(`first-screen-${crypto.randomUUID()}`);
    await putOwnBookmarks(db, all);
    const rendered = renderPopup({}, { firstScreen: kept, db: async () => (await gate, db) });

    // Before the store is read: the first screen, marked busy.
    const list = await screen.findByRole('listbox', {}, WAIT);
    expect(list.getAttribute('aria-busy')).toBe('true');
    const firstNames = optionNames();
    expect(firstNames.length).toBeGreaterThan(5);

    release();
    await rendered;
    expect(screen.getByRole('listbox').getAttribute('aria-busy')).toBeNull();
    // The same rows on top: nothing moves when the rest arrives.
    expect(optionNames().slice(0, firstNames.length)).toEqual(firstNames);
    expect(screen.getAllByRole('option')[0]!.getAttribute('aria-setsize')).toBe('300');
  });

  it('a kept first screen that says "no bookmarks" is not believed until the store is read', HEAVY, async () => {
    const kept = memoryFirstScreen(firstScreenOfStore([], []));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const db = await openDatabase(`first-screen-${crypto.randomUUID()}`);
    await putOwnBookmarks(db, [bookmark({ account: 'company1', roleName: 'devops' })]);
    const rendered = renderPopup({}, { firstScreen: kept, db: async () => (await gate, db) });
    // The search box is up (the popup has painted) while the store is still being read.
    await screen.findByRole('searchbox', {}, WAIT);
    expect(screen.queryByRole('button', { name: /add your first/i })).toBeNull();
    expect(document.body.textContent).not.toContain('No roles bookmarked yet');
    release();
    await rendered;
    expect(optionNames()).toHaveLength(1);
  });

  it('with no first screen kept, reads the store, then keeps one', async () => {
    const kept = memoryFirstScreen();
    const { db } = await renderPopup({ bookmarks: manyBookmarks(60) }, { firstScreen: kept });
    await waitFor(() => expect(kept.current?.total).toBe(60), WAIT);
    expect(kept.current).toEqual(await expected(db));
  });

  it('keeps the first screen in step after add, edit, favourite, delete and undo', HEAVY, async () => {
    const kept = memoryFirstScreen();
    const a = bookmark({ account: 'aaa-first', roleName: 'admin' });
    const { db } = await renderPopup({ bookmarks: [a, ...manyBookmarks(60)] }, { firstScreen: kept });
    const inStep = async () => {
      const want = await expected(db);
      await waitFor(() => expect(kept.current).toEqual(want), WAIT);
    };
    await inStep();

    // Add (it sorts first, so it is on the first screen).
    fireEvent.click(screen.getByRole('button', { name: 'Add role' }));
    fireEvent.input(screen.getByLabelText('Account', { exact: true }), { target: { value: 'aaa-first' } });
    fireEvent.input(screen.getByLabelText('Role name'), { target: { value: 'auditor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('option', { name: /^auditor/ }, WAIT);
    await inStep();
    expect(kept.current!.bookmarks.some((b) => b.roleName === 'auditor')).toBe(true);

    // Edit.
    fireEvent.click(screen.getByRole('button', { name: 'Edit admin' }));
    fireEvent.input(screen.getByLabelText('Display name'), { target: { value: 'Top admin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('option', { name: /^Top admin/ }, WAIT);
    await inStep();
    expect(kept.current!.bookmarks.find((b) => b.id === a.id)?.displayName).toBe('Top admin');

    // Favourite.
    fireEvent.click(screen.getByRole('button', { name: 'Favourite Top admin' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Favourite Top admin' }).getAttribute('aria-pressed')).toBe('true'), WAIT);
    await inStep();

    // Delete, then undo.
    fireEvent.click(screen.getByRole('button', { name: 'Delete Top admin' }));
    await waitFor(() => expect(screen.queryByRole('option', { name: /^Top admin/ })).toBeNull(), WAIT);
    await inStep();
    expect(kept.current!.bookmarks.some((b) => b.id === a.id)).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('option', { name: /^Top admin/ }, WAIT);
    await inStep();
    expect(kept.current!.bookmarks.some((b) => b.id === a.id)).toBe(true);
  });

  it('still lists, searches and counts correctly at 10 000 bookmarks', HEAVY, async () => {
    const kept = memoryFirstScreen();
    await renderPopup({ bookmarks: manyBookmarks(10_000, 200) }, { firstScreen: kept });
    expect(screen.getAllByRole('option')[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(screen.getAllByRole('option').length).toBeLessThan(60);
    fireEvent.input(screen.getByLabelText('Search roles'), { target: { value: 'role-9999' } });
    await waitFor(() => expect(optionNames()).toEqual([expect.stringContaining('role-9999')]), WAIT);
    fireEvent.input(screen.getByLabelText('Search roles'), { target: { value: '' } });
    await waitFor(() => expect(screen.getAllByRole('option')[0]!.getAttribute('aria-setsize')).toBe('10000'), WAIT);
    await waitFor(() => expect(kept.current?.total).toBe(10_000), WAIT);
  });
});

describe('after a change on the options page', () => {
  it('the background keeps the first screen in step with an import and a removed list', async () => {
    const db = await openDatabase(`first-screen-import-${crypto.randomUUID()}`);
    const kept = memoryFirstScreen();
    const roles = Array.from({ length: 100 }, (_, i) => ({ account: 'aaa-team', roleName: `r${i}`, group: 'A team' }));
    const r = await prepareImport(db, JSON.stringify({ version: 1, name: 'Team', source: 'git:team', roles }), { kind: 'paste' });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const { list } = await applyPrepared(db, r.prepared);
    await refreshFirstScreen(async () => db, kept);
    expect(kept.current).toEqual(await expected(db));
    expect(kept.current!.total).toBe(100);
    expect(kept.current!.bookmarks).toHaveLength(FIRST_SCREEN_BOOKMARKS);

    await deleteTeamList(db, list.id);
    await refreshFirstScreen(async () => db, kept);
    expect(kept.current).toEqual({ version: 1, total: 0, bookmarks: [], history: [] });
    db.close();
  });

  it('a failed refresh is logged, never thrown', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(refreshFirstScreen(async () => Promise.reject(new Error('no database')), memoryFirstScreen())).resolves.toBeUndefined();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
