// Large imports write in chunks inside one transaction: everything or nothing, whatever chunk
// fails, and an import larger than a chunk lands whole.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unwrap } from 'idb';
import type { Bookmark } from '@/lib/bookmark';
import { openDatabase, type Db } from '@/lib/store/db';
import { applyImport, deleteTeamList, existingForSource, WRITE_CHUNK, writeInChunks } from '@/lib/store/teamlists';
import { listMetaOf, planImport, readTeamList } from '@/lib/teamlist';

let db: Db;
beforeEach(async () => {
  db = await openDatabase(`chunks-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

const mark = (i: number): Bookmark => ({ id: `b${i}`, account: 'acme', roleName: `r${i}`, colour: '#1565c0', favourite: false, createdAt: 1, updatedAt: 1 });

async function writeAll(items: unknown[], chunk: number, how: 'put' | 'add' = 'put') {
  const tx = db.transaction('bookmarks', 'readwrite');
  const done = tx.done.then(() => 'committed', (e: unknown) => `aborted: ${(e as Error)?.name}`);
  const written = writeInChunks(unwrap(tx.store), items, (s, b) => (how === 'put' ? s.put(b) : s.add(b)), chunk).then(() => 'ok', (e: unknown) => (e as Error).name);
  return { written: await written, done: await done };
}

describe('writeInChunks', () => {
  it('writes every item, chunk after chunk, in one transaction', { timeout: 60_000 }, async () => {
    const items = Array.from({ length: 1234 }, (_, i) => mark(i));
    expect(await writeAll(items, 100)).toEqual({ written: 'ok', done: 'committed' });
    expect(await db.count('bookmarks')).toBe(1234);
  });

  it('writes nothing when a request in a later chunk fails', { timeout: 60_000 }, async () => {
    await db.put('bookmarks', mark(999));
    const items = Array.from({ length: 1200 }, (_, i) => mark(i));
    expect(await writeAll(items, 100, 'add')).toEqual({ written: 'ConstraintError', done: expect.stringMatching(/^aborted/) });
    expect(await db.count('bookmarks')).toBe(1);
  });

  it('writes nothing when a value cannot be stored', async () => {
    const items: unknown[] = Array.from({ length: 300 }, (_, i) => mark(i));
    items[250] = { ...mark(250), bad: () => 1 };
    const tx = db.transaction('bookmarks', 'readwrite');
    await expect(writeInChunks(unwrap(tx.store), items, (s, b) => s.put(b), 100)).rejects.toMatchObject({ name: 'DataCloneError' });
    tx.abort();
    await tx.done.catch(() => undefined);
    expect(await db.count('bookmarks')).toBe(0);
  });

  it('resolves at once for nothing to write', async () => {
    expect(await writeAll([], 100)).toEqual({ written: 'ok', done: 'committed' });
  });
});

describe('an import larger than a chunk', () => {
  it('is applied whole, and removed whole', { timeout: 60_000 }, async () => {
    const n = WRITE_CHUNK * 2 + 17;
    const roles = Array.from({ length: n }, (_, i) => ({ account: 'acme', roleName: `r${i}` }));
    const read = readTeamList(JSON.stringify({ version: 1, name: 'Big', source: 'git:big', roles }));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const meta = listMetaOf(read, { kind: 'paste' });
    const plan = planImport((await existingForSource(db, meta.sourceKey)).bookmarks, read.roles, 'merge');
    const { list, written } = await applyImport(db, plan, meta);
    expect(written).toBe(n);
    expect(await db.count('bookmarks')).toBe(n);
    expect(await deleteTeamList(db, list.id)).toBe(n);
    expect(await db.count('bookmarks')).toBe(0);
  });
});
