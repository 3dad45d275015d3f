// One role, one row, one banner: duplicates across the user's bookmarks and team lists, and
// accounts named by alias, domain or ID alike.
import { describe, expect, it } from 'vitest';
import { bookmarkFor, bannerFor } from '@/lib/banner';
import type { Bookmark } from '@/lib/bookmark';
import { alsoListedText, dedupeBookmarks, precedence } from '@/lib/bookmark-duplicates';
import type { Identity } from '@/lib/console/identity-types';
import { AccountNames, withLearned } from '@/lib/known-accounts';

const ID = '1111222233334444';
const b = (id: string, fields: Partial<Bookmark> = {}): Bookmark => ({ id, account: 'acme-prod', roleName: 'ops-admin', colour: '#0a7d32', favourite: false, createdAt: 1, updatedAt: 1, ...fields });
const OWN = b('own', { displayName: 'Prod ops', colour: '#c62828', createdAt: 50 });
const LISTED = b('listed', { displayName: 'Platform: prod admin', listId: 'list-1', createdAt: 10 });
const LISTED_BY_ID = b('listed-id', { account: ID, listId: 'list-2', createdAt: 5 });
const ROLE: Identity = { kind: 'role', principal: 'ops-admin/alice', roleName: 'ops-admin', sessionName: 'alice', account: 'acme-prod', accountId: ID };

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('the same role in the user’s bookmarks and in team lists', () => {
  const names = new AccountNames({ 'acme-prod': ID });

  it('the user’s own bookmark speaks for it, in any order the store returns them (200 orders)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const all = shuffled([LISTED, OWN, LISTED_BY_ID], seed);
      expect(bookmarkFor(ROLE, 'cn', all, names)?.id).toBe('own');
      const banner = bannerFor({ state: 'known', identity: ROLE }, { site: 'cn', bookmarks: all, logonBanner: 'neutral', collapsed: {}, names });
      expect(banner).toMatchObject({ text: 'Prod ops · Role ops-admin in acme-prod', colour: '#c62828' });
    }
  });

  it('lists the role once, saying where else it is listed', () => {
    const { primary, alsoListed } = dedupeBookmarks([LISTED, OWN, LISTED_BY_ID, b('other', { roleName: 'devops' })], names);
    expect(primary.map((x) => x.id)).toEqual(['own', 'other']);
    expect(alsoListed.get('own')?.map((x) => x.id)).toEqual(['listed-id', 'listed']);
    expect(alsoListedText(alsoListed.get('own')!, new Map([['list-1', 'Platform'], ['list-2', 'Security']]))).toBe('Also in 2 team lists (Security, Platform)');
  });

  it('without a learned ID, an alias and an ID are not taken for one account', () => {
    const { primary } = dedupeBookmarks([OWN, LISTED_BY_ID], new AccountNames());
    expect(primary).toHaveLength(2);
  });

  it('keeps roles pinned to different sites apart', () => {
    const { primary } = dedupeBookmarks([b('cn', { site: 'cn' }), b('intl', { site: 'intl', listId: 'l' })], names);
    expect(primary).toHaveLength(2);
  });

  it('between two lists, the older import wins; the order is total', () => {
    expect(precedence(LISTED_BY_ID, LISTED)).toBeLessThan(0);
    expect(precedence(OWN, LISTED_BY_ID)).toBeLessThan(0);
    expect(precedence(b('x'), b('y'))).toBeLessThan(0);
  });

  it('says "your bookmarks" and a single list by name', () => {
    expect(alsoListedText([b('a')], new Map())).toBe('Also in your bookmarks');
    expect(alsoListedText([LISTED], new Map([['list-1', 'Platform']]))).toBe('Also in team list “Platform”');
  });
});

describe('learned account IDs', () => {
  it('matches an alias, its default domain and its ID alike once learned', () => {
    const names = new AccountNames({ 'acme-prod': ID });
    expect(names.same('acme-prod', ID)).toBe(true);
    expect(names.same('acme-prod.onaliyun.com', `${ID}.onaliyun.com`)).toBe(true);
    expect(names.same('acme-prod', 'company1')).toBe(false);
    expect(new AccountNames().same('acme-prod', ID)).toBe(false);
  });

  it('learns only a 16-digit ID for an alias or domain, and forgets the oldest past the cap', () => {
    expect(withLearned({}, 'acme-prod.onaliyun.com', ID)).toEqual({ 'acme-prod': ID });
    expect(withLearned({}, ID, ID)).toBeNull();
    expect(withLearned({}, 'acme-prod', '123')).toBeNull();
    expect(withLearned({ 'acme-prod': ID }, 'acme-prod', ID)).toBeNull();
    let map: Record<string, string> = {};
    for (let i = 0; i < 2005; i++) map = withLearned(map, `alias-${i}`, ID) ?? map;
    expect(Object.keys(map)).toHaveLength(2000);
    expect(map['alias-0']).toBeUndefined();
    expect(map['alias-2004']).toBe(ID);
  });
});
