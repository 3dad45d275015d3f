// A page on the sign-in host is judged by what it shows, not by its path.
import { describe, expect, it } from 'vitest';
import { isSigninPath, signinHostPageKind } from '@/lib/console/signin-page';
import { loadPage, setBody } from './pages';

describe('signinHostPageKind', () => {
  it.each([
    ['the fake console’s login page', () => loadPage('login-en'), 'signin'],
    ['a password field', () => setBody('<form><input name="u"><input type="password"><button>Next</button></form>'), 'signin'],
    ['the classic switch form', () => loadPage('classic-en-new'), 'switch'],
    ['the switch form with its error', () => loadPage('classic-en-error-unknown-role'), 'switch'],
    ['ambiguous switch fields (still the switch page)', () => loadPage('ambiguous'), 'switch'],
    ['an error alone', () => setBody('<div class="sc-x"><p>您没有权限扮演该角色</p></div>'), 'switch'],
    ['a page that says nothing yet', () => setBody('<div id="app">Loading…</div>'), null],
    ['a page that moved', () => loadPage('no-form'), null],
  ] as const)('%s → %s', (_, page, kind) => {
    expect(signinHostPageKind(page())).toBe(kind);
  });
});

describe('isSigninPath', () => {
  it.each([
    ['https://signin.aliyun.com/login.htm?redirect=x', true],
    ['https://signin.alibabacloud.com/company1.onaliyun.com/login.htm', true],
    ['https://signin.aliyun.com/switchRole.do', false],
    ['https://signin.aliyun.com/ram/switch', false],
    ['not a url', false],
  ])('%s → %s', (url, yes) => {
    expect(isSigninPath(url)).toBe(yes);
  });
});
