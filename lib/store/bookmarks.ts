// Bookmarks in IndexedDB. Every write goes through writeGuard, so a full disk or a refused
// write reaches the user as a sentence, and leaves what was stored as it was.
import { roleKey, type Bookmark, type BookmarkFields } from '../bookmark';
import { t } from '../i18n';
import type { IDBPTransaction } from 'idb';
import { announceBookmarksChanged } from './changes';
import { writeGuard, type Db, type ListRoles, type SwitchRolesDB } from './db';

export class DuplicateBookmarkError extends Error {
  constructor(readonly existing: Bookmark) {
    super(
      existing.displayName
        ? t('store_duplicateNamed', { role: existing.roleName, account: existing.account, name: existing.displayName })
        : t('store_duplicate', { role: existing.roleName, account: existing.account }),
    );
    this.name = 'DuplicateBookmarkError';
  }
}

/** Every bookmark: the user's own, then each team list's. */
export function listBookmarks(db: Db): Promise<Bookmark[]> {
  return allIn(db.transaction(['bookmarks', 'listRoles']));
}

function newId(): string {
  return crypto.randomUUID();
}

type BookmarksTx<Mode extends IDBTransactionMode = 'readwrite'> = IDBPTransaction<SwitchRolesDB, ('bookmarks' | 'listRoles')[], Mode>;

/** Runs a read-modify-write over both stores in one transaction: its reads and its writes see
 *  one state, so two windows editing at once cannot lose each other's edits. */
async function inBookmarksTx<T>(db: Db, what: string, work: (tx: BookmarksTx) => Promise<T>): Promise<T> {
  return writeGuard(what, async () => {
    const tx = db.transaction(['bookmarks', 'listRoles'], 'readwrite');
    const done = tx.done;
    try {
      const result = await work(tx);
      await done;
      announceBookmarksChanged();
      return result;
    } catch (e) {
      done.catch(() => {}); // the transaction aborts with the same error
      throw e;
    }
  });
}

/** Where a bookmark is stored: its own record, or its list's record (which a write replaces). */
async function locate(tx: BookmarksTx<IDBTransactionMode>, id: string): Promise<{ bookmark: Bookmark; list?: ListRoles } | undefined> {
  const own = await tx.objectStore('bookmarks').get(id);
  if (own) return { bookmark: own };
  for (const list of await tx.objectStore('listRoles').getAll()) {
    const bookmark = list.bookmarks.find((b) => b.id === id);
    if (bookmark) return { bookmark, list };
  }
  return undefined;
}

/** Writes a bookmark where it lives: a list's bookmark into its list's record (replacing the
 *  one with its id, else added), an own bookmark into the bookmarks store. A list bookmark
 *  whose list was removed meanwhile is kept as the user's own rather than lost. */
async function store(tx: BookmarksTx, bookmark: Bookmark): Promise<void> {
  const list = bookmark.listId === undefined ? undefined : await tx.objectStore('listRoles').get(bookmark.listId);
  if (!list) {
    const { listId: _gone, ...own } = bookmark;
    await tx.objectStore('bookmarks').put(own);
    return;
  }
  const at = list.bookmarks.findIndex((b) => b.id === bookmark.id);
  const bookmarks = at < 0 ? [...list.bookmarks, bookmark] : list.bookmarks.map((b, i) => (i === at ? bookmark : b));
  await tx.objectStore('listRoles').put({ listId: list.listId, bookmarks });
}

/** Every bookmark the transaction sees: the user's own, then each team list's. */
async function allIn(tx: BookmarksTx<IDBTransactionMode>): Promise<Bookmark[]> {
  const [own, lists] = await Promise.all([tx.objectStore('bookmarks').getAll(), tx.objectStore('listRoles').getAll()]);
  return lists.length === 0 ? own : own.concat(...lists.map((l) => l.bookmarks));
}

/**
 * Saves the bookmark unless another one names the same role. Check and write share one
 * transaction, so two windows saving the same role at once cannot both succeed.
 */
async function putUnique(db: Db, bookmark: Bookmark): Promise<void> {
  const clash = await inBookmarksTx(db, t('doing_saveBookmark'), async (tx) => {
    const key = roleKey(bookmark);
    const found = (await allIn(tx)).find((b) => b.id !== bookmark.id && roleKey(b) === key);
    if (!found) await store(tx, bookmark);
    return found;
  });
  if (clash) throw new DuplicateBookmarkError(clash);
}

export async function addBookmark(db: Db, fields: BookmarkFields, now = Date.now()): Promise<Bookmark> {
  const bookmark: Bookmark = { ...fields, id: newId(), createdAt: now, updatedAt: now };
  await putUnique(db, bookmark);
  return bookmark;
}

export async function updateBookmark(db: Db, id: string, fields: Partial<BookmarkFields>, now = Date.now()): Promise<Bookmark> {
  const found = await locate(db.transaction(['bookmarks', 'listRoles']), id);
  if (!found) throw new Error(t('store_gone'));
  const updated: Bookmark = { ...found.bookmark, ...fields, updatedAt: now };
  await putUnique(db, updated);
  return updated;
}

/** Deletes and returns the bookmark, so the caller can offer to undo. */
export function deleteBookmark(db: Db, id: string): Promise<Bookmark | undefined> {
  return inBookmarksTx(db, t('doing_deleteBookmark'), async (tx) => {
    const found = await locate(tx, id);
    if (!found) return undefined;
    if (found.list) await tx.objectStore('listRoles').put({ listId: found.list.listId, bookmarks: found.list.bookmarks.filter((b) => b.id !== id) });
    else await tx.objectStore('bookmarks').delete(id);
    return found.bookmark;
  });
}

/** Undo of a delete: puts the bookmark back exactly as it was (its list's, if the list is still there). */
export async function restoreBookmark(db: Db, bookmark: Bookmark): Promise<string> {
  await inBookmarksTx(db, t('doing_restoreBookmark'), (tx) => store(tx, bookmark));
  return bookmark.id;
}

export function setFavourite(db: Db, id: string, favourite: boolean): Promise<Bookmark> {
  return updateBookmark(db, id, { favourite });
}
