// Where the console lives: which URLs are ours, what kind of page each is, and the switch URL.
import { describe, expect, it } from 'vitest';
import { consoleHomeUrl, exitSwitchedRoleUrl, isConsoleLandingUrl, pageKindOf, siteOfUrl, switchRoleUrl } from '@/lib/console/hosts';

describe('siteOfUrl and pageKindOf', () => {
  it.each([
    ['https://signin.aliyun.com/switchRole.htm', 'cn', 'switch'],
    ['https://signin.aliyun.com/switchRole.htm?parentAlias=company1&roleName=devops', 'cn', 'switch'],
    ['https://signin.aliyun.com/exitSwitchedRole.htm', 'cn', 'exit'],
    ['https://signin.aliyun.com/login.htm', 'cn', 'signin'],
    ['https://signin.aliyun.com/', 'cn', 'signin'],
    ['https://SIGNIN.ALIYUN.COM/switchRole.htm', 'cn', 'switch'],
    ['https://home.console.aliyun.com/', 'cn', 'console'],
    ['https://ecs.console.aliyun.com/#/server/region/cn-hangzhou', 'cn', 'console'],
    ['https://ram.console.aliyun.com/roles?x=1', 'cn', 'console'],
    ['https://console.aliyun.com/', 'cn', 'console'],
    ['https://a.b.console.aliyun.com/', 'cn', 'console'],
    ['https://signin.alibabacloud.com/switchRole.htm', 'intl', 'switch'],
    ['https://signin.alibabacloud.com/exitSwitchedRole.htm', 'intl', 'exit'],
    ['https://signin.alibabacloud.com/login.htm', 'intl', 'signin'],
    ['https://home.console.alibabacloud.com/', 'intl', 'console'],
    ['https://ecs.console.alibabacloud.com/', 'intl', 'console'],
  ])('%s: site %s, page %s', (url, site, kind) => {
    expect(siteOfUrl(url)).toBe(site);
    expect(pageKindOf(url)).toBe(kind);
  });

  it.each([
    ['plain http', 'http://home.console.aliyun.com/'],
    ['plain http sign-in', 'http://signin.aliyun.com/switchRole.htm'],
    ['a look-alike suffix', 'https://console.aliyun.com.evil.com/'],
    ['a look-alike sign-in host', 'https://signin.aliyun.com.evil.com/switchRole.htm'],
    ['the bare site', 'https://aliyun.com.evil.com/'],
    ['the company site', 'https://www.aliyun.com/'],
    ['a name that only ends alike', 'https://evilconsole.aliyun.com/'],
    ['a sign-in look-alike', 'https://evilsignin.aliyun.com/switchRole.htm'],
    ['userinfo that looks like the host', 'https://signin.aliyun.com@evil.com/switchRole.htm'],
    ['userinfo and port that look like the host', 'https://home.console.aliyun.com:443@evil.com/'],
    ['the host in the path', 'https://evil.com/signin.aliyun.com/switchRole.htm'],
    ['the host in the query', 'https://evil.com/?u=https://home.console.aliyun.com/'],
    ['a Cyrillic "а"', 'https://signin.аliyun.com/switchRole.htm'],
    ['a trailing-dot host', 'https://signin.aliyun.com./switchRole.htm'],
    ['a data URL', 'data:text/html,<title>signin.aliyun.com</title>'],
    ['a javascript URL', 'javascript:location="https://signin.aliyun.com/"'],
    ['an extension page', 'chrome-extension://abc/popup.html'],
    ['not a URL', 'signin.aliyun.com/switchRole.htm'],
    ['an empty string', ''],
    ['no URL', undefined],
  ])('%s is not the console: %s', (_, url) => {
    expect(siteOfUrl(url)).toBeNull();
    expect(pageKindOf(url)).toBeNull();
  });
});

describe('switchRoleUrl', () => {
  it.each([
    ['cn', 'https://signin.aliyun.com/switchRole.htm'],
    ['intl', 'https://signin.alibabacloud.com/switchRole.htm'],
  ] as const)('on %s, without a pre-fill: %s', (site, url) => {
    expect(switchRoleUrl(site)).toBe(url);
    expect(pageKindOf(switchRoleUrl(site))).toBe('switch');
  });

  it('pre-fills the account and role with the parameters the page reads', () => {
    expect(switchRoleUrl('cn', { account: '1234567890123456.onaliyun.com', roleName: 'ecs-admin' })).toBe(
      'https://signin.aliyun.com/switchRole.htm?parentAlias=1234567890123456.onaliyun.com&roleName=ecs-admin',
    );
  });

  it.each([
    ['a&roleName=admin', 'devops'],
    ['company1', 'dev ops#x'],
    ['公司', '角色'],
    ['a+b=c?d', '%41'],
  ])('encodes %j and %j so the page reads them back unchanged', (account, roleName) => {
    const url = new URL(switchRoleUrl('intl', { account, roleName }));
    expect(url.host).toBe('signin.alibabacloud.com');
    expect(url.pathname).toBe('/switchRole.htm');
    expect([...url.searchParams]).toEqual([
      ['parentAlias', account],
      ['roleName', roleName],
    ]);
  });

  it('names the exit and home pages of each site', () => {
    expect(exitSwitchedRoleUrl('cn')).toBe('https://signin.aliyun.com/exitSwitchedRole.htm');
    expect(pageKindOf(exitSwitchedRoleUrl('intl'))).toBe('exit');
    expect(consoleHomeUrl('intl')).toBe('https://home.console.alibabacloud.com/');
    expect(pageKindOf(consoleHomeUrl('cn'))).toBe('console');
  });
});

describe('isConsoleLandingUrl: the only landing URLs a bookmark or team list may carry', () => {
  it.each([
    ['https://ecs.console.aliyun.com/#/server', true],
    ['https://home.console.alibabacloud.com/', true],
    ['https://signin.aliyun.com/switchRole.htm', false],
    ['https://signin.aliyun.com/exitSwitchedRole.htm', false],
    ['http://ecs.console.aliyun.com/', false],
    ['https://ecs.console.aliyun.com.evil.com/', false],
    ['https://ecs.console.aliyun.com@evil.com/', false],
    ['javascript:alert(1)', false],
    ['', false],
  ])('%j → %s', (url, expected) => {
    expect(isConsoleLandingUrl(url)).toBe(expected);
  });
});
