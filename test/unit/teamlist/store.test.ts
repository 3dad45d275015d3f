// Applying an import to IndexedDB (fake-indexeddb): one transaction, all or nothing, and a
// list re-imported from the same source updated rather than duplicated.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bookmark } from '@/lib/bookmark';
import { openDatabase, StorageError, type Db } from '@/lib/store/db';
import { listBookmarks, updateBookmark } from '@/lib/store/bookmarks';
import { applyImport, bookmarksOfList, deleteTeamList, existingForSource, listTeamLists } from '@/lib/store/teamlists';
import { listMetaOf, planImport, readTeamList, type ImportMode } from '@/lib/teamlist';
import { putOwnBookmarks } from '../store/own-record';

let db: Db;
let ids = 0;
const newId = () => `id-${++ids}`;

beforeEach(async () => {
  ids = 0;
  db = await openDatabase(`teamlists-test-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

const doc = (roles: object[], extra: object = {}) => JSON.stringify({ version: 1, name: 'Platform', source: 'git:platform/roles.json', ...extra, roles });

/** What a person does: read, preview against what is stored, apply. */
async function importText(text: string, mode: ImportMode = 'merge', now = 1000) {
  const read = readTeamList(text);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const meta = listMetaOf(read, { kind: 'file', fileName: 'roles.json' });
  const { bookmarks } = await existingForSource(db, meta.sourceKey);
  const plan = planImport(bookmarks, read.roles, mode);
  return { plan, meta, result: await applyImport(db, plan, meta, { now, newId }) };
}

async function snapshot() {
  return { lists: await db.getAll('lists'), bookmarks: await listBookmarks(db) };
}

describe('applyImport', () => {
  it('stores a new list and its bookmarks', async () => {
    const { result } = await importText(doc([{ account: 'acme', roleName: 'dev' }, { account: 'acme', roleName: 'ops', group: 'Ops' }]));
    expect(result).toMatchObject({ written: 2, removed: 0 });
    expect(await listTeamLists(db)).toEqual([{ id: 'id-1', sourceKey: 'source:git:platform/roles.json', name: 'Platform', sourceKind: 'file', importedAt: 1000 }]);
    const stored = await bookmarksOfList(db, 'id-1');
    expect(stored.map((b) => [b.roleName, b.group, b.listId, b.favourite])).toEqual([
      ['dev', undefined, 'id-1', false],
      ['ops', 'Ops', 'id-1', false],
    ]);
  });

  it('updates the same list when its source is imported again, keeping ids, dates and favourites', async () => {
    await importText(doc([{ account: 'acme', roleName: 'dev' }, { account: 'acme', roleName: 'ops' }]));
    const [dev] = (await listBookmarks(db)).filter((b) => b.roleName === 'dev');
    await updateBookmark(db, dev!.id, { favourite: true }, 1500);

    const { plan } = await importText(doc([{ account: 'acme', roleName: 'dev', colour: '#d32f2f' }, { account: 'acme', roleName: 'new' }], { name: 'Platform (renamed)' }), 'merge', 2000);
    expect(plan.changed.map((c) => c.fields)).toEqual([['colour']]);

    const lists = await listTeamLists(db);
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ id: 'id-1', name: 'Platform (renamed)', importedAt: 2000 });
    const after = await bookmarksOfList(db, 'id-1');
    expect(after.map((b) => b.roleName).sort()).toEqual(['dev', 'new', 'ops']); // merge kept "ops"
    const devAfter = after.find((b) => b.roleName === 'dev')!;
    expect(devAfter).toMatchObject({ id: dev!.id, createdAt: 1000, updatedAt: 2000, favourite: true, colour: '#d32f2f', listId: 'id-1' });
  });

  it('replace removes what the document no longer has, and leaves other lists and own bookmarks alone', async () => {
    const own: Bookmark = { id: 'own', account: 'acme', roleName: 'dev', colour: '#000000', favourite: true, createdAt: 1, updatedAt: 1 };
    await putOwnBookmarks(db, [own]);
    await importText(doc([{ account: 'other', roleName: 'x' }], { source: 'other-list' }));
    await importText(doc([{ account: 'acme', roleName: 'dev' }, { account: 'acme', roleName: 'ops' }]));

    const { result } = await importText(doc([{ account: 'acme', roleName: 'ops' }]), 'replace');
    expect(result.removed).toBe(1);
    const all = await listBookmarks(db);
    expect(all.map((b) => `${b.listId ?? 'own'}:${b.account}/${b.roleName}`).sort()).toEqual(['id-1:other/x', 'id-3:acme/ops', 'own:acme/dev']);
  });

  it('stores a CLI config as one list, whatever the file is called', async () => {
    const cli = JSON.stringify({ profiles: [{ name: 'p', mode: 'RamRoleArn', ram_role_arn: 'acs:ram::1234567890123456:role/admin', access_key_id: 'LTAI5tFAKEFAKEFAKE0000000' }] });
    const read = readTeamList(cli);
    if (!read.ok) throw new Error('refused');
    const meta = listMetaOf(read, { kind: 'file', fileName: 'config.json' });
    expect(meta).toEqual({ sourceKey: 'cli-config', name: 'Alibaba Cloud CLI profiles', sourceKind: 'cli-config' });
    await applyImport(db, planImport([], read.roles), meta, { newId });
    expect(JSON.stringify(await snapshot())).not.toContain('LTAI');
  });

  it('changes nothing when a write fails part-way', async () => {
    await importText(doc([{ account: 'acme', roleName: 'dev' }, { account: 'acme', roleName: 'ops' }]));
    const before = await snapshot();
    const read = readTeamList(doc([{ account: 'acme', roleName: 'dev', colour: '#d32f2f' }, { account: 'acme', roleName: 'a' }, { account: 'acme', roleName: 'b' }]));
    if (!read.ok) throw new Error('refused');
    const { bookmarks } = await existingForSource(db, 'source:git:platform/roles.json');
    const plan = planImport(bookmarks, read.roles, 'replace');
    // The third put cannot be stored (a function cannot be cloned): it throws after two
    // requests have been issued.
    (plan.added[1] as unknown as Record<string, unknown>).poison = () => {};
    const meta = { sourceKey: 'source:git:platform/roles.json', name: 'Changed', sourceKind: 'file' as const };
    await expect(applyImport(db, plan, meta, { newId })).rejects.toBeInstanceOf(StorageError);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a plan made before the list changed, and changes nothing', async () => {
    await importText(doc([{ account: 'acme', roleName: 'dev' }]));
    const read = readTeamList(doc([{ account: 'acme', roleName: 'dev', colour: '#000000' }]));
    if (!read.ok) throw new Error('refused');
    const { bookmarks } = await existingForSource(db, 'source:git:platform/roles.json');
    const plan = planImport(bookmarks, read.roles);
    // Another window edits the list after the preview.
    await updateBookmark(db, bookmarks[0]!.id, { displayName: 'edited' }, 99);
    const before = await snapshot();
    await expect(applyImport(db, plan, { sourceKey: 'source:git:platform/roles.json', name: 'P', sourceKind: 'file' })).rejects.toThrow(/changed since the preview/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('deleteTeamList', () => {
  it('removes the list and only its bookmarks', async () => {
    await importText(doc([{ account: 'acme', roleName: 'dev' }, { account: 'acme', roleName: 'ops' }]));
    await importText(doc([{ account: 'other', roleName: 'x' }], { source: 'other' }));
    expect(await deleteTeamList(db, 'id-1')).toBe(2);
    expect((await listTeamLists(db)).map((l) => l.sourceKey)).toEqual(['source:other']);
    expect((await listBookmarks(db)).map((b) => b.account)).toEqual(['other']);
    expect(await bookmarksOfList(db, 'id-1')).toEqual([]);
  });
});
