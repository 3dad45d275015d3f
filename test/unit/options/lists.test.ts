// The imported lists table, the export's groups, and what a list's export is named.
import { describe, expect, it } from 'vitest';
import type { Bookmark } from '@/lib/bookmark';
import { countByList, exportGroups, exportOptionsOfList, listRows, listSourceLabel } from '@/lib/options/lists';
import type { TeamList } from '@/lib/teamlist';

const list = (fields: Partial<TeamList>): TeamList => ({ id: 'L', sourceKey: 'paste', name: 'List', sourceKind: 'paste', importedAt: 0, ...fields });
let n = 0;
const bm = (fields: Partial<Bookmark> & Pick<Bookmark, 'account' | 'roleName'>): Bookmark => ({
  id: `b${++n}`,
  colour: '#1565c0',
  favourite: false,
  createdAt: 0,
  updatedAt: 0,
  ...fields,
});

describe('listSourceLabel', () => {
  it.each([
    [list({ sourceKind: 'file', sourceKey: 'file:team.json' }), 'File team.json'],
    [list({ sourceKind: 'file', sourceKey: 'source:git:acme/roles.json' }), 'File, source "git:acme/roles.json"'],
    [list({ sourceKind: 'paste', sourceKey: 'source:git:acme/roles.json' }), 'Pasted text, source "git:acme/roles.json"'],
    [list({ sourceKind: 'url', sourceKey: 'url:https://a.example/t.json', url: 'https://a.example/t.json' }), 'https://a.example/t.json'],
    [list({ sourceKind: 'paste' }), 'Pasted text'],
    [list({ sourceKind: 'cli-config', sourceKey: 'cli-config' }), 'Alibaba Cloud CLI config'],
  ])('%j → %s', (l, label) => {
    expect(listSourceLabel(l)).toBe(label);
  });
});

describe('listRows', () => {
  it('orders lists by name and counts each one\'s bookmarks (not the user\'s own)', () => {
    const counts = countByList([bm({ account: 'x', roleName: 'r1', listId: 'a' }), bm({ account: 'x', roleName: 'r2', listId: 'a' }), bm({ account: 'x', roleName: 'mine' })]);
    expect(counts).toEqual({ a: 2 });
    const rows = listRows([list({ id: 'b', name: 'Beta' }), list({ id: 'a', name: 'alpha' })], counts, 'en');
    expect(rows.map((r) => [r.list.name, r.roles])).toEqual([
      ['alpha', 2],
      ['Beta', 0],
    ]);
    expect(rows[0]!.importedAt).toMatch(/1970/);
  });
});

describe('exportOptionsOfList', () => {
  it.each([
    [list({ name: 'Platform', sourceKey: 'source:git:acme/roles.json' }), { name: 'Platform', source: 'git:acme/roles.json' }],
    [list({ name: 'Platform', sourceKey: 'name:Platform' }), { name: 'Platform' }],
    [list({ name: 'team', sourceKey: 'file:team.json' }), { name: 'team' }],
  ])('%j → %j', (l, options) => {
    expect(exportOptionsOfList(l)).toEqual(options);
  });
});

describe('exportGroups', () => {
  it('lists each group once (group, else account), by name, with its size', () => {
    const groups = exportGroups(
      [bm({ account: 'acme', roleName: 'a', group: 'Prod' }), bm({ account: 'acme', roleName: 'b' }), bm({ account: 'zeta', roleName: 'c', group: 'Prod' })],
      'en',
    );
    expect(groups).toEqual([
      { name: 'acme', count: 1 },
      { name: 'Prod', count: 2 },
    ]);
  });
});
