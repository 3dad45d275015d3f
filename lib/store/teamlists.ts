// Team lists in the database: read a list by its source, apply an import plan in one
// transaction, remove a list. Only IndexedDB is awaited inside a transaction (idb's README:
// awaiting anything else lets the transaction commit half-done).
import { t } from '../i18n';
import type { Bookmark } from '../bookmark';
import type { ImportPlan } from '../teamlist/diff';
import type { ListMeta } from '../teamlist/index';
import { planWrites, type PlanWrites } from '../teamlist/records';
import type { TeamList } from '../teamlist/types';
import type { IDBPTransaction } from 'idb';
import { announceBookmarksChanged } from './changes';
import { StorageError, writeGuard, type Db, type SwitchRolesDB } from './db';
import { uuidMaker } from './ids';

export function listTeamLists(db: Db): Promise<TeamList[]> {
  return db.getAll('lists');
}

export async function bookmarksOfList(db: Db, listId: string): Promise<Bookmark[]> {
  return (await db.get('listRoles', listId))?.bookmarks ?? [];
}

/** The stored list a source key names (if any) and its bookmarks: what planImport compares with. */
export async function existingForSource(db: Db, sourceKey: string): Promise<{ list?: TeamList; bookmarks: Bookmark[] }> {
  const tx = db.transaction(['lists', 'listRoles'], 'readonly');
  const list = await tx.objectStore('lists').index('bySource').get(sourceKey);
  const bookmarks = list ? ((await tx.objectStore('listRoles').get(list.id))?.bookmarks ?? []) : [];
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
 *  bookmarks, in one transaction of two writes. Any failure leaves the database as it was. */
export function applyImport(db: Db, plan: ImportPlan, meta: ListMeta, options: ApplyOptions = {}): Promise<ApplyResult> {
  const now = options.now ?? Date.now();
  const newId = options.newId ?? uuidMaker();
  return writeGuard(t('doing_importList'), () =>
    allOrNothing(db, async (tx, issue) => {
      const lists = tx.objectStore('lists');
      const listRoles = tx.objectStore('listRoles');
      const previous = await lists.index('bySource').get(meta.sourceKey);
      const current = previous ? ((await listRoles.get(previous.id))?.bookmarks ?? []) : [];
      if (!sameBasis(current, plan.basis)) throw new StorageError(t('db_stale'), 'failed');

      const list: TeamList = { id: previous?.id ?? newId(), sourceKey: meta.sourceKey, name: meta.name, sourceKind: meta.sourceKind, importedAt: now };
      if (meta.url) list.url = meta.url;
      const writes = planWrites(plan, { listId: list.id, now, newId });
      issue(lists.put(list));
      issue(listRoles.put({ listId: list.id, bookmarks: applyWrites(current, writes) }));
      return { list, written: writes.put.length, removed: writes.remove.length };
    }),
  );
}

/** The list's bookmarks after the writes: kept in place, changed ones replaced, new ones last. */
function applyWrites(current: readonly Bookmark[], writes: PlanWrites): Bookmark[] {
  const removed = new Set(writes.remove);
  const put = new Map(writes.put.map((b) => [b.id, b]));
  const next: Bookmark[] = [];
  for (const b of current) {
    if (removed.has(b.id)) continue;
    next.push(put.get(b.id) ?? b);
    put.delete(b.id);
  }
  return next.concat([...put.values()]);
}

/** Removes a list and every bookmark that came from it, in one transaction. */
export function deleteTeamList(db: Db, listId: string): Promise<number> {
  return writeGuard(t('doing_removeList'), () =>
    allOrNothing(db, async (tx, issue) => {
      const count = (await tx.objectStore('listRoles').get(listId))?.bookmarks.length ?? 0;
      issue(tx.objectStore('lists').delete(listId));
      issue(tx.objectStore('listRoles').delete(listId));
      return count;
    }),
  );
}

type ListsTx = IDBPTransaction<SwitchRolesDB, ('lists' | 'listRoles')[], 'readwrite'>;

/** Runs work in one readwrite transaction over lists and bookmarks, and commits only if every
 *  request it issued succeeded. Requests are issued without awaiting each (fast), and every
 *  one is settled before deciding, so none is left rejecting unobserved. On any failure,
 *  including a request that threw synchronously (a value that cannot be stored), the
 *  transaction is aborted and its end awaited: nothing was written. */
async function allOrNothing<T>(db: Db, work: (tx: ListsTx, issue: (request: Promise<unknown>) => void) => Promise<T>): Promise<T> {
  const tx = db.transaction(['lists', 'listRoles'], 'readwrite');
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
    announceBookmarksChanged();
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
