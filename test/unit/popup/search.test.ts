import { describe, expect, it } from 'vitest';
import { filterGroups, indexBookmarks, queryTokens, searchText } from '../../../lib/popup/search';
import { bookmark, manyBookmarks } from './factories';

describe('queryTokens', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['Dev', ['dev']],
    ['  prod   ADMIN ', ['prod', 'admin']],
    ['a\tb\nc', ['a', 'b', 'c']],
  ])('%j → %j', (query, tokens) => expect(queryTokens(query)).toEqual(tokens));
});

describe('filterGroups', () => {
  const bookmarks = [
    bookmark({ account: 'company1', roleName: 'devops', displayName: 'Prod admin', tags: ['oncall'] }),
    bookmark({ account: 'company1', roleName: 'reader' }),
    bookmark({ account: '1234567890123456', roleName: 'devops', group: 'Staging' }),
    bookmark({ account: 'company2', roleName: 'billing', favourite: true }),
  ];
  const groups = indexBookmarks(bookmarks);
  const names = (query: string) =>
    filterGroups(groups, queryTokens(query)).map((g) => `${g.name}: ${g.entries.map((e) => e.bookmark.roleName).join(',')}`);

  it.each([
    ['', ['company1: devops,reader', 'company2: billing', 'Staging: devops']],
    ['DEVOPS', ['company1: devops', 'Staging: devops']],
    ['prod adm', ['company1: devops']], // label, any case
    ['staging', ['Staging: devops']], // group
    ['1234', ['Staging: devops']], // account ID
    ['oncall', ['company1: devops']], // tag
    ['company1 reader', ['company1: reader']], // tokens match different fields
    ['devops company2', []], // every token must match
    ['xyz', []],
  ])('%j', (query, expected) => expect(names(query)).toEqual(expected));

  it('does not match a token across two fields', () => {
    const [b] = [bookmark({ account: 'abc', roleName: 'def' })];
    expect(searchText(b!)).not.toContain('cd');
    expect(filterGroups(indexBookmarks([b!]), ['cd'])).toEqual([]);
  });

  it('keeps favourites first inside a group', () => {
    const list = indexBookmarks([
      bookmark({ account: 'a', roleName: 'zeta', favourite: true }),
      bookmark({ account: 'a', roleName: 'alpha' }),
      bookmark({ account: 'a', roleName: 'beta', favourite: true }),
    ]);
    expect(filterGroups(list, ['a'])[0]!.entries.map((e) => e.bookmark.roleName)).toEqual(['beta', 'zeta', 'alpha']);
  });

  it('lists a group every entry matches as it is, and never changes the groups it was given', () => {
    const groups = indexBookmarks([
      bookmark({ account: 'a', roleName: 'ops-1' }),
      bookmark({ account: 'a', roleName: 'ops-2' }),
      bookmark({ account: 'b', roleName: 'ops-3' }),
      bookmark({ account: 'b', roleName: 'dev-1' }),
      bookmark({ account: 'b', roleName: 'ops-4' }),
    ]);
    const before = groups.map((g) => g.entries.map((e) => e.key));
    const [a, b] = filterGroups(groups, ['ops']);
    expect(a).toBe(groups[0]);
    expect(b).not.toBe(groups[1]);
    expect(b!.entries.map((e) => e.bookmark.roleName)).toEqual(['ops-3', 'ops-4']);
    expect(filterGroups(groups, ['ops'], 1)[0]!.entries.map((e) => e.bookmark.roleName)).toEqual(['ops-1']);
    expect(groups.map((g) => g.entries.map((e) => e.key))).toEqual(before);
  });

  // Its speed is measured by `npm run bench` (a timing assertion would be flaky on a shared machine).
  it('filters 5 000 bookmarks by every token', () => {
    const big = indexBookmarks(manyBookmarks(5000));
    const count = (q: string) => filterGroups(big, queryTokens(q)).reduce((n, g) => n + g.entries.length, 0);
    expect(count('role')).toBe(5000);
    // role-12, role-120 … role-129, role-1200 … role-1299.
    expect(count('role-12')).toBe(111);
    expect(count('account-001 role-1')).toBe(count('account-001') - filterGroups(big, queryTokens('account-001'))[0]!.entries.filter((e) => !e.text.includes('role-1')).length);
  });

  it.each([['role'], ['role-12'], ['account-001 role-1'], ['prod'], ['nothing like it']])('with a limit: the start of the full answer for %j', (query) => {
    const big = indexBookmarks(manyBookmarks(2000));
    const flat = (groups: ReturnType<typeof filterGroups>) => groups.flatMap((g) => g.entries.map((e) => `${g.name}/${e.key}`));
    const full = flat(filterGroups(big, queryTokens(query)));
    for (const limit of [1, 7, 40, 5000]) expect(flat(filterGroups(big, queryTokens(query), limit))).toEqual(full.slice(0, limit));
  });
});
