// Every upgrade step, run on a database written by the version before it with raw IndexedDB
// exactly as that version defined it; and storage failures turned into sentences.
import { afterEach, describe, expect, it } from 'vitest';
import type { Bookmark } from '@/lib/bookmark';
import type { HistoryEntry } from '@/lib/history';
import { DB_VERSION, OWN_KEY, StorageError, openDatabase, writeGuard, type Db } from '@/lib/store/db';

const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});
const fresh = () => `upgrade-test-${crypto.randomUUID()}`;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens `name` at `version` with raw IndexedDB, running `upgrade` as that version did, then writes `records`. */
async function writeOld(name: string, version: number, upgrade: (db: IDBDatabase, tx: IDBTransaction) => void, records: Record<string, object[]>): Promise<void> {
  const req = indexedDB.open(name, version);
  req.onupgradeneeded = () => upgrade(req.result, req.transaction!);
  const db = await request(req);
  const stores = Object.keys(records);
  if (stores.length) {
    const tx = db.transaction(stores, 'readwrite');
    for (const store of stores) for (const r of records[store]!) tx.objectStore(store).put(r);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
}

/** v1: one store of bookmarks by id. */
const V1 = (db: IDBDatabase) => {
  db.createObjectStore('bookmarks', { keyPath: 'id' });
};
/** v2: v1, and the history by key with its byAt index. */
const V2 = (db: IDBDatabase) => {
  if (!db.objectStoreNames.contains('bookmarks')) V1(db);
  db.createObjectStore('history', { keyPath: 'key' }).createIndex('byAt', 'at');
};

/** v3: v2, the team lists by id (unique bySource), and byList on bookmarks. */
const V3 = (db: IDBDatabase, tx: IDBTransaction) => {
  if (!db.objectStoreNames.contains('history')) V2(db);
  db.createObjectStore('lists', { keyPath: 'id' }).createIndex('bySource', 'sourceKey', { unique: true });
  tx.objectStore('bookmarks').createIndex('byList', 'listId');
};

/** v4: v3, and each list's bookmarks in one record of listRoles by listId. */
const V4 = (db: IDBDatabase, tx: IDBTransaction) => {
  if (!db.objectStoreNames.contains('lists')) V3(db, tx);
  db.createObjectStore('listRoles', { keyPath: 'listId' });
};

const BOOKMARKS: Bookmark[] = [
  { id: 'b1', account: 'company1', roleName: 'devops', colour: '#d32f2f', favourite: true, displayName: 'Prod', createdAt: 1, updatedAt: 2 },
  { id: 'b2', account: '1234567890123456', roleName: 'readonly', colour: '#2e7d32', favourite: false, site: 'intl', createdAt: 3, updatedAt: 3 },
];
const HISTORY: HistoryEntry[] = [
  { key: 'cn|company1|devops', at: 100, site: 'cn', account: 'company1', roleName: 'devops' },
  { key: 'intl|company3|readonly', at: 200, site: 'intl', account: 'company3', accountId: '3333333333333333', roleName: 'readonly' },
];

async function openCurrent(name: string): Promise<Db> {
  const db = await openDatabase(name);
  open.push(db);
  return db;
}

/** The user's own bookmarks as stored from v5 on: one record. */
async function ownOf(db: Db): Promise<Bookmark[] | undefined> {
  return (await db.get('own', OWN_KEY))?.bookmarks;
}

/** The schema as a list a person can read. */
function schemaOf(db: Db) {
  const tx = db.transaction(['own', 'history', 'lists', 'listRoles']);
  const indexes = (store: 'own' | 'history' | 'lists' | 'listRoles') =>
    [...tx.objectStore(store).indexNames].map((i) => {
      const index = tx.objectStore(store).index(i as never);
      return `${i}(${String(index.keyPath)}${index.unique ? ', unique' : ''})`;
    });
  return {
    version: db.version,
    stores: [...db.objectStoreNames],
    own: indexes('own'),
    history: indexes('history'),
    lists: indexes('lists'),
    listRoles: indexes('listRoles'),
  };
}

const CURRENT_SCHEMA = {
  version: 5,
  stores: ['history', 'listRoles', 'lists', 'own'],
  own: [],
  history: ['byAt(at)'],
  lists: ['bySource(sourceKey, unique)'],
  listRoles: [],
};

describe('openDatabase', () => {
  it('is at version 5', () => {
    expect(DB_VERSION).toBe(5);
  });

  it('creates the current schema from nothing', async () => {
    expect(schemaOf(await openCurrent(fresh()))).toEqual(CURRENT_SCHEMA);
  });

  it('upgrades a v1 database, keeping every bookmark', async () => {
    const name = fresh();
    await writeOld(name, 1, V1, { bookmarks: BOOKMARKS });
    const db = await openCurrent(name);
    expect(schemaOf(db)).toEqual(CURRENT_SCHEMA);
    expect(await ownOf(db)).toEqual(BOOKMARKS);
    expect(await db.getAll('history')).toEqual([]);
  });

  it('upgrades a v2 database, keeping bookmarks and history', async () => {
    const name = fresh();
    await writeOld(name, 2, V2, { bookmarks: BOOKMARKS, history: HISTORY });
    const db = await openCurrent(name);
    expect(schemaOf(db)).toEqual(CURRENT_SCHEMA);
    expect(await ownOf(db)).toEqual(BOOKMARKS);
    expect(await db.getAllFromIndex('history', 'byAt')).toEqual(HISTORY);
  });

  it('upgrades a v2 database that v2 itself upgraded from v1', async () => {
    const name = fresh();
    await writeOld(name, 1, V1, { bookmarks: BOOKMARKS });
    await writeOld(name, 2, V2, { history: HISTORY });
    const db = await openCurrent(name);
    expect([(await ownOf(db))?.length, await db.count('history')]).toEqual([2, 2]);
  });

  it('upgrades a v3 database: each list’s bookmarks move into one record, own bookmarks stay', async () => {
    const name = fresh();
    const lists = [
      { id: 'l1', sourceKey: 'source:a', name: 'A', sourceKind: 'file', importedAt: 1 },
      { id: 'l2', sourceKey: 'source:b', name: 'B', sourceKind: 'url', url: 'https://lists.example.com/b.json', importedAt: 2 },
    ];
    const fromLists: Bookmark[] = [
      { ...BOOKMARKS[0]!, id: 'a1', listId: 'l1', favourite: true },
      { ...BOOKMARKS[1]!, id: 'c1', listId: 'l2' },
      { ...BOOKMARKS[1]!, id: 'a2', roleName: 'ops', listId: 'l1', group: 'Ops', tags: ['x'] },
    ];
    await writeOld(name, 3, V3, { bookmarks: [...BOOKMARKS, ...fromLists], history: HISTORY, lists });
    const db = await openCurrent(name);
    expect(schemaOf(db)).toEqual(CURRENT_SCHEMA);
    expect(await ownOf(db)).toEqual(BOOKMARKS);
    expect(await db.getAll('lists')).toEqual(lists);
    expect(await db.getAll('history')).toEqual(HISTORY);
    const byList = Object.fromEntries((await db.getAll('listRoles')).map((r) => [r.listId, r.bookmarks.map((b) => b.id).sort()]));
    expect(byList).toEqual({ l1: ['a1', 'a2'], l2: ['c1'] });
    expect((await db.get('listRoles', 'l1'))!.bookmarks.find((b) => b.id === 'a2')).toEqual(fromLists[2]);
  });

  it('upgrades a v4 database: own bookmarks move into one record, lists and history stay', async () => {
    const name = fresh();
    const lists = [{ id: 'l1', sourceKey: 'source:a', name: 'A', sourceKind: 'file', importedAt: 1 }];
    const listRoles = [{ listId: 'l1', bookmarks: [{ ...BOOKMARKS[0]!, id: 'a1', listId: 'l1' }] }];
    await writeOld(name, 4, V4, { bookmarks: BOOKMARKS, history: HISTORY, lists, listRoles });
    const db = await openCurrent(name);
    expect(schemaOf(db)).toEqual(CURRENT_SCHEMA);
    expect(await ownOf(db)).toEqual(BOOKMARKS);
    expect(await db.getAll('listRoles')).toEqual(listRoles);
    expect(await db.getAll('lists')).toEqual(lists);
    expect(await db.getAll('history')).toEqual(HISTORY);
  });

  it('upgrades a v4 database without own bookmarks to one without an own record', async () => {
    const name = fresh();
    await writeOld(name, 4, V4, { history: HISTORY });
    const db = await openCurrent(name);
    expect(schemaOf(db)).toEqual(CURRENT_SCHEMA);
    expect(await db.count('own')).toBe(0);
    expect(await db.getAll('history')).toEqual(HISTORY);
  });

  it('refuses two team lists from one source', async () => {
    const db = await openCurrent(fresh());
    const list = { id: 'l1', sourceKey: 'source:git:x', name: 'X', sourceKind: 'file', importedAt: 1 } as never;
    await db.put('lists', list);
    await expect(db.put('lists', { ...(list as object), id: 'l2' } as never)).rejects.toMatchObject({ name: 'ConstraintError' });
  });

  it('opens an up-to-date database without changing it', async () => {
    const name = fresh();
    const first = await openCurrent(name);
    await first.put('own', { id: OWN_KEY, bookmarks: [BOOKMARKS[0]!] });
    first.close();
    expect(await ownOf(await openCurrent(name))).toEqual([BOOKMARKS[0]]);
  });

  it('steps aside when a newer version of the extension opens the database', async () => {
    const name = fresh();
    await openCurrent(name);
    const req = indexedDB.open(name, DB_VERSION + 1);
    let blocked = false;
    req.onblocked = () => (blocked = true);
    const newer = await request(req);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(blocked).toBe(false);
    newer.close();
  });
});

describe('writeGuard', () => {
  it('passes the write’s result on', async () => {
    await expect(writeGuard('save the bookmark', async () => 'b1')).resolves.toBe('b1');
  });

  it('turns a full disk into a StorageError that says storage is full and nothing changed', async () => {
    const error = await writeGuard('save the bookmark', () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({
      name: 'StorageError',
      kind: 'full',
      message:
        "Could not save the bookmark: the browser's storage for this extension is full. Nothing was changed. Free disk space or delete bookmarks you no longer need, then try again.",
    });
  });

  it('knows a quota error thrown synchronously, or as a plain Error by that name', async () => {
    const quota = Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
    await expect(
      writeGuard('record the switch in the history', () => {
        throw quota;
      }),
    ).rejects.toMatchObject({ kind: 'full', message: expect.stringMatching(/^Could not record the switch in the history: .* is full\. Nothing was changed\./) });
  });

  it.each([
    ['a refused transaction', new DOMException('The transaction was aborted', 'AbortError'), 'The transaction was aborted'],
    ['a programming error', new TypeError('x is undefined'), 'x is undefined'],
    ['a thrown string', 'unknown failure', 'unknown failure'],
  ])('reports %s as a failed write that changed nothing', async (_, thrown, detail) => {
    await expect(writeGuard('delete the bookmark', () => Promise.reject(thrown))).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'failed',
      message: `Could not delete the bookmark: the browser refused to save (${detail}). Nothing was changed.`,
    });
  });

  it('passes a StorageError on unchanged', async () => {
    const inner = new StorageError('inner', 'full');
    await expect(writeGuard('x', () => Promise.reject(inner))).rejects.toBe(inner);
  });
});
