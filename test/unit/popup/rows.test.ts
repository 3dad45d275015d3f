import { describe, expect, it } from 'vitest';
import { BookmarkMatcher, recentItems } from '../../../lib/popup/recent';
import { buildRows, ROW_HEIGHT, targetOf, type Row, type RowList } from '../../../lib/popup/rows';
import { filterGroups, indexBookmarks, queryTokens } from '../../../lib/popup/search';
import { bookmark, historyEntry, manyBookmarks } from './factories';

function allRows(rows: RowList): Row[] {
  return Array.from({ length: rows.length }, (_, i) => rows.at(i)!);
}

function describeRows(rows: RowList): string[] {
  return allRows(rows).map((r) => (r.kind === 'header' ? `# ${r.title}` : r.kind === 'bookmark' ? `b ${r.bookmark.roleName}` : `h ${r.entry.roleName}`));
}

describe('recentItems', () => {
  const byId = bookmark({ account: '1234567890123456', roleName: 'devops' });
  const byDomain = bookmark({ account: 'company2.onaliyun.com', roleName: 'Reader' });
  const intlOnly = bookmark({ account: 'company3', roleName: 'admin', site: 'intl' });
  const matcher = new BookmarkMatcher([byId, byDomain, intlOnly]);

  it.each([
    ['an alias whose ID the bookmark uses', historyEntry({ account: 'company1', accountId: '1234567890123456', roleName: 'devops' }), byId],
    ['an alias whose default domain the bookmark uses', historyEntry({ account: 'company2', roleName: 'reader' }), byDomain],
    ['the default domain of the ID', historyEntry({ account: '1234567890123456.onaliyun.com', roleName: 'DevOps' }), byId],
    ['the same role on the bookmark’s site', historyEntry({ account: 'company3', roleName: 'admin', site: 'intl' }), intlOnly],
    ['the same role on another site', historyEntry({ account: 'company3', roleName: 'admin', site: 'cn' }), undefined],
    ['an alias without its ID', historyEntry({ account: 'company1', roleName: 'devops' }), undefined],
    ['another role', historyEntry({ account: 'company1', accountId: '1234567890123456', roleName: 'ops' }), undefined],
  ])('matches %s', (_, entry, expected) => {
    expect(recentItems([entry], matcher, 5)[0]!.bookmark).toBe(expected);
    // The popup's matcher knows only the history's roles: the same answers.
    const forHistory = new BookmarkMatcher([byId, byDomain, intlOnly], undefined, [entry.roleName]);
    expect(recentItems([entry], forHistory, 5)[0]!.bookmark).toBe(expected);
  });

  it('looks up only the roles it was made for, whatever their case', () => {
    const m = new BookmarkMatcher([byId, byDomain, intlOnly], undefined, ['READER']);
    expect(recentItems([historyEntry({ account: 'company2', roleName: 'reader' })], m, 5)[0]!.bookmark).toBe(byDomain);
    expect(recentItems([historyEntry({ account: '1234567890123456', roleName: 'devops' })], m, 5)[0]!.bookmark).toBeUndefined();
  });

  it('prefers the bookmark for the entry’s site over one for any site', () => {
    const any = bookmark({ account: 'x-co', roleName: 'r' });
    const intl = bookmark({ account: 'x-co', roleName: 'r', site: 'intl' });
    const m = new BookmarkMatcher([any, intl]);
    expect(recentItems([historyEntry({ account: 'x-co', roleName: 'r', site: 'intl' })], m, 5)[0]!.bookmark).toBe(intl);
    expect(recentItems([historyEntry({ account: 'x-co', roleName: 'r', site: 'cn' })], m, 5)[0]!.bookmark).toBe(any);
  });

  it('shows a bookmark once when two entries (alias and ID) name it, and keeps to the limit', () => {
    const entries = [
      historyEntry({ account: 'company1', accountId: '1234567890123456', roleName: 'devops' }),
      historyEntry({ account: '1234567890123456', roleName: 'devops' }),
      historyEntry({ account: 'other', roleName: 'a' }),
      historyEntry({ account: 'other', roleName: 'b' }),
    ];
    expect(recentItems(entries, matcher, 2).map((i) => i.bookmark?.roleName ?? i.entry.roleName)).toEqual(['devops', 'a']);
  });
});

describe('buildRows', () => {
  const devops = bookmark({ account: 'company1', roleName: 'devops' });
  const reader = bookmark({ account: 'company1', roleName: 'reader', favourite: true });
  const billing = bookmark({ account: 'company2', roleName: 'billing' });
  const groups = indexBookmarks([devops, reader, billing]);
  const matcher = new BookmarkMatcher([devops, reader, billing]);

  it('lists groups alphabetically with favourites first', () => {
    expect(describeRows(buildRows(groups, [], false))).toEqual(['# company1', 'b reader', 'b devops', '# company2', 'b billing']);
  });

  it('puts recent roles on top and does not repeat them in their group', () => {
    const recent = recentItems(
      [historyEntry({ account: 'company2', roleName: 'billing' }), historyEntry({ account: 'company9', roleName: 'ops' })],
      matcher,
      5,
    );
    expect(describeRows(buildRows(groups, recent, false))).toEqual([
      '# Recent',
      'b billing',
      'h ops',
      '# company1',
      'b reader',
      'b devops',
      // company2's only bookmark is under Recent: no empty heading.
    ]);
  });

  it('hides recent roles while searching and shows matches in their groups', () => {
    const recent = recentItems([historyEntry({ account: 'company2', roleName: 'billing' })], matcher, 5);
    const rows = buildRows(filterGroups(groups, queryTokens('bill')), recent, true);
    expect(describeRows(rows)).toEqual(['# company2', 'b billing']);
  });

  it('lays the rows out one after another and numbers only the options', () => {
    const recent = recentItems([historyEntry({ account: 'company9', roleName: 'ops' })], matcher, 5);
    const rows = buildRows(groups, recent, false);
    expect(describeRows(rows)).toEqual(['# Recent', 'h ops', '# company1', 'b reader', 'b devops', '# company2', 'b billing']);
    expect(Array.from({ length: rows.length + 1 }, (_, i) => rows.top(i))).toEqual([0, 26, 70, 96, 140, 184, 210, 254]);
    expect(rows.height).toBe(254);
    expect(Array.from({ length: rows.length }, (_, i) => rows.position(i))).toEqual([0, 1, 0, 2, 3, 0, 4]);
    expect(rows.options).toBe(4);
    expect(rows.at(-1)).toBeUndefined();
    expect(rows.at(rows.length)).toBeUndefined();
    expect(rows.indexOfKey('group:company2')).toBe(5);
    expect(rows.indexOfKey(allRows(rows)[4]!.key)).toBe(4);
    expect(rows.indexOfKey('b:nothing')).toBe(-1);
    const none = buildRows([], [], false);
    expect([none.length, none.options, none.height, none.top(0), none.rowAt(100), none.at(0)]).toEqual([0, 0, 0, 0, 0, undefined]);
  });

  it('works out every row, top, place and key as a row-by-row layout does, for lists of any shape', () => {
    // Seeded: groups of 1–40 bookmarks (some one-row), with or without recent roles that take
    // bookmarks out of their groups (a group emptied that way has no header).
    let seed = 20261207;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 40; round++) {
      const all = Array.from({ length: 1 + Math.floor(random() * 12) }, (_, g) =>
        Array.from({ length: 1 + Math.floor(random() * (random() < 0.3 ? 2 : 40)) }, (_, k) => bookmark({ account: `co${g}`, roleName: `r${k}` })),
      ).flat();
      const history = all.filter(() => random() < 0.08).slice(0, 5).map((b) => historyEntry({ account: b.account, roleName: b.roleName }));
      const rows = buildRows(indexBookmarks(all), recentItems(history, new BookmarkMatcher(all), 5), false);
      const list = allRows(rows);
      // The reference: one pass over the rows, adding up heights and counting options.
      let y = 0;
      let options = 0;
      list.forEach((row, i) => {
        expect(rows.top(i)).toBe(y);
        expect(rows.rowAt(y)).toBe(i);
        expect(rows.rowAt(y + ROW_HEIGHT[row.kind] - 1)).toBe(i);
        expect(rows.position(i)).toBe(row.kind === 'header' ? 0 : ++options);
        expect(rows.indexOfKey(row.key)).toBe(i);
        y += ROW_HEIGHT[row.kind];
      });
      expect([rows.height, rows.top(rows.length), rows.options]).toEqual([y, y, options]);
      expect(rows.rowAt(y + 500)).toBe(rows.length - 1);
      expect(rows.rowAt(-10)).toBe(0);
      // Every bookmark once, and no header without an option under it.
      expect(list.filter((r) => r.kind === 'bookmark')).toHaveLength(all.length);
      list.forEach((row, i) => row.kind === 'header' && expect(list[i + 1]?.kind ?? 'end').not.toMatch(/header|end/));
    }
  });

  it('gives every row a unique key, even with recent roles', () => {
    const recent = recentItems([historyEntry({ account: 'company1', roleName: 'devops' })], matcher, 5);
    const rows = buildRows(indexBookmarks(manyBookmarks(500)), recent, false);
    expect(new Set(allRows(rows).map((r) => r.key)).size).toBe(rows.length);
    expect(rows.options).toBe(501);
  });

  it('lists the groups it is given as they are: no row is made per bookmark', () => {
    const indexed = indexBookmarks(manyBookmarks(500));
    const rows = buildRows(indexed, [], false);
    expect(rows.at(1)).toBe(indexed[0]!.entries[0]);
    expect(rows.at(rows.length - 1)).toBe(indexed.at(-1)!.entries.at(-1));
  });

  it('targets the bookmark with its label, colour, id and landing URL', () => {
    const b = bookmark({ account: 'company1', roleName: 'devops', displayName: 'Prod', colour: '#d32f2f', site: 'intl', landingUrl: 'https://ecs.console.alibabacloud.com/' });
    expect(targetOf({ kind: 'bookmark', key: 'k', bookmark: b })).toEqual({
      account: 'company1',
      roleName: 'devops',
      site: 'intl',
      label: 'Prod',
      colour: '#d32f2f',
      bookmarkId: b.id,
      landingUrl: 'https://ecs.console.alibabacloud.com/',
    });
    const e = historyEntry({ account: 'company9', roleName: 'ops', site: 'intl' });
    expect(targetOf({ kind: 'history', key: 'k', entry: e })).toEqual({ account: 'company9', roleName: 'ops', site: 'intl', label: 'ops' });
  });
});
