// An import as the options page runs it (fake-indexeddb): read, preview against what is
// stored, change mode, apply; nothing written before applying; a stale preview refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPrepared, importSummary, originLabel, prepareImport, previewAgain, withMode, type PreparedImport } from '@/lib/options/import';
import { openDatabase, StorageError, type Db } from '@/lib/store/db';
import { listTeamLists } from '@/lib/store/teamlists';
import type { ImportOrigin } from '@/lib/teamlist';
import { readFileSync } from 'node:fs';
import { listBookmarks } from '@/lib/store/bookmarks';

let db: Db;
beforeEach(async () => {
  db = await openDatabase(`options-import-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

const doc = (roles: object[], extra: object = { name: 'Platform', source: 'git:platform' }) => JSON.stringify({ version: 1, ...extra, roles });
const DEV = { account: 'acme', roleName: 'dev', group: 'Dev' };
const OPS = { account: 'acme', roleName: 'ops', group: 'Ops' };
const FILE: ImportOrigin = { kind: 'file', fileName: 'platform.json' };

async function prepared(text: string, origin = FILE, mode: 'merge' | 'replace' = 'merge'): Promise<PreparedImport> {
  const r = await prepareImport(db, text, origin, mode);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.prepared;
}

async function stored() {
  return { lists: await db.getAll('lists'), bookmarks: await listBookmarks(db) };
}

describe('prepareImport', () => {
  it('plans a new list and writes nothing', async () => {
    const p = await prepared(doc([DEV, OPS]));
    expect(p.existing).toEqual({ list: undefined, bookmarks: [] });
    expect(p.meta).toEqual({ sourceKey: 'source:git:platform', name: 'Platform', sourceKind: 'file' });
    expect(p.plan.added).toHaveLength(2);
    expect(await stored()).toEqual({ lists: [], bookmarks: [] });
  });

  it('returns the problems of a refused document, and writes nothing', async () => {
    const r = await prepareImport(db, '{"version": 1, "roles": [{"account": "Bad_Alias", "roleName": "x"}]}', { kind: 'paste' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.path).toBe('roles[0].account');
    expect(await stored()).toEqual({ lists: [], bookmarks: [] });
  });

  it('finds the list a re-import updates, whatever way it arrives', async () => {
    await applyPrepared(db, await prepared(doc([DEV, OPS])));
    const again = await prepared(doc([DEV]), { kind: 'paste' });
    expect(again.existing.list?.name).toBe('Platform');
    expect(again.existing.bookmarks).toHaveLength(2);
    expect(again.plan).toMatchObject({ mode: 'merge', added: [], changed: [] });
    expect(again.plan.unchanged).toHaveLength(1);
    expect(again.plan.kept).toHaveLength(1);
  });
});

describe('withMode', () => {
  it('plans again from the same stored state: removed only for replace', async () => {
    await applyPrepared(db, await prepared(doc([DEV, OPS])));
    const merge = await prepared(doc([DEV]));
    const replace = withMode(merge, 'replace');
    expect(replace.plan.removed.map((b) => b.roleName)).toEqual(['ops']);
    expect(replace.plan.kept).toEqual([]);
    expect(withMode(replace, 'merge').plan.removed).toEqual([]);
    expect(withMode(merge, 'merge')).toBe(merge);
  });
});

describe('applyPrepared', () => {
  it('applies the plan and reports it', async () => {
    await applyPrepared(db, await prepared(doc([DEV, OPS])));
    const p = withMode(await prepared(doc([{ ...DEV, displayName: 'Developer' }, { account: 'acme', roleName: 'qa' }])), 'replace');
    const result = await applyPrepared(db, p, 5000);
    expect(importSummary(p, result)).toBe('Imported "Platform": 1 added, 1 changed, 1 removed.');
    expect(await listTeamLists(db)).toMatchObject([{ name: 'Platform', importedAt: 5000 }]);
    expect((await listBookmarks(db)).map((b) => b.roleName).sort()).toEqual(['dev', 'qa']);
  });

  it('refuses a preview the list has changed since, and changes nothing', async () => {
    const first = await prepared(doc([DEV]));
    const second = await prepared(doc([DEV, OPS]));
    await applyPrepared(db, first);
    const before = await stored();
    await expect(applyPrepared(db, second)).rejects.toThrow(StorageError);
    await expect(applyPrepared(db, second)).rejects.toThrow(/preview the import again/);
    expect(await stored()).toEqual(before);
  });

  it('previewing again plans against what is stored now, in the same mode, and then applies', async () => {
    const stale = withMode(await prepared(doc([DEV])), 'replace');
    await applyPrepared(db, await prepared(doc([DEV, OPS])));
    const fresh = await previewAgain(db, stale);
    expect(fresh.plan.mode).toBe('replace');
    expect(fresh.plan.removed.map((b) => b.roleName)).toEqual(['ops']);
    expect(await applyPrepared(db, fresh)).toMatchObject({ removed: 1 });
  });
});

describe('originLabel', () => {
  it.each<[ImportOrigin, string]>([
    [{ kind: 'file', fileName: 'team.json' }, 'File team.json'],
    [{ kind: 'file' }, 'A file'],
    [{ kind: 'paste' }, 'Pasted text'],
    [{ kind: 'url', url: 'https://a.example/t.json' }, 'Fetched from https://a.example/t.json'],
  ])('%j → %s', async (origin, label) => {
    expect(originLabel(await prepared(doc([DEV]), origin))).toBe(label);
  });

  it("names the CLI's config and counts its role profiles", async () => {
    const text = readFileSync('test/fixtures/teamlist/good/cli-config.json', 'utf8');
    const p = await prepared(text, { kind: 'file', fileName: 'config.json' });
    expect(originLabel(p)).toBe('Alibaba Cloud CLI config: 2 role profiles');
    expect(p.meta).toMatchObject({ sourceKey: 'cli-config', sourceKind: 'cli-config' });
    expect(p.read.warnings.some((w) => w.secret)).toBe(true);
  });
});
