// The preview as plain data: counts, per-group lines, field changes, and what it says when
// there is nothing to change.
import { describe, expect, it } from 'vitest';
import type { Bookmark } from '@/lib/bookmark';
import type { PreparedImport } from '@/lib/options/import';
import { fieldText, previewView } from '@/lib/options/preview';
import { listMetaOf, planImport, readTeamList, type ImportMode, type TeamList } from '@/lib/teamlist';

let n = 0;
function stored(fields: Partial<Bookmark> & Pick<Bookmark, 'account' | 'roleName'>): Bookmark {
  n++;
  return { id: `b${n}`, colour: '#1565c0', favourite: false, createdAt: n, updatedAt: n, listId: 'L', ...fields };
}

const LIST: TeamList = { id: 'L', sourceKey: 'name:Platform', name: 'Platform', sourceKind: 'file', importedAt: 1 };

function prepare(roles: object[], existing: Bookmark[], mode: ImportMode = 'merge'): PreparedImport {
  const read = readTeamList(JSON.stringify({ version: 1, name: 'Platform', roles }));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const origin = { kind: 'file' as const, fileName: 'platform.json' };
  return {
    read,
    origin,
    meta: listMetaOf(read, origin),
    existing: existing.length ? { list: LIST, bookmarks: existing } : { bookmarks: [] },
    plan: planImport(existing, read.roles, mode),
  };
}

describe('previewView', () => {
  it('a new list: everything added, per group, with display name, role and account', () => {
    const v = previewView(prepare([{ account: 'acme', roleName: 'dev', displayName: 'Developer', group: 'Dev', site: 'intl' }, { account: 'acme', roleName: 'ops' }], []));
    expect(v).toMatchObject({ listName: 'Platform', listLine: 'A new list', sourceLine: 'File platform.json', countsLine: '2 added · 0 changed · 0 unchanged', nothingToChange: null });
    expect(v.groups.map((g) => g.name)).toEqual(['acme', 'Dev']);
    expect(v.groups[1]!.added).toEqual([{ key: '1:a:0', label: 'Developer', detail: 'role dev · account acme · International' }]);
    expect(v.groups[0]!.added[0]).toMatchObject({ label: 'ops', detail: 'role ops · account acme' });
  });

  it('an update: changed fields from what to what, unchanged, and kept (merge) or removed (replace)', () => {
    const existing = [
      stored({ account: 'acme', roleName: 'dev', displayName: 'Dev', tags: ['a'] }),
      stored({ account: 'acme', roleName: 'ops' }),
      stored({ account: 'acme', roleName: 'old' }),
    ];
    const roles = [{ account: 'acme', roleName: 'dev', displayName: 'Developer', colour: '#D32F2F' }, { account: 'acme', roleName: 'ops' }];
    const merge = previewView(prepare(roles, existing));
    expect(merge.listLine).toBe('Updates your list "Platform" (3 roles now)');
    expect(merge.countsLine).toBe('0 added · 1 changed · 1 unchanged · 1 kept (not in this document)');
    const [acme] = merge.groups;
    expect(acme!.changed).toEqual([
      expect.objectContaining({
        label: 'Developer',
        fields: 'display name, colour, tags',
        changes: [
          { field: 'display name', before: 'Dev', after: 'Developer' },
          { field: 'colour', before: '#1565c0', after: '#d32f2f' },
          { field: 'tags', before: 'a', after: '(none)' },
        ],
      }),
    ]);
    expect(acme!.unchanged.map((l) => l.label)).toEqual(['ops']);
    expect(acme!.kept.map((l) => l.label)).toEqual(['old']);
    expect(acme!.removed).toEqual([]);

    const replace = previewView(prepare(roles, existing, 'replace'));
    expect(replace.countsLine).toBe('0 added · 1 changed · 1 unchanged · 1 removed');
    expect(replace.groups[0]!.removed.map((l) => l.label)).toEqual(['old']);
    expect(replace.groups[0]!.kept).toEqual([]);
  });

  it.each([
    [[{ account: 'acme', roleName: 'dev' }], 'Nothing to change: its one role is unchanged.'],
    [[{ account: 'acme', roleName: 'dev' }, { account: 'acme', roleName: 'ops' }], 'Nothing to change: all 2 roles are unchanged.'],
  ])('says when there is nothing to change (%#)', (roles, text) => {
    const existing = roles.map((r) => stored(r));
    expect(previewView(prepare(roles, existing)).nothingToChange).toBe(text);
  });

  it('says when a document has no roles', () => {
    expect(previewView(prepare([], [])).nothingToChange).toBe('The document has no roles: there is nothing to import.');
  });

  it('keeps text as it is: HTML is data, shown by the component as text', () => {
    const v = previewView(prepare([{ account: 'acme', roleName: 'dev', displayName: '<img src=x onerror=alert(1)>', group: '<b>x</b>' }], []));
    expect(v.groups[0]).toMatchObject({ name: '<b>x</b>', added: [{ label: '<img src=x onerror=alert(1)>' }] });
  });
});

describe('fieldText', () => {
  it.each([
    ['displayName', undefined, '(none)'],
    ['displayName', '', '(none)'],
    ['site', 'cn', 'China'],
    ['site', 'intl', 'International'],
    ['tags', ['a', 'b'], 'a, b'],
    ['tags', [], '(none)'],
    ['colour', '#d32f2f', '#d32f2f'],
  ] as const)('%s %j → %s', (field, value, text) => {
    expect(fieldText(field, value)).toBe(text);
  });
});
