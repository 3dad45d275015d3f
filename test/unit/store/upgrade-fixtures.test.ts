// Every earlier schema version, upgraded from a database that version's own code wrote
// (test/fixtures/db/v*.json, made by make-fixtures.ts): the current code opens it and keeps
// every bookmark, history entry and list, with the current schema and working indexes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBookmarks } from '@/lib/store/bookmarks';
import { DB_VERSION, openDatabase, type Db } from '@/lib/store/db';
import { bookmarksOfList } from '@/lib/store/teamlists';

interface Fixture {
  version: number;
  writtenBy: string;
  stores: Record<string, { keyPath: string; indexes: { name: string; keyPath: string; unique: boolean }[]; records: Record<string, unknown>[] }>;
}

const DIR = join(__dirname, '../../fixtures/db');
const fixtures: Fixture[] = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture)
  .sort((a, b) => a.version - b.version);

const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Puts the fixture back as it was on disk: its version, stores, indexes and records. */
async function restore(name: string, f: Fixture): Promise<void> {
  const req = indexedDB.open(name, f.version);
  req.onupgradeneeded = () => {
    for (const [store, s] of Object.entries(f.stores)) {
      const os = req.result.createObjectStore(store, { keyPath: s.keyPath });
      for (const i of s.indexes) os.createIndex(i.name, i.keyPath, { unique: i.unique });
    }
  };
  const db = await request(req);
  const names = Object.keys(f.stores);
  const tx = db.transaction(names, 'readwrite');
  for (const store of names) for (const r of f.stores[store]!.records) tx.objectStore(store).put(r);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key));

describe('upgrading databases written by every earlier version', () => {
  it('has a fixture for every version up to the current one', () => {
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures.map((f) => [f.version, f] as const))('v%i: every bookmark, history entry and list is kept', async (_, f) => {
    const name = `fixture-upgrade-${f.version}-${crypto.randomUUID()}`;
    await restore(name, f);
    const db = await openDatabase(name);
    open.push(db);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['history', 'listRoles', 'lists', 'own']);
    for (const store of ['history', 'lists'] as const) {
      const kept = (await db.getAll(store)) as unknown as Record<string, unknown>[];
      expect(kept.sort(byId)).toEqual([...(f.stores[store]?.records ?? [])].sort(byId));
    }
    // Every bookmark, wherever that version kept it: one record each before v5 (a list's too
    // before v4), each list's in one record from v4, the own ones in one record from v5.
    const inRecords = (store: string) => (f.stores[store]?.records ?? []).flatMap((r) => r.bookmarks as Record<string, unknown>[]);
    const written = [...(f.stores.bookmarks?.records ?? []), ...inRecords('own'), ...inRecords('listRoles')];
    expect(((await listBookmarks(db)) as unknown as Record<string, unknown>[]).sort(byId)).toEqual(written.sort(byId));
    // The indexes the current code relies on work on the old records.
    const history = f.stores.history?.records ?? [];
    expect((await db.getAllFromIndex('history', 'byAt')).map((h) => h.at)).toEqual(history.map((h) => h.at as number).sort((a, b) => a - b));
    for (const list of f.stores.lists?.records ?? []) {
      const own = written.filter((b) => b.listId === list.id).map((b) => b.id);
      expect((await bookmarksOfList(db, list.id as string)).map((b) => b.id)).toEqual(own);
      expect((await db.getFromIndex('lists', 'bySource', list.sourceKey as string))?.id).toBe(list.id);
    }
  });
});
