import { describe, expect, it } from 'vitest';
import { BookmarkMatcher, recentItems } from '../../../lib/popup/recent';
import { buildRows, layoutRows, targetOf, type Row } from '../../../lib/popup/rows';
import { filterGroups, indexBookmarks, queryTokens } from '../../../lib/popup/search';
import { bookmark, historyEntry, manyBookmarks } from './factories';

function describeRows(rows: readonly Row[]): string[] {
  return rows.map((r) => (r.kind === 'header' ? `# ${r.title}` : r.kind === 'bookmark' ? `b ${r.bookmark.roleName}` : `h ${r.entry.roleName}`));
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
    const { offsets, position, options } = layoutRows(rows);
    expect([...offsets]).toEqual([0, 26, 70, 96, 140, 184, 210, 254]);
    expect([...position]).toEqual([0, 1, 0, 2, 3, 0, 4]);
    expect(options).toBe(4);
    expect(layoutRows([])).toEqual({ offsets: Float64Array.from([0]), position: new Int32Array(0), options: 0 });
  });

  it('gives every row a unique key, even with recent roles', () => {
    const recent = recentItems([historyEntry({ account: 'company1', roleName: 'devops' })], matcher, 5);
    const rows = buildRows(indexBookmarks(manyBookmarks(500)), recent, false);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(layoutRows(rows).options).toBe(501);
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
