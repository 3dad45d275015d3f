// How the identity banner and the toolbar badge look for what a page reported.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_COLOUR, STALE_COLOUR, UNKNOWN_COLOUR, badgeFor, bannerFor, bookmarkFor, collapseKeyOf, type BannerContext } from '@/lib/banner';
import type { Bookmark } from '@/lib/bookmark';
import { colourForAccount } from '@/lib/colour';
import type { Identity, IdentityReading } from '@/lib/console/identity-types';
import { translator } from '@/lib/i18n';

const ID = '1234567890123456';
let n = 0;
const bm = (fields: Partial<Bookmark> & Pick<Bookmark, 'account' | 'roleName'>): Bookmark => ({
  id: `b${++n}`,
  colour: '#d32f2f',
  favourite: false,
  createdAt: 0,
  updatedAt: 0,
  ...fields,
});
const role = (roleName: string, account?: string, accountId?: string): Identity => ({
  kind: 'role',
  principal: `${roleName}/alice`,
  roleName,
  sessionName: 'alice',
  ...(account ? { account } : {}),
  ...(accountId ? { accountId } : {}),
});
const known = (identity: Identity): IdentityReading => ({ state: 'known', identity });
const ALICE: Identity = { kind: 'user', principal: 'alice@company2.onaliyun.com', account: 'company2' };
const UNKNOWN: IdentityReading = { state: 'unknown', reason: 'the page shows no current identity in its top bar' };
/** The banner's own words, as the background sends them (English here). */
const words = (tag: string) => ({ label: 'Alibaba Cloud identity', tag, hide: 'Hide', hideLabel: 'Hide identity banner', show: 'Show identity', showLabel: 'Show identity banner' });
const ctx = (fields: Partial<BannerContext> = {}): BannerContext => ({ site: 'cn', bookmarks: [], logonBanner: 'neutral', collapsed: {}, ...fields });

describe('bookmarkFor: the bookmark that names the identity on this site', () => {
  const identity = role('devops', 'company1', ID);

  it.each<[string, Partial<Bookmark> & Pick<Bookmark, 'account' | 'roleName'>]>([
    ['by alias', { account: 'company1', roleName: 'devops' }],
    ['by default domain, any case', { account: 'Company1.onaliyun.com', roleName: 'DevOps' }],
    ['by account ID', { account: ID, roleName: 'devops' }],
    ['by the ID’s default domain', { account: `${ID}.onaliyun.com`, roleName: 'devops' }],
    ['on this site', { account: 'company1', roleName: 'devops', site: 'cn' }],
  ])('finds it %s', (_, fields) => {
    const b = bm(fields);
    expect(bookmarkFor(identity, 'cn', [b])).toBe(b);
  });

  it.each<[string, Partial<Bookmark> & Pick<Bookmark, 'account' | 'roleName'>]>([
    ['for another role', { account: 'company1', roleName: 'ops' }],
    ['for another account', { account: 'company2', roleName: 'devops' }],
    ['for another account ID', { account: '2222222222222222', roleName: 'devops' }],
    ['for the other site', { account: 'company1', roleName: 'devops', site: 'intl' }],
  ])('does not take a bookmark %s', (_, fields) => {
    expect(bookmarkFor(identity, 'cn', [bm(fields)])).toBeUndefined();
  });

  it('does not match an ID bookmark when the page does not show the ID', () => {
    expect(bookmarkFor(role('devops', 'company1'), 'cn', [bm({ account: ID, roleName: 'devops' })])).toBeUndefined();
  });

  it('has no bookmark for a user or root identity', () => {
    expect(bookmarkFor(ALICE, 'cn', [bm({ account: 'company2', roleName: 'alice' })])).toBeUndefined();
  });
});

describe('bannerFor', () => {
  it('shows a bookmarked role in the bookmark’s colour, with its name', () => {
    const b = bm({ account: 'company1', roleName: 'devops', displayName: 'Production', colour: '#d32f2f' });
    expect(bannerFor(known(role('devops', 'company1')), ctx({ bookmarks: [b] }))).toEqual({
      tone: 'role',
      colour: '#d32f2f',
      text: 'Production · Role devops in company1',
      collapsed: false,
      collapseKey: 'cn|company1',
      words: words('Role'),
    });
  });

  it('shows a role without a bookmark in the account’s own colour', () => {
    expect(bannerFor(known(role('devops', 'company1')), ctx())).toEqual({
      tone: 'role',
      colour: colourForAccount('company1'),
      text: 'Role devops in company1',
      collapsed: false,
      collapseKey: 'cn|company1',
      words: words('Role'),
    });
  });

  it('gives an account the same colour and collapse key by alias or default domain', () => {
    const byAlias = bannerFor(known(role('devops', 'company1')), ctx());
    const byDomain = bannerFor(known(role('ops', 'company1.onaliyun.com')), ctx());
    expect([byDomain?.colour, byDomain?.collapseKey]).toEqual([byAlias?.colour, byAlias?.collapseKey]);
  });

  it('uses the account ID when the page shows no account', () => {
    expect(bannerFor(known(role('devops', undefined, ID)), ctx())).toMatchObject({ text: `Role devops in ${ID}`, colour: colourForAccount(ID), collapseKey: `cn|${ID}` });
  });

  it('shows the logon identity in a neutral banner, or none when the user chose so', () => {
    expect(bannerFor(known(ALICE), ctx())).toEqual({
      tone: 'logon',
      colour: NEUTRAL_COLOUR,
      text: 'Logon identity: alice@company2.onaliyun.com',
      collapsed: false,
      collapseKey: 'cn|logon',
      words: words('Logon'),
    });
    expect(bannerFor(known(ALICE), ctx({ logonBanner: 'none' }))).toBeNull();
    expect(bannerFor(known({ kind: 'root', principal: 'company2@aliyun-test.com' }), ctx())).toMatchObject({ tone: 'logon', text: 'Logon identity: company2@aliyun-test.com' });
  });

  it('says when it cannot tell who is acting, and why — even with no logon banner', () => {
    const expected = {
      tone: 'unknown',
      colour: UNKNOWN_COLOUR,
      text: 'Cannot tell which identity this page acts as: the page shows no current identity in its top bar.',
      collapsed: false,
      collapseKey: 'cn|unknown',
      words: words('Unknown'),
    };
    expect(bannerFor(UNKNOWN, ctx())).toEqual(expected);
    expect(bannerFor(UNKNOWN, ctx({ logonBanner: 'none' }))).toEqual(expected);
  });

  it('warns that a page is out of date once another tab switched, and never hides it', () => {
    const style = bannerFor(known(role('devops', 'company1')), ctx({ newerIdentity: role('ops', 'company2'), collapsed: { 'cn|company1': true } }));
    expect(style).toEqual({
      tone: 'stale',
      colour: STALE_COLOUR,
      text: 'This page is out of date: the console now acts as ops in company2 (switched in another tab). Reload before you act.',
      collapsed: false,
      collapseKey: 'cn|company1',
      words: words('Out of date'),
    });
    expect(bannerFor(known(ALICE), ctx({ newerIdentity: role('ops', 'company2'), logonBanner: 'none' }))).toMatchObject({ tone: 'stale' });
  });

  it('words the banner itself in the UI language it is given', () => {
    const style = bannerFor(known(role('devops', 'company1')), ctx({ t: translator('zh_CN').t }));
    expect(style?.words).toEqual({ label: '阿里云身份', tag: '角色', hide: '隐藏', hideLabel: '隐藏身份横幅', show: '显示身份', showLabel: '显示身份横幅' });
  });

  it('remembers collapsing per account, per site', () => {
    const collapsed = { 'cn|company1': true, 'cn|logon': true } as const;
    const c = ctx({ collapsed });
    expect(bannerFor(known(role('devops', 'company1')), c)?.collapsed).toBe(true);
    expect(bannerFor(known(role('ops', 'company1.onaliyun.com')), c)?.collapsed).toBe(true);
    expect(bannerFor(known(role('devops', 'company2')), c)?.collapsed).toBe(false);
    expect(bannerFor(known(role('devops', 'company1')), ctx({ site: 'intl', collapsed }))?.collapsed).toBe(false);
    expect(bannerFor(known(ALICE), c)?.collapsed).toBe(true);
    expect(bannerFor(UNKNOWN, c)?.collapsed).toBe(false);
    expect(bannerFor(UNKNOWN, ctx({ collapsed: { 'cn|unknown': true } }))?.collapsed).toBe(true);
  });

  it.each<[IdentityReading, string]>([
    [known(role('devops', 'Company1.onaliyun.com')), 'intl|company1'],
    [known(ALICE), 'intl|logon'],
    [UNKNOWN, 'intl|unknown'],
  ])('collapseKeyOf(%j) = %s', (reading, key) => {
    expect(collapseKeyOf(reading, 'intl')).toBe(key);
  });
});

describe('badgeFor', () => {
  const badge = (reading: IdentityReading, bookmarks: Bookmark[] = [], c = ctx({ bookmarks })) => badgeFor(reading, bannerFor(reading, c), 'cn', bookmarks);

  it.each<[string, string | undefined, string]>([
    ['devops', undefined, 'DEVO'],
    ['ecs-admin', undefined, 'ECS-'],
    ['ops', undefined, 'OPS'],
    ['devops', 'Production', 'PROD'],
    ['devops', 'My Prod', 'MYPR'],
    ['devops', '生产环境账号', '生产环境'],
    ['devops', '🚀 Launch', '🚀LAU'],
    ['devops', 'Straße', 'STRA'],
    ['devops', 'ßßßß', 'SSSS'],
  ])('role %s, bookmark %j → %j', (roleName, displayName, text) => {
    const bookmarks = displayName ? [bm({ account: 'company1', roleName, displayName, colour: '#2e7d32' })] : [];
    const result = badge(known(role(roleName, 'company1')), bookmarks);
    expect(result).toEqual({ text, colour: displayName ? '#2e7d32' : colourForAccount('company1') });
  });

  it('is at most four whole characters, whatever the label', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (label) => {
        const bookmarks = [bm({ account: 'company1', roleName: 'devops', displayName: label })];
        const { text } = badge(known(role('devops', 'company1')), bookmarks);
        expect([...text].length).toBeLessThanOrEqual(4);
        expect(text.isWellFormed()).toBe(true);
      }),
    );
  });

  it('shows "?" in the banner’s colour when the identity is unknown or the page stale', () => {
    expect(badge(UNKNOWN)).toEqual({ text: '?', colour: UNKNOWN_COLOUR });
    const reading = known(role('devops', 'company1'));
    expect(badgeFor(reading, bannerFor(reading, ctx({ newerIdentity: ALICE })), 'cn', [])).toEqual({ text: '?', colour: STALE_COLOUR });
  });

  it('shows no text for the logon identity, and the neutral colour without a banner', () => {
    expect(badge(known(ALICE))).toEqual({ text: '', colour: NEUTRAL_COLOUR });
    expect(badge(known(ALICE), [], ctx({ logonBanner: 'none' }))).toEqual({ text: '', colour: NEUTRAL_COLOUR });
  });
});
