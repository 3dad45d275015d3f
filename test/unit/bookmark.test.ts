// The bookmark model: what the add/edit form turns into a bookmark, one key per role, and how
// the list is grouped and ordered.
import { describe, expect, it } from 'vitest';
import { groupBookmarks, roleKey, validateDraft, type Bookmark, type BookmarkDraft } from '@/lib/bookmark';

const ID = '1234567890123456';
const draft = (fields: Partial<BookmarkDraft> = {}): BookmarkDraft => ({
  account: 'company1',
  roleName: 'devops',
  displayName: '',
  colour: '#1565c0',
  site: '',
  ...fields,
});

describe('validateDraft', () => {
  it('turns a good draft into the fields to save', () => {
    expect(validateDraft(draft({ account: ' Company1.OnAliyun.com ', roleName: ' devops ', displayName: ' Prod ', colour: '#ABC', site: 'intl', favourite: true }))).toEqual({
      ok: true,
      value: { account: 'company1.onaliyun.com', roleName: 'devops', displayName: 'Prod', colour: '#aabbcc', site: 'intl', favourite: true },
    });
  });

  it('leaves out an empty display name and site, and is not a favourite unless asked', () => {
    expect(validateDraft(draft({ displayName: '   ' }))).toEqual({
      ok: true,
      value: { account: 'company1', roleName: 'devops', displayName: undefined, colour: '#1565c0', site: undefined, favourite: false },
    });
  });

  it('splits a role ARN pasted into the account field into account and role', () => {
    const checked = validateDraft(draft({ account: `acs:ram::${ID}:role/ecs-admin`, roleName: '' }));
    expect(checked.ok && [checked.value.account, checked.value.roleName]).toEqual([ID, 'ecs-admin']);
  });

  it('keeps a role name already typed when an ARN is pasted into the account field', () => {
    const checked = validateDraft(draft({ account: `  acs:ram::${ID}:role/ecs-admin `, roleName: 'devops' }));
    expect(checked.ok && [checked.value.account, checked.value.roleName]).toEqual([ID, 'devops']);
  });

  it('says what is wrong with a broken ARN in the account field, once', () => {
    expect(validateDraft(draft({ account: 'acs:ram::1234:role/devops', roleName: '' }))).toEqual({
      ok: false,
      errors: {
        account: 'A role ARN looks like acs:ram::1234567890123456:role/devops.',
        roleName: 'Enter the role name, e.g. "devops".',
      },
    });
  });

  it.each<[string, Partial<BookmarkDraft>, Partial<Record<keyof BookmarkDraft, string>>]>([
    ['no account', { account: '' }, { account: 'Enter the account: its alias, default domain or 16-digit account ID.' }],
    ['a short ID', { account: '12345' }, { account: 'An account ID has 16 digits; "12345" has 5.' }],
    ['no role', { roleName: '' }, { roleName: 'Enter the role name, e.g. "devops".' }],
    ['a role name with "_"', { roleName: 'dev_ops' }, { roleName: 'Role name may contain only letters, digits, "." and "-" (found: "_").' }],
    ['a 65-character display name', { displayName: 'x'.repeat(65) }, { displayName: 'Display name is 65 characters; keep it to 64.' }],
    ['a colour name', { colour: 'red' }, { colour: 'Pick a colour, or enter one as #rrggbb.' }],
    ['a 4-digit colour', { colour: '#abcd' }, { colour: 'Pick a colour, or enter one as #rrggbb.' }],
    ['an unknown site', { site: 'eu' as never }, { site: 'Pick China, International, or "the tab\'s site".' }],
    [
      'everything wrong',
      { account: 'a', roleName: 'r r', displayName: 'y'.repeat(100), colour: '', site: 'us' as never },
      {
        account: '"a" is not a valid account alias: an alias is 3 to 32 characters (this one has 1).',
        roleName: 'Role name may contain only letters, digits, "." and "-" (found: space).',
        displayName: 'Display name is 100 characters; keep it to 64.',
        colour: 'Pick a colour, or enter one as #rrggbb.',
        site: 'Pick China, International, or "the tab\'s site".',
      },
    ],
  ])('%s: an error on that field only', (_, fields, errors) => {
    expect(validateDraft(draft(fields))).toEqual({ ok: false, errors });
  });

  it('accepts a display name of exactly 64 characters, counted after trimming', () => {
    const checked = validateDraft(draft({ displayName: ` ${'x'.repeat(64)} ` }));
    expect(checked.ok && checked.value.displayName).toBe('x'.repeat(64));
  });

  it.each([['cn'], ['intl']] as const)('accepts the site %s', (site) => {
    const checked = validateDraft(draft({ site }));
    expect(checked.ok && checked.value.site).toBe(site);
  });
});

describe('roleKey: one key per role wherever it is named', () => {
  it.each([
    [{ account: 'company1', roleName: 'devops' }, { account: 'company1.onaliyun.com', roleName: 'devops' }],
    [{ account: 'company1', roleName: 'devops' }, { account: ' COMPANY1 ', roleName: 'DevOps' }],
    [{ account: ID, roleName: 'devops', site: 'cn' as const }, { account: `${ID}.onaliyun.com`, roleName: 'devops', site: 'cn' as const }],
  ])('%j and %j are one role', (a, b) => {
    expect(roleKey(a)).toBe(roleKey(b));
  });

  it.each([
    [{ account: 'company1', roleName: 'devops' }, { account: 'company2', roleName: 'devops' }],
    [{ account: 'company1', roleName: 'devops' }, { account: 'company1', roleName: 'devops2' }],
    [{ account: 'company1', roleName: 'devops', site: 'cn' as const }, { account: 'company1', roleName: 'devops', site: 'intl' as const }],
  ])('%j and %j are two roles', (a, b) => {
    expect(roleKey(a)).not.toBe(roleKey(b));
  });
});

let n = 0;
const bm = (fields: Partial<Bookmark> & Pick<Bookmark, 'account' | 'roleName'>): Bookmark => ({
  id: `b${++n}`,
  colour: '#1565c0',
  favourite: false,
  createdAt: n,
  updatedAt: n,
  ...fields,
});
/** What the list shows: each heading with its rows' labels. */
const shown = (bookmarks: Bookmark[]) =>
  groupBookmarks(bookmarks).map((g) => [g.name, g.bookmarks.map((b) => `${b.favourite ? '★ ' : ''}${b.displayName ?? b.roleName}`)]);

describe('groupBookmarks', () => {
  it('groups by account, headings in alphabetical order', () => {
    expect(
      shown([
        bm({ account: 'zeta', roleName: 'ops' }),
        bm({ account: 'alpha', roleName: 'ops' }),
        bm({ account: 'Beta', roleName: 'ops' }),
        bm({ account: 'alpha', roleName: 'dev' }),
      ]),
    ).toEqual([
      ['alpha', ['dev', 'ops']],
      ['Beta', ['ops']],
      ['zeta', ['ops']],
    ]);
  });

  it('uses the bookmark’s own group as the heading when it has one', () => {
    expect(
      shown([
        bm({ account: 'company1', roleName: 'ops', group: 'Production' }),
        bm({ account: 'company2', roleName: 'admin', group: 'Production' }),
        bm({ account: 'company1', roleName: 'dev' }),
      ]),
    ).toEqual([
      ['company1', ['dev']],
      ['Production', ['admin', 'ops']],
    ]);
  });

  it('puts favourites first, then orders by label (display name, else role name)', () => {
    expect(
      shown([
        bm({ account: 'acme', roleName: 'zz-readonly', displayName: 'Audit' }),
        bm({ account: 'acme', roleName: 'ops' }),
        bm({ account: 'acme', roleName: 'admin', favourite: true, displayName: 'Root-ish' }),
        bm({ account: 'acme', roleName: 'billing', favourite: true }),
        bm({ account: 'acme', roleName: 'Cloud' }),
      ]),
    ).toEqual([['acme', ['★ billing', '★ Root-ish', 'Audit', 'Cloud', 'ops']]]);
  });

  it('orders numbers as numbers: account-2 before account-10, role-9 before role-10', () => {
    expect(
      shown([
        bm({ account: 'account-10', roleName: 'role-10' }),
        bm({ account: 'account-2', roleName: 'role-10' }),
        bm({ account: 'account-2', roleName: 'role-9' }),
        bm({ account: 'account-1', roleName: 'role-1' }),
      ]),
    ).toEqual([
      ['account-1', ['role-1']],
      ['account-2', ['role-9', 'role-10']],
      ['account-10', ['role-10']],
    ]);
  });

  it('keeps every bookmark exactly once', () => {
    const all = Array.from({ length: 60 }, (_, i) => bm({ account: `acc-${i % 7}`, roleName: `r${i}`, favourite: i % 4 === 0, group: i % 5 === 0 ? 'G' : undefined }));
    const ids = groupBookmarks(all).flatMap((g) => g.bookmarks.map((b) => b.id));
    expect(ids.sort()).toEqual(all.map((b) => b.id).sort());
  });

  it('returns no groups for no bookmarks', () => {
    expect(groupBookmarks([])).toEqual([]);
  });
});

describe('the landing page a bookmark may set', () => {
  it.each([
    ['https://ecs.console.aliyun.com/', '', 'https://ecs.console.aliyun.com/'],
    ['  https://ecs.console.aliyun.com/#/server/region/cn-hangzhou  ', 'cn', 'https://ecs.console.aliyun.com/#/server/region/cn-hangzhou'],
    ['https://home.console.alibabacloud.com/?x=1', 'intl', 'https://home.console.alibabacloud.com/?x=1'],
    ['', '', undefined],
    ['   ', 'cn', undefined],
  ] as const)('accepts %j for site %j', (landingUrl, site, saved) => {
    const checked = validateDraft(draft({ landingUrl, site }));
    expect(checked.ok && checked.value.landingUrl).toBe(saved);
  });

  it.each([
    ['http://ecs.console.aliyun.com/', '', /https:\/\/ address of a console page/],
    ['https://evil.example/ecs.console.aliyun.com', '', /https:\/\/ address of a console page/],
    ['https://ecs.console.aliyun.com.evil.example/', '', /https:\/\/ address of a console page/],
    ['https://signin.aliyun.com/switchRole.htm', '', /https:\/\/ address of a console page/],
    ['javascript:alert(1)', '', /https:\/\/ address of a console page/],
    ['https://user@ecs.console.aliyun.com/', '', /https:\/\/ address of a console page/],
    ['https://ecs.console.aliyun.com:8443/', '', /https:\/\/ address of a console page/],
    ['https://ecs.console.aliyun.com/a b', '', /https:\/\/ address of a console page/],
    ['https://ecs.console.aliyun.com/', 'intl', /International site/],
    ['https://ecs.console.alibabacloud.com/', 'cn', /China site/],
    [`https://ecs.console.aliyun.com/${'a'.repeat(2100)}`, '', /at most 2048 characters/],
  ] as const)('refuses %j for site %j, saying why', (landingUrl, site, message) => {
    const checked = validateDraft(draft({ landingUrl, site }));
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors.landingUrl).toMatch(message);
  });
});
