// Bookmarks in IndexedDB: add, edit, delete and undo, favourites; one bookmark per role; and a
// full disk that leaves what was stored as it was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bookmark, BookmarkFields } from '@/lib/bookmark';
import { OWN_KEY, openDatabase, StorageError, type Db } from '@/lib/store/db';
import { addBookmark, deleteBookmark, DuplicateBookmarkError, listBookmarks, restoreBookmark, setFavourite, updateBookmark } from '@/lib/store/bookmarks';

let db: Db;
beforeEach(async () => {
  db = await openDatabase(`bookmarks-test-${crypto.randomUUID()}`);
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** The user's own bookmarks as stored: one record. */
const ownRecord = async () => (await db.get('own', OWN_KEY))?.bookmarks ?? [];
const ownStored = async (id: string) => (await ownRecord()).find((b) => b.id === id);

const fields = (f: Partial<BookmarkFields> = {}): BookmarkFields => ({
  account: 'company1',
  roleName: 'devops',
  displayName: 'Prod',
  colour: '#d32f2f',
  site: undefined,
  favourite: false,
  ...f,
});

/** Makes every object-store put fail as a full disk does. */
function diskFull() {
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

/**
 * Makes the next put's transaction fail as browsers report a full disk: the request goes
 * through, then the transaction aborts with a QuotaExceededError and rolls the write back.
 */
function diskFullAtCommit() {
  const put = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    const request = put.apply(this, args);
    const tx = this.transaction as IDBTransaction & { _abort(name: string): void };
    request.addEventListener('success', () => tx._abort('QuotaExceededError'));
    return request;
  });
}

const FULL = {
  name: 'StorageError',
  kind: 'full',
  message: "Could not save the bookmark: the browser's storage for this extension is full. Nothing was changed. Free disk space or delete bookmarks you no longer need, then try again.",
};

describe('addBookmark', () => {
  it('stores the bookmark with an id and dates', async () => {
    const b = await addBookmark(db, fields(), 1000);
    expect(b).toEqual({ ...fields(), id: expect.any(String), createdAt: 1000, updatedAt: 1000 });
    expect(await listBookmarks(db)).toEqual([b]);
  });

  it('gives each bookmark its own id', async () => {
    const a = await addBookmark(db, fields());
    const b = await addBookmark(db, fields({ roleName: 'ops' }));
    expect(a.id).not.toBe(b.id);
    expect(await listBookmarks(db)).toHaveLength(2);
  });

  it.each([
    ['the same alias and role', { account: 'company1', roleName: 'devops' }],
    ['the default domain of that alias', { account: 'company1.onaliyun.com', roleName: 'devops' }],
    ['another case', { account: 'COMPANY1', roleName: 'DevOps' }],
  ])('refuses a second bookmark for %s, naming the first', async (_, again) => {
    const first = await addBookmark(db, fields());
    const error = await addBookmark(db, fields({ ...again, displayName: 'Again' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateBookmarkError);
    expect(error).toMatchObject({
      message: 'You already have a bookmark for role "devops" in company1 ("Prod"). Edit that one instead.',
      existing: first,
    });
    expect(await listBookmarks(db)).toEqual([first]);
  });

  it('names the first bookmark without a display name too', async () => {
    await addBookmark(db, fields({ displayName: undefined }));
    await expect(addBookmark(db, fields())).rejects.toThrow('You already have a bookmark for role "devops" in company1. Edit that one instead.');
  });

  it.each([
    ['another role', { roleName: 'ops' }],
    ['another account', { account: 'company2' }],
    ['another site', { site: 'intl' as const }],
  ])('takes the same role name in %s', async (_, other) => {
    await addBookmark(db, fields());
    await expect(addBookmark(db, fields(other))).resolves.toBeTruthy();
  });

  it.each([
    ['when the write is refused', diskFull],
    ['when the transaction aborts at commit', diskFullAtCommit],
  ])('on a full disk (%s), says so and stores nothing', async (_, fail) => {
    const kept = await addBookmark(db, fields());
    fail();
    await expect(addBookmark(db, fields({ roleName: 'ops' }))).rejects.toMatchObject(FULL);
    vi.restoreAllMocks();
    expect(await listBookmarks(db)).toEqual([kept]);
  });
});

describe('updateBookmark and setFavourite', () => {
  it('changes the fields and the update date, keeping id and creation date', async () => {
    const b = await addBookmark(db, fields(), 1000);
    const updated = await updateBookmark(db, b.id, { displayName: 'Production', colour: '#1565c0' }, 2000);
    expect(updated).toEqual({ ...b, displayName: 'Production', colour: '#1565c0', updatedAt: 2000 });
    expect(await listBookmarks(db)).toEqual([updated]);
  });

  it('lets a bookmark be saved again unchanged, or renamed to its own default domain', async () => {
    const b = await addBookmark(db, fields());
    await expect(updateBookmark(db, b.id, { account: 'company1.onaliyun.com' })).resolves.toMatchObject({ account: 'company1.onaliyun.com' });
  });

  it('refuses to turn a bookmark into another bookmark’s role', async () => {
    const prod = await addBookmark(db, fields());
    const ops = await addBookmark(db, fields({ roleName: 'ops', displayName: 'Ops' }));
    await expect(updateBookmark(db, ops.id, { roleName: 'DEVOPS' })).rejects.toMatchObject({ name: 'DuplicateBookmarkError', existing: prod });
    expect((await ownStored(ops.id))?.roleName).toBe('ops');
  });

  it('an edit and a delete from two windows at once: the bookmark stays deleted, never brought back by the edit', async () => {
    const b = await addBookmark(db, fields(), 1000);
    const [edited, deleted] = await Promise.allSettled([updateBookmark(db, b.id, { displayName: 'Production' }, 2000), deleteBookmark(db, b.id)]);
    expect(deleted).toMatchObject({ status: 'fulfilled' });
    // Whichever came first, the delete is the last word: nothing is left.
    expect(await listBookmarks(db)).toEqual([]);
    if (edited.status === 'rejected') expect(String(edited.reason)).toContain('That bookmark no longer exists');
  });

  it('says when the bookmark is gone', async () => {
    await expect(updateBookmark(db, 'no-such-id', { displayName: 'x' })).rejects.toThrow(
      'That bookmark no longer exists (deleted in another window?). Nothing was changed.',
    );
  });

  it.each([
    ['when the write is refused', diskFull],
    ['when the transaction aborts at commit', diskFullAtCommit],
  ])('on a full disk (%s), says so and keeps the bookmark as it was', async (_, fail) => {
    const b = await addBookmark(db, fields(), 1000);
    fail();
    await expect(updateBookmark(db, b.id, { displayName: 'Production' }, 2000)).rejects.toMatchObject(FULL);
    await expect(setFavourite(db, b.id, true)).rejects.toBeInstanceOf(StorageError);
    vi.restoreAllMocks();
    expect(await listBookmarks(db)).toEqual([b]);
  });

  it('marks and unmarks a favourite', async () => {
    const b = await addBookmark(db, fields());
    expect((await setFavourite(db, b.id, true)).favourite).toBe(true);
    expect((await ownStored(b.id))?.favourite).toBe(true);
    expect((await setFavourite(db, b.id, false)).favourite).toBe(false);
  });
});

describe('deleteBookmark and restoreBookmark', () => {
  it('deletes and returns the bookmark, which restore puts back exactly', async () => {
    const b = await addBookmark(db, fields({ favourite: true, site: 'intl' }), 1000);
    const other = await addBookmark(db, fields({ roleName: 'ops' }), 1001);
    expect(await deleteBookmark(db, b.id)).toEqual(b);
    expect(await listBookmarks(db)).toEqual([other]);
    await restoreBookmark(db, b);
    expect(await ownStored(b.id)).toEqual(b);
    expect(await listBookmarks(db)).toHaveLength(2);
  });

  it('deleting what is gone returns nothing', async () => {
    await expect(deleteBookmark(db, 'no-such-id')).resolves.toBeUndefined();
  });

  it('on a full disk, restore says so', async () => {
    const b = await addBookmark(db, fields());
    await deleteBookmark(db, b.id);
    diskFull();
    await expect(restoreBookmark(db, b)).rejects.toMatchObject({ kind: 'full', message: expect.stringMatching(/^Could not restore the bookmark: .* is full\. Nothing was changed\./) });
    vi.restoreAllMocks();
    expect(await listBookmarks(db)).toEqual([]);
  });

  it('a refused delete says so and keeps the bookmark', async () => {
    const b = await addBookmark(db, fields());
    // Deleting an own bookmark rewrites the own record.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The transaction was aborted', 'AbortError');
    });
    await expect(deleteBookmark(db, b.id)).rejects.toMatchObject({
      kind: 'failed',
      message: 'Could not delete the bookmark: the browser refused to save (The transaction was aborted). Nothing was changed.',
    });
    vi.restoreAllMocks();
    expect(await listBookmarks(db)).toEqual([b]);
  });
});

describe("a team list's bookmarks (kept in their list's record)", () => {
  const LIST = 'list-1';
  const listed = (id: string, roleName: string): Bookmark => ({ id, account: 'acme', roleName, colour: '#2e7d32', favourite: false, listId: LIST, createdAt: 1, updatedAt: 1 });
  beforeEach(async () => {
    await db.put('listRoles', { listId: LIST, bookmarks: [listed('l1', 'dev'), listed('l2', 'ops')] });
  });
  const inList = async () => (await db.get('listRoles', LIST))?.bookmarks ?? [];

  it('are listed with the own ones, and marked as favourites in their list', async () => {
    const own = await addBookmark(db, fields());
    expect((await listBookmarks(db)).map((b) => b.id)).toEqual([own.id, 'l1', 'l2']);
    expect(await setFavourite(db, 'l2', true)).toMatchObject({ id: 'l2', favourite: true, listId: LIST });
    expect((await inList()).map((b) => [b.id, b.favourite])).toEqual([['l1', false], ['l2', true]]);
    expect(await ownRecord()).toHaveLength(1);
  });

  it('cannot be added again as an own bookmark', async () => {
    await expect(addBookmark(db, fields({ account: 'acme', roleName: 'dev' }))).rejects.toBeInstanceOf(DuplicateBookmarkError);
    await expect(updateBookmark(db, 'l1', { roleName: 'ops' })).rejects.toBeInstanceOf(DuplicateBookmarkError);
    expect(await inList()).toEqual([listed('l1', 'dev'), listed('l2', 'ops')]);
  });

  it('are deleted from their list and restored into it', async () => {
    expect(await deleteBookmark(db, 'l1')).toEqual(listed('l1', 'dev'));
    expect((await inList()).map((b) => b.id)).toEqual(['l2']);
    await restoreBookmark(db, listed('l1', 'dev'));
    expect((await inList()).map((b) => b.id)).toEqual(['l2', 'l1']);
    expect(await ownRecord()).toHaveLength(0);
  });

  it('restored after their list was removed, are kept as the user’s own', async () => {
    const deleted = (await deleteBookmark(db, 'l1'))!;
    await db.delete('listRoles', LIST);
    await restoreBookmark(db, deleted);
    const { listId: _, ...own } = deleted;
    expect(await listBookmarks(db)).toEqual([own]);
  });
});
