// Bookmarks in IndexedDB: the user's own in one record, each team list's in one record. Every
// write goes through writeGuard, so a full disk or a refused write reaches the user as a
// sentence, and leaves what was stored as it was.
import { roleKey, type Bookmark, type BookmarkFields } from '../bookmark';
import { t } from '../i18n';
import type { IDBPTransaction } from 'idb';
import { announceBookmarksChanged } from './changes';
import { OWN_KEY, writeGuard, type Db, type ListRoles, type SwitchRolesDB } from './db';

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
export async function listBookmarks(db: Db): Promise<Bookmark[]> {
  return everyBookmark(await read(db.transaction(['own', 'listRoles'])));
}

function newId(): string {
  return crypto.randomUUID();
}

type BookmarksTx<Mode extends IDBTransactionMode = 'readwrite'> = IDBPTransaction<SwitchRolesDB, ('own' | 'listRoles')[], Mode>;

/** Runs a read-modify-write over both stores in one transaction: its reads and its writes see
 *  one state, so two windows editing at once cannot lose each other's edits. */
async function inBookmarksTx<T>(db: Db, what: string, work: (tx: BookmarksTx, stored: Stored) => Promise<T>): Promise<T> {
  return writeGuard(what, async () => {
    const tx = db.transaction(['own', 'listRoles'], 'readwrite');
    const done = tx.done;
    try {
      const result = await work(tx, await read(tx));
      await done;
      announceBookmarksChanged();
      return result;
    } catch (e) {
      done.catch(() => {}); // the transaction aborts with the same error
      throw e;
    }
  });
}

/** What one transaction sees: the user's own bookmarks (one record) and each team list's. */
interface Stored {
  own: Bookmark[];
  lists: ListRoles[];
}

async function read(tx: BookmarksTx<IDBTransactionMode>): Promise<Stored> {
  const [own, lists] = await Promise.all([tx.objectStore('own').get(OWN_KEY), tx.objectStore('listRoles').getAll()]);
  return { own: own?.bookmarks ?? [], lists };
}

function everyBookmark({ own, lists }: Stored): Bookmark[] {
  return lists.length === 0 ? own : own.concat(...lists.map((l) => l.bookmarks));
}

/** Where a bookmark is stored: the own record, or its list's record (which a write replaces). */
function locate(stored: Stored, id: string): { bookmark: Bookmark; list?: ListRoles } | undefined {
  const own = stored.own.find((b) => b.id === id);
  if (own) return { bookmark: own };
  for (const list of stored.lists) {
    const bookmark = list.bookmarks.find((b) => b.id === id);
    if (bookmark) return { bookmark, list };
  }
  return undefined;
}

/** The bookmarks with `bookmark` in place of the one with its id, else added last. */
function withReplaced(bookmarks: readonly Bookmark[], bookmark: Bookmark): Bookmark[] {
  const at = bookmarks.findIndex((b) => b.id === bookmark.id);
  return at < 0 ? [...bookmarks, bookmark] : bookmarks.map((b, i) => (i === at ? bookmark : b));
}

function putOwn(tx: BookmarksTx, bookmarks: Bookmark[]): Promise<unknown> {
  return tx.objectStore('own').put({ id: OWN_KEY, bookmarks });
}

/** Writes a bookmark where it lives: a list's bookmark into its list's record, an own bookmark
 *  into the own record (replacing the one with its id, else added). A list bookmark whose list
 *  was removed meanwhile is kept as the user's own rather than lost. */
async function store(tx: BookmarksTx, stored: Stored, bookmark: Bookmark): Promise<void> {
  const list = bookmark.listId === undefined ? undefined : stored.lists.find((l) => l.listId === bookmark.listId);
  if (!list) {
    const { listId: _gone, ...own } = bookmark;
    await putOwn(tx, withReplaced(stored.own, own));
    return;
  }
  await tx.objectStore('listRoles').put({ listId: list.listId, bookmarks: withReplaced(list.bookmarks, bookmark) });
}

/**
 * Saves the bookmark `make` makes from what is stored (undefined: the bookmark to edit is gone),
 * unless another one names the same role. Read, check and write share one transaction, so two
 * windows saving the same role at once cannot both succeed, and an edit cannot bring back a
 * bookmark another window has just deleted.
 */
async function putUnique(db: Db, make: (stored: Stored) => Bookmark | undefined): Promise<Bookmark> {
  const outcome = await inBookmarksTx(db, t('doing_saveBookmark'), async (tx, stored): Promise<{ gone: true } | { clash: Bookmark } | { saved: Bookmark }> => {
    const bookmark = make(stored);
    if (!bookmark) return { gone: true };
    const key = roleKey(bookmark);
    const clash = everyBookmark(stored).find((b) => b.id !== bookmark.id && roleKey(b) === key);
    if (clash) return { clash };
    await store(tx, stored, bookmark);
    return { saved: bookmark };
  });
  if ('gone' in outcome) throw new Error(t('store_gone'));
  if ('clash' in outcome) throw new DuplicateBookmarkError(outcome.clash);
  return outcome.saved;
}

export function addBookmark(db: Db, fields: BookmarkFields, now = Date.now()): Promise<Bookmark> {
  return putUnique(db, () => ({ ...fields, id: newId(), createdAt: now, updatedAt: now }));
}

export function updateBookmark(db: Db, id: string, fields: Partial<BookmarkFields>, now = Date.now()): Promise<Bookmark> {
  return putUnique(db, (stored) => {
    const found = locate(stored, id);
    return found && { ...found.bookmark, ...fields, updatedAt: now };
  });
}

/** Deletes and returns the bookmark, so the caller can offer to undo. */
export function deleteBookmark(db: Db, id: string): Promise<Bookmark | undefined> {
  return inBookmarksTx(db, t('doing_deleteBookmark'), async (tx, stored) => {
    const found = locate(stored, id);
    if (!found) return undefined;
    if (found.list) await tx.objectStore('listRoles').put({ listId: found.list.listId, bookmarks: found.list.bookmarks.filter((b) => b.id !== id) });
    else await putOwn(tx, stored.own.filter((b) => b.id !== id));
    return found.bookmark;
  });
}

/** Undo of a delete: puts the bookmark back exactly as it was (its list's, if the list is still there). */
export async function restoreBookmark(db: Db, bookmark: Bookmark): Promise<string> {
  await inBookmarksTx(db, t('doing_restoreBookmark'), (tx, stored) => store(tx, stored, bookmark));
  return bookmark.id;
}

export function setFavourite(db: Db, id: string, favourite: boolean): Promise<Bookmark> {
  return updateBookmark(db, id, { favourite });
}
