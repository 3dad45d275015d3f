// Who is acting, as the console's top bar says it, on every saved console page; and what the
// page's own console config adds or contradicts.
import { describe, expect, it } from 'vitest';
import { isPageEvidence } from '@/lib/background/guards';
import { conflictText } from '@/lib/console/decide-identity';
import { describeIdentity, findSwitchBackLink, readIdentity } from '@/lib/console/identity';
import { readTopBar } from '@/lib/console/topbar';
import { useLanguage } from '@/lib/i18n';
import type { Identity } from '@/lib/console/identity-types';
import { TOPBAR_TEXTS } from '../../fake-console/texts';
import { consoleConfigOf, loadPage, setBody } from './pages';

const ROLE_IN_COMPANY1_LEGACY: Identity = {
  kind: 'role',
  principal: 'devops/alice',
  roleName: 'devops',
  sessionName: 'alice',
  account: 'company1',
  logon: { principal: 'alice@company2.onaliyun.com', account: 'company2' },
};
const ROLE_IN_COMPANY1_MODERN: Identity = {
  kind: 'role',
  principal: 'ecs-admin/alice',
  roleName: 'ecs-admin',
  sessionName: 'alice',
  account: 'company1',
  // The modern bar shows the logon identity without its account.
  logon: { principal: 'alice@company2.onaliyun.com' },
};
const ALICE: Identity = { kind: 'user', principal: 'alice@company2.onaliyun.com', account: 'company2' };

/** Page → what it shows, and the account ID its console config adds. */
const PAGES: [string, Identity, string][] = [
  ['legacy-en-role', ROLE_IN_COMPANY1_LEGACY, '1234567890123456'],
  ['legacy-zh-role', ROLE_IN_COMPANY1_LEGACY, '1234567890123456'],
  ['legacy-en-user', ALICE, '2222222222222222'],
  ['legacy-en-root', { kind: 'root', principal: 'company2@aliyun-test.com', account: 'company2' }, '2222222222222222'],
  ['modern-en-role', ROLE_IN_COMPANY1_MODERN, '1234567890123456'],
  ['modern-zh-role', ROLE_IN_COMPANY1_MODERN, '1234567890123456'],
  ['modern-en-user', ALICE, '2222222222222222'],
  [
    'modern-en-role-company3',
    {
      kind: 'role',
      principal: 'readonly/alice',
      roleName: 'readonly',
      sessionName: 'alice',
      account: '3333333333333333.onaliyun.com',
      // The default domain of an ID names the account ID too.
      accountId: '3333333333333333',
      logon: { principal: 'alice@company2.onaliyun.com' },
    },
    '3333333333333333',
  ],
];

describe('readIdentity on saved console pages', () => {
  it.each(PAGES)('%s, top bar only', (name, identity) => {
    expect(readIdentity(loadPage(name))).toEqual({ state: 'known', identity });
  });

  it.each(PAGES)('%s, with its console config: the account ID too', (name, identity, accountId) => {
    const config = consoleConfigOf(name);
    expect(config?.currentPk).toBe(accountId);
    expect(readIdentity(loadPage(name), config)).toEqual({ state: 'known', identity: { ...identity, accountId } });
  });

  it('none-en-role (no top bar) is unknown, even though its config says a role is active', () => {
    expect(readIdentity(loadPage('none-en-role'))).toEqual({ state: 'unknown', reason: 'the page shows no identity: no top-bar rows and no console config' });
    expect(readIdentity(loadPage('none-en-role'), consoleConfigOf('none-en-role'))).toEqual({
      state: 'unknown',
      reason: 'the console config says this page acts as a role in account 1234567890123456, but the page does not show which role',
    });
  });

  it.each(['classic-en-old', 'modern-en', 'login-en'])('%s (a sign-in page) is unknown', (name) => {
    expect(readIdentity(loadPage(name)).state).toBe('unknown');
  });
});

describe('readIdentity when the top bar and the console config disagree', () => {
  it.each([
    ['legacy-en-user', { accountType: 'sts' }, 'the top bar shows "alice@company2.onaliyun.com" (a login name) but the console config says the page acts as a role'],
    ['modern-en-user', { accountType: 'sts' }, 'the top bar shows "alice@company2.onaliyun.com" (a login name) but the console config says the page acts as a role'],
    ['modern-en-role', { accountType: 'sub' }, 'the top bar shows "ecs-admin/alice" (a role session) but the console config says a RAM user'],
    ['legacy-zh-role', { accountType: 'main' }, 'the top bar shows "devops/alice" (a role session) but the console config says the root account'],
    [
      'modern-en-role-company3',
      { currentPk: '1234567890123456', accountType: 'sts' },
      'the top bar shows the account 3333333333333333.onaliyun.com but the console config says 1234567890123456',
    ],
  ] as const)('%s with %j: unknown', (name, config, reason) => {
    expect(readIdentity(loadPage(name), config)).toEqual({ state: 'unknown', reason });
  });

  it('takes an alias in the top bar and an ID in the config as two names of one account', () => {
    const reading = readIdentity(loadPage('modern-en-role'), { currentPk: '9999999999999999', accountType: 'sts' });
    expect(reading).toMatchObject({ state: 'known', identity: { account: 'company1', accountId: '9999999999999999' } });
  });

  it('ignores a config account ID that is not 16 digits', () => {
    const reading = readIdentity(loadPage('modern-en-role'), { currentPk: '12345', accountType: 'sts' });
    expect(reading.state === 'known' && reading.identity.accountId).toBeUndefined();
  });
});

describe('readIdentity knows every badge the fake console shows', () => {
  const cases = (['en', 'zh'] as const).flatMap((lang) =>
    (['legacy', 'modern'] as const).flatMap((style) => {
      const t = TOPBAR_TEXTS[lang][style];
      return [
        [lang, style, t.role, 'role', 'devops/alice', 'sub'],
        [lang, style, t.user, 'user', 'alice@company2.onaliyun.com', 'main'],
        [lang, style, t.root, 'root', 'company2@aliyun-test.com', 'sub'],
      ] as const;
    }),
  );

  // The config is given a different non-role kind: only a recognised badge can win over it.
  it.each(cases)('%s %s badge %j → %s', (lang, style, badge, kind, principal, config) => {
    const current = TOPBAR_TEXTS[lang][style].current;
    setBody(`<div class="menu"><span class="next-tag">${badge}</span><div><span>${current}</span><span>${principal}</span></div></div>`);
    const reading = readIdentity(document, kind === 'role' ? undefined : { accountType: config });
    expect(reading).toMatchObject({ state: 'known', identity: { kind, principal } });
  });
});

describe('readIdentity never reports a role without a role name', () => {
  it('a role badge next to a user’s name: unknown', () => {
    setBody('<div class="menu"><span class="next-tag">Role</span><div><span>Current Identity</span><span>alice@company2.onaliyun.com</span></div></div>');
    expect(readIdentity(document)).toEqual({
      state: 'unknown',
      reason: 'the top bar shows "alice@company2.onaliyun.com" (a login name) but also a Role badge',
    });
  });

  it('a config saying "role" for a user’s name, without a badge: unknown', () => {
    setBody('<div class="menu"><div><span>Current Identity</span><span>alice@company2.onaliyun.com</span></div></div>');
    expect(readIdentity(document, { accountType: 'sts' })).toEqual({
      state: 'unknown',
      reason: 'the top bar shows "alice@company2.onaliyun.com" (a login name) but the console config says the page acts as a role',
    });
  });
});

describe('readIdentity on other top-bar markups', () => {
  it('reads label/value pairs with full-width colons', () => {
    setBody('<div class="menu"><div><span>当前身份：</span><span>devops/alice</span></div><div><span>账号：</span><span>company1</span></div></div>');
    expect(readIdentity(document)).toEqual({
      state: 'known',
      identity: { kind: 'role', principal: 'devops/alice', roleName: 'devops', sessionName: 'alice', account: 'company1' },
    });
  });

  it('refuses a role-like name that a user badge contradicts', () => {
    setBody('<div class="user-identity"><div><label>CurrentName:</label>devops/alice</div><div class="user-identity-sign">Subaccount</div></div>');
    expect(readIdentity(document)).toEqual({ state: 'unknown', reason: 'the top bar shows "devops/alice" (a role session) but its badge says a RAM user' });
  });

  it('uses the badge, then the config, for who a name without a slash is', () => {
    setBody('<div class="bar"><div><span>Current Identity</span><span>company2@aliyun-test.com</span></div></div>');
    expect(readIdentity(document)).toMatchObject({ state: 'known', identity: { kind: 'user' } });
    expect(readIdentity(document, { accountType: 'main' })).toMatchObject({ state: 'known', identity: { kind: 'root' } });
  });

  it('does not take an account row from outside the identity’s block', () => {
    setBody(`
      <div class="bar"><div><div><div><span>Current Identity</span><span>alice@company2.onaliyun.com</span></div></div></div></div>
      <main><section><div><div><span>Account</span><span>billing-account</span></div></div></section></main>`);
    const reading = readIdentity(document);
    // Only the login name's own domain: never the page's "billing-account".
    expect(reading.state === 'known' && reading.identity.account).toBe('company2');
  });

  it('passes over a long table or list (a product page’s 2 000 rows), whatever its cells say', () => {
    const bar = '<div class="bar"><div><span>Current Identity</span><span>devops/alice</span></div><div><span>Account</span><span>company1</span></div></div>';
    const cells = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i)).join('');
    const sessions = cells(60, (i) => `<tr><td><span>Current Identity</span><span>ops/bob${i}</span></td></tr>`);
    const accounts = cells(60, (i) => `<li><span>Account</span><span>company${i + 10}</span></li>`);
    setBody(`${bar}<main><table><tbody>${sessions}</tbody></table><ul>${accounts}</ul></main>`);
    expect(readIdentity(document)).toEqual({ state: 'known', identity: { kind: 'role', principal: 'devops/alice', roleName: 'devops', sessionName: 'alice', account: 'company1' } });
  });

  it('still reads a short table or list: a bar may be drawn as one', () => {
    const rows = ['<tr><td>Current Identity</td><td>devops/alice</td></tr>', '<tr><td>Current Identity</td><td>ops/bob</td></tr>'].join('');
    setBody(`<table class="bar"><tbody>${rows}</tbody></table>`);
    expect(readTopBar(document).conflicts).toEqual([{ kind: 'twoCurrent', identities: ['devops/alice', 'ops/bob'] }]);
  });

  it('ignores label texts inside scripts', () => {
    setBody('<script>var t = "CurrentName";</script><p>Welcome</p>');
    expect(readIdentity(document).state).toBe('unknown');
  });
});

describe('a top bar that contradicts itself', () => {
  it('reports two current identities as values, and the background words them', () => {
    setBody('<div class="bar"><div><span>Current Identity</span><span>devops/alice</span></div><div><span>Current Identity</span><span>ops/bob</span></div></div>');
    expect(readTopBar(document).conflicts).toEqual([{ kind: 'twoCurrent', identities: ['devops/alice', 'ops/bob'] }]);
    expect(readIdentity(document)).toEqual({ state: 'unknown', reason: 'the top bar contradicts itself: it shows two current identities, "devops/alice" and "ops/bob"' });
  });

  it('names at most ten identities, so the background still takes the evidence', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `<div><span>Current Identity</span><span>role${i}/alice</span></div>`).join('');
    setBody(`<div class="bar">${rows}</div>`);
    const evidence = readTopBar(document);
    expect(evidence.conflicts).toHaveLength(1);
    expect(evidence.conflicts[0]).toMatchObject({ kind: 'twoCurrent', identities: expect.any(Array) });
    expect((evidence.conflicts[0] as { identities: string[] }).identities).toHaveLength(10);
    expect(isPageEvidence({ topBar: evidence, config: null })).toBe(true);
    expect(readIdentity(document).state).toBe('unknown');
  });

  it('reports two accounts for the current identity', () => {
    setBody('<div class="bar"><div><span>Current Identity</span><span>devops/alice</span></div><div><span>Account</span><span>company1</span></div><div><span>Account</span><span>company9</span></div></div>');
    expect(readTopBar(document).conflicts).toEqual([{ kind: 'twoAccounts', first: 'company1', second: 'company9' }]);
    expect(readIdentity(document).state).toBe('unknown');
  });

  it('words each kind of contradiction in the UI language', () => {
    try {
      useLanguage('zh_CN');
      expect(conflictText({ kind: 'twoCurrent', identities: ['devops/alice', 'ops/bob'] })).toBe('显示了两个当前身份："devops/alice"和"ops/bob"');
      expect(conflictText({ kind: 'twoAccounts', first: 'company1', second: 'company9' })).toBe('账号既显示为 "company1"，又显示为 "company9"');
      expect(conflictText({ kind: 'twoBadges', kinds: ['role', 'user'] })).toBe('其标记同时表明是角色和RAM 用户');
      useLanguage('en');
      expect(conflictText({ kind: 'twoBadges', kinds: ['role', 'user'] })).toBe('its badges say both a role and a RAM user');
    } finally {
      useLanguage('en');
    }
  });
});

describe('findSwitchBackLink', () => {
  it.each([
    ['legacy-en-role', 'ExitSwitchedRole'],
    ['legacy-zh-role', '返回登录身份'],
    ['modern-en-role', 'Switch Back to Logon User'],
    ['modern-zh-role', '返回登录身份'],
    ['modern-en-role-company3', 'Switch Back to Logon User'],
  ])('%s: the link reads %j and leads to exitSwitchedRole.htm', (name, text) => {
    const link = findSwitchBackLink(loadPage(name));
    expect(link?.textContent).toBe(text);
    expect(link?.getAttribute('href')).toBe('https://signin.aliyun.com/exitSwitchedRole.htm');
  });

  it.each(['legacy-en-user', 'legacy-en-root', 'modern-en-user', 'none-en-role', 'classic-en-new'])('%s has none', (name) => {
    expect(findSwitchBackLink(loadPage(name))).toBeNull();
  });

  it('finds a relative link by its path, and a link by its text alone', () => {
    setBody('<a href="/x">Switch Role</a><a href="/exitSwitchedRole.htm?x=1">Back</a>');
    expect(findSwitchBackLink(document)?.textContent).toBe('Back');
    setBody('<a href="#">Other</a><a href="javascript:void(0)"> 返回登录身份 </a>');
    expect(findSwitchBackLink(document)?.textContent?.trim()).toBe('返回登录身份');
  });
});

describe('describeIdentity', () => {
  it.each<[Identity, string]>([
    [ROLE_IN_COMPANY1_LEGACY, 'devops in company1'],
    [{ kind: 'role', principal: 'devops/alice', roleName: 'devops', accountId: '1234567890123456' }, 'devops in 1234567890123456'],
    [{ kind: 'role', principal: 'devops/alice', roleName: 'devops' }, 'devops in an account the page does not name'],
    [ALICE, 'alice@company2.onaliyun.com'],
    [{ kind: 'root', principal: 'company2@aliyun-test.com' }, 'company2@aliyun-test.com'],
  ])('%j → %j', (identity, text) => {
    expect(describeIdentity(identity)).toBe(text);
  });
});
