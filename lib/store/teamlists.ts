// Team lists in the database: read a list by its source, apply an import plan in one
// transaction, remove a list. Only IndexedDB is awaited inside a transaction (idb's README:
// awaiting anything else lets the transaction commit half-done).
import { t } from '../i18n';
import type { Bookmark } from '../bookmark';
import type { ImportPlan } from '../teamlist/diff';
import type { ListMeta } from '../teamlist/index';
import { planWrites } from '../teamlist/records';
import type { TeamList } from '../teamlist/types';
import { unwrap, type IDBPTransaction } from 'idb';
import { StorageError, writeGuard, type Db, type SwitchRolesDB } from './db';

export function listTeamLists(db: Db): Promise<TeamList[]> {
  return db.getAll('lists');
}

export function bookmarksOfList(db: Db, listId: string): Promise<Bookmark[]> {
  return db.getAllFromIndex('bookmarks', 'byList', listId);
}

/** The stored list a source key names (if any) and its bookmarks: what planImport compares with. */
export async function existingForSource(db: Db, sourceKey: string): Promise<{ list?: TeamList; bookmarks: Bookmark[] }> {
  const tx = db.transaction(['lists', 'bookmarks'], 'readonly');
  const list = await tx.objectStore('lists').index('bySource').get(sourceKey);
  const bookmarks = list ? await tx.objectStore('bookmarks').index('byList').getAll(list.id) : [];
  await tx.done;
  return { list, bookmarks };
}

export interface ApplyOptions {
  now?: number;
  newId?: () => string;
}

export interface ApplyResult {
  list: TeamList;
  written: number;
  removed: number;
}


function sameBasis(bookmarks: readonly Bookmark[], basis: Record<string, number>): boolean {
  const ids = Object.keys(basis);
  return bookmarks.length === ids.length && bookmarks.every((b) => basis[b.id] === b.updatedAt);
}

/** Applies a plan: the list record (found by sourceKey, so re-importing updates it) and its
 *  bookmarks, all in one transaction. Any failure leaves the database as it was. */
export function applyImport(db: Db, plan: ImportPlan, meta: ListMeta, options: ApplyOptions = {}): Promise<ApplyResult> {
  const now = options.now ?? Date.now();
  const newId = options.newId ?? (() => crypto.randomUUID());
  return writeGuard(t('doing_importList'), () =>
    allOrNothing(db, async (tx, issue) => {
      const lists = tx.objectStore('lists');
      const bookmarks = tx.objectStore('bookmarks');
      const previous = await lists.index('bySource').get(meta.sourceKey);
      const current = previous ? await bookmarks.index('byList').getAll(previous.id) : [];
      if (!sameBasis(current, plan.basis)) throw new StorageError(t('db_stale'), 'failed');

      const list: TeamList = { id: previous?.id ?? newId(), sourceKey: meta.sourceKey, name: meta.name, sourceKind: meta.sourceKind, importedAt: now };
      if (meta.url) list.url = meta.url;
      const writes = planWrites(plan, { listId: list.id, now, newId });
      issue(lists.put(list));
      const store = unwrap(bookmarks);
      issue(writeInChunks(store, writes.put, (s, b) => s.put(b)));
      issue(writeInChunks(store, writes.remove, (s, id) => s.delete(id)));
      return { list, written: writes.put.length, removed: writes.remove.length };
    }),
  );
}

/** Removes a list and every bookmark that came from it, in one transaction. */
export function deleteTeamList(db: Db, listId: string): Promise<number> {
  return writeGuard(t('doing_removeList'), () =>
    allOrNothing(db, async (tx, issue) => {
      const ids = await tx.objectStore('bookmarks').index('byList').getAllKeys(listId);
      issue(tx.objectStore('lists').delete(listId));
      issue(writeInChunks(unwrap(tx.objectStore('bookmarks')), ids, (s, id) => s.delete(id)));
      return ids.length;
    }),
  );
}

/** Writes issued per task: a 20 000-role import never clones all its records in one long task. */
export const WRITE_CHUNK = 500;

/**
 * Issues many writes on a (native) store, WRITE_CHUNK at a time: the next chunk is issued when
 * the last request of this one succeeds, from the transaction's own callback, so the
 * transaction stays active and nothing but IndexedDB is awaited. Requests are plain IDBRequests
 * (no promise per record). Resolves when all succeeded; rejects with the first failure (which
 * also aborts the transaction).
 */
export function writeInChunks<T>(store: IDBObjectStore, items: readonly T[], write: (store: IDBObjectStore, item: T) => IDBRequest, chunk = WRITE_CHUNK): Promise<void> {
  return new Promise((resolve, reject) => {
    if (items.length === 0) return resolve();
    const fail = (e: Event) => reject((e.target as IDBRequest).error);
    let i = 0;
    const next = () => {
      let last: IDBRequest | undefined;
      try {
        for (const end = Math.min(i + chunk, items.length); i < end; i++) {
          last = write(store, items[i]!);
          last.onerror = fail;
        }
      } catch (e) {
        reject(e); // e.g. a value that cannot be stored: thrown by put() itself
        return;
      }
      last!.onsuccess = () => (i < items.length ? next() : resolve());
    };
    next();
  });
}

type ListsTx = IDBPTransaction<SwitchRolesDB, ('lists' | 'bookmarks')[], 'readwrite'>;

/** Runs work in one readwrite transaction over lists and bookmarks, and commits only if every
 *  request it issued succeeded. Requests are issued without awaiting each (fast), and every
 *  one is settled before deciding, so none is left rejecting unobserved. On any failure,
 *  including a request that threw synchronously (a value that cannot be stored), the
 *  transaction is aborted and its end awaited: nothing was written. */
async function allOrNothing<T>(db: Db, work: (tx: ListsTx, issue: (request: Promise<unknown>) => void) => Promise<T>): Promise<T> {
  const tx = db.transaction(['lists', 'bookmarks'], 'readwrite');
  // Settles however the transaction ends, so its rejection is always observed.
  const ended = tx.done.then(
    () => null,
    (e: unknown) => e,
  );
  const settled: Promise<void>[] = [];
  let failure: { cause: unknown } | null = null;
  const issue = (request: Promise<unknown>) => {
    settled.push(
      request.then(
        () => undefined,
        (cause: unknown) => {
          failure ??= { cause };
        },
      ),
    );
  };
  try {
    const result = await work(tx, issue);
    await Promise.all(settled);
    if (failure) throw (failure as { cause: unknown }).cause;
    await tx.done;
    return result;
  } catch (e) {
    abort(tx);
    await Promise.all([...settled, ended]);
    throw e;
  }
}

function abort(tx: ListsTx): void {
  try {
    tx.abort();
  } catch (e) {
    // InvalidStateError: it already aborted or finished, which is what we want.
    if (!(e instanceof DOMException && e.name === 'InvalidStateError')) throw e;
  }
}
