// Bookmarks in IndexedDB. Every write goes through writeGuard, so a full disk or a refused
// write reaches the user as a sentence, and leaves what was stored as it was.
import { roleKey, type Bookmark, type BookmarkFields } from '../bookmark';
import { t } from '../i18n';
import { writeGuard, type Db } from './db';

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

export function listBookmarks(db: Db): Promise<Bookmark[]> {
  return db.getAll('bookmarks');
}

function newId(): string {
  return crypto.randomUUID();
}

/**
 * Saves the bookmark unless another one names the same role. Check and write share one
 * transaction, so two windows saving the same role at once cannot both succeed.
 */
async function putUnique(db: Db, bookmark: Bookmark): Promise<void> {
  const clash = await writeGuard(t('doing_saveBookmark'), async () => {
    const tx = db.transaction('bookmarks', 'readwrite');
    const done = tx.done;
    try {
      const key = roleKey(bookmark);
      const found = (await tx.store.getAll()).find((b) => b.id !== bookmark.id && roleKey(b) === key);
      if (!found) await tx.store.put(bookmark);
      await done;
      return found;
    } catch (e) {
      done.catch(() => {}); // the transaction aborts with the same error
      throw e;
    }
  });
  if (clash) throw new DuplicateBookmarkError(clash);
}

export async function addBookmark(db: Db, fields: BookmarkFields, now = Date.now()): Promise<Bookmark> {
  const bookmark: Bookmark = { ...fields, id: newId(), createdAt: now, updatedAt: now };
  await putUnique(db, bookmark);
  return bookmark;
}

export async function updateBookmark(db: Db, id: string, fields: Partial<BookmarkFields>, now = Date.now()): Promise<Bookmark> {
  const old = await db.get('bookmarks', id);
  if (!old) throw new Error(t('store_gone'));
  const updated: Bookmark = { ...old, ...fields, updatedAt: now };
  await putUnique(db, updated);
  return updated;
}

/** Deletes and returns the bookmark, so the caller can offer to undo. */
export async function deleteBookmark(db: Db, id: string): Promise<Bookmark | undefined> {
  const old = await db.get('bookmarks', id);
  if (old) await writeGuard(t('doing_deleteBookmark'), () => db.delete('bookmarks', id));
  return old;
}

/** Undo of a delete: puts the bookmark back exactly as it was. */
export function restoreBookmark(db: Db, bookmark: Bookmark): Promise<string> {
  return writeGuard(t('doing_restoreBookmark'), () => db.put('bookmarks', bookmark));
}

export function setFavourite(db: Db, id: string, favourite: boolean): Promise<Bookmark> {
  return updateBookmark(db, id, { favourite });
}
