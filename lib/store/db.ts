// The one IndexedDB database: its schema, its version and its upgrade steps.
// Each step upgrades from the version before it; test/unit/store-upgrade.test.ts opens a
// database written at every earlier version and checks nothing is lost.
import { t } from '../i18n';
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Bookmark } from '../bookmark';
import type { HistoryEntry } from '../history';
import type { TeamList } from '../teamlist/types';

export const DB_NAME = 'switch-roles';
export const DB_VERSION = 5;

export interface SwitchRolesDB extends DBSchema {
  /** v1–v4: the user's own bookmarks, one record each (before v4, team lists' too). v5 moved
   *  them into `own` and deleted this store: only the upgrade steps below may name it. */
  bookmarks: {
    key: string;
    value: Bookmark;
    /** byList: v3; unused from v4 (list bookmarks moved to listRoles). */
    indexes: { byList: string };
  };
  /** v2: confirmed switches, newest first by `at`. */
  history: {
    key: string;
    value: HistoryEntry;
    indexes: { byAt: number };
  };
  /** v3: imported team lists, one record per source. */
  lists: {
    key: string;
    value: TeamList;
    indexes: { bySource: string };
  };
  /** v4: each team list's bookmarks as one record. An import writes one record, not one per
   *  role: IndexedDB's cost is per record (10 000 records took seconds, one record milliseconds). */
  listRoles: {
    key: string;
    value: ListRoles;
  };
  /** v5: the user's own bookmarks as one record (OWN_KEY), for the same reason: reading 10 000
   *  own bookmarks took ~150 ms as records and a few ms as one, and every console page's banner
   *  and every popup open reads them. */
  own: {
    key: string;
    value: OwnBookmarks;
  };
}

export const OWN_KEY = 'own';

/** The user's own bookmarks (none has a listId). */
export interface OwnBookmarks {
  id: typeof OWN_KEY;
  bookmarks: Bookmark[];
}

/** A team list's bookmarks (each keeps its listId, so readers need not know where it lived). */
export interface ListRoles {
  listId: string;
  bookmarks: Bookmark[];
}

export type Db = IDBPDatabase<SwitchRolesDB>;
type UpgradeTx = IDBPTransaction<SwitchRolesDB, StoreNames<SwitchRolesDB>[], 'versionchange'>;

/** Upgrade steps by the version they create. Never edit a released step: add one. A step that
 *  reads returns when its writes are issued. */
const UPGRADES: Record<number, (db: Db, tx: UpgradeTx) => void | Promise<void>> = {
  1: (db) => {
    db.createObjectStore('bookmarks', { keyPath: 'id' });
  },
  2: (db) => {
    const history = db.createObjectStore('history', { keyPath: 'key' });
    history.createIndex('byAt', 'at');
  },
  3: (db, tx) => {
    const lists = db.createObjectStore('lists', { keyPath: 'id' });
    lists.createIndex('bySource', 'sourceKey', { unique: true });
    tx.objectStore('bookmarks').createIndex('byList', 'listId');
  },
  4: (db, tx) => {
    const listRoles = db.createObjectStore('listRoles', { keyPath: 'listId' });
    // Move every list's bookmarks out of the bookmarks store, in this same transaction: only
    // IndexedDB requests are awaited, so it stays active, and a failure aborts the upgrade.
    const bookmarks = tx.objectStore('bookmarks');
    return bookmarks.getAll().then((all) => {
      const byList = new Map<string, Bookmark[]>();
      for (const b of all) {
        if (b.listId === undefined) continue;
        const list = byList.get(b.listId) ?? [];
        list.push(b);
        byList.set(b.listId, list);
      }
      for (const [listId, moved] of byList) {
        void listRoles.put({ listId, bookmarks: moved });
        for (const b of moved) void bookmarks.delete(b.id);
      }
    });
  },
  5: (db, tx) => {
    const own = db.createObjectStore('own', { keyPath: 'id' });
    // As in step 4: only IndexedDB requests are awaited, so the move is part of the upgrade.
    return tx
      .objectStore('bookmarks')
      .getAll()
      .then((all) => {
        if (all.length > 0) void own.put({ id: OWN_KEY, bookmarks: all });
        db.deleteObjectStore('bookmarks');
      });
  },
};

export function openDatabase(name = DB_NAME): Promise<Db> {
  return openDB<SwitchRolesDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // Each step starts once the step before has issued its requests: step 5 reads what step 4
      // left. Only IndexedDB requests come between, so the upgrade transaction stays active.
      let steps = Promise.resolve();
      for (let v = oldVersion + 1; v <= DB_VERSION; v++) {
        const step = UPGRADES[v];
        if (step) steps = steps.then(() => step(db, tx));
      }
      steps.catch((e: unknown) => {
        console.error('Switch Roles: the database upgrade failed, nothing was changed:', e);
        tx.abort();
      });
    },
    blocking(_current, _blocked, event) {
      // A newer version of the extension wants to upgrade: step aside so it can.
      (event.target as IDBDatabase).close();
      shared = null;
    },
  });
}

let shared: Promise<Db> | null = null;

/** Said when the database cannot be opened at all: the popup and options page show it. */
export function unavailableText(): string {
  return t('db_unavailable', { add: t('popup_addRole'), switch: t('form_switchNow') });
}

/** The shared connection for this context. When IndexedDB is unavailable (it throws, or the
 *  open fails) every caller gets a StorageError saying so, and the next call tries again. */
export function db(): Promise<Db> {
  if (!shared) {
    // Opened on a microtask, so that a synchronous throw becomes this promise's rejection.
    const opening: Promise<Db> = Promise.resolve()
      .then(() => openDatabase())
      .catch((e: unknown) => {
        if (shared === opening) shared = null;
        throw new StorageError(`${unavailableText()} (${e instanceof Error ? e.message : String(e)})`, 'unavailable');
      });
    shared = opening;
  }
  return shared;
}

/** A storage failure with a message a person can act on. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly kind: 'full' | 'failed' | 'unavailable',
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Runs a write and turns IndexedDB failures into StorageErrors that say what to do.
 *  `doing`: what the write does, in the UI language ("save the bookmark": doing_* messages). */
export async function writeGuard<T>(doing: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof StorageError) throw e;
    const name = e instanceof Error || e instanceof DOMException ? e.name : '';
    if (name === 'QuotaExceededError') {
      throw new StorageError(t('db_full', { doing }), 'full');
    }
    const detail = e instanceof Error ? e.message : String(e);
    throw new StorageError(t('db_refused', { doing, detail }), 'failed');
  }
}
