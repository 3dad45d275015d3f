// The console's own error text after a failed switch: finding it on the page, and what it means.
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyConsoleError, readPageError } from '@/lib/console/page-error';
import type { FailureCause } from '@/lib/switch/types';
import { ERROR_TEXTS } from '../../fake-console/texts';
import { FIXTURE_NAMES, loadPage, setBody } from './pages';

describe('readPageError on saved pages', () => {
  it.each([
    ['classic-en-error-unknown-role', 'The role does not exist in the specified account.'],
    ['modern-en-error-not-trusted', "You are not authorized to assume this role. Make sure the role's trust policy allows you."],
  ])('%s shows %j', (name, text) => {
    expect(readPageError(loadPage(name))).toBe(text);
  });

  it.each(FIXTURE_NAMES.filter((n) => !n.includes('-error-')))('%s shows no error', (name) => {
    expect(readPageError(loadPage(name))).toBeNull();
  });
});

describe('readPageError on other markups', () => {
  beforeEach(() => setBody(''));

  it.each([
    ['an ARIA alert', '<div role="alert">Role not found</div>'],
    ['a Fusion message', '<div class="next-message next-message-error"><p>Role not found</p></div>'],
    ['a classic error box', '<p class="ErrorMsg">Role not found</p>'],
    ['an "err-" box', '<span class="login-err-tip">Role not found</span>'],
    ['an alert box', '<div class="sc-x alert-danger">Role not found</div>'],
  ])('finds %s', (_, html) => {
    setBody(`<main>${html}<form><input></form></main>`);
    expect(readPageError(document)).toBe('Role not found');
  });

  it('does not take a field\'s help text for an error (Fusion uses one class for both)', () => {
    setBody('<main><form><input><div class="next-form-item-help">Case-sensitive, e.g. ecs-admin</div></form></main>');
    expect(readPageError(document)).toBeNull();
  });

  it('joins the message’s lines into one', () => {
    setBody('<div role="alert">\n  The role does not exist\n  <b>in company1</b>.\n</div>');
    expect(readPageError(document)).toBe('The role does not exist in company1.');
  });

  it('skips empty and hidden error containers and takes the one with text', () => {
    setBody(`
      <div role="alert"></div>
      <div role="alert">   </div>
      <div role="alert" hidden>An old error</div>
      <div aria-hidden="true"><div class="error-tip">An old error</div></div>
      <div class="error-tip"></div>
      <div class="error-tip">The enterprise alias or default domain name does not exist.</div>`);
    expect(readPageError(document)).toBe('The enterprise alias or default domain name does not exist.');
  });

  it('ignores fields, labels, scripts and styles whose class mentions errors', () => {
    setBody(`
      <label class="error-label">Role Name</label><input class="has-error" value="x">
      <script class="error-reporter">report()</script><style class="error-css">.a{}</style>`);
    expect(readPageError(document)).toBeNull();
  });

  it('ignores a container too long to be a message (a whole form marked "has-error")', () => {
    setBody(`<div class="has-error">${'Lorem ipsum dolor sit amet. '.repeat(20)}</div>`);
    expect(readPageError(document)).toBeNull();
  });
});

/** Every error the fake console can show, and what the extension must make of it. */
const EXPECTED: Record<keyof typeof ERROR_TEXTS, FailureCause> = {
  'unknown-account': 'unknown-account',
  'unknown-role': 'unknown-role',
  'not-trusted': 'not-trusted',
  root: 'root-account',
  expired: 'signed-out',
  // Neither says what to fix in the bookmark: shown as the console's own words.
  'missing-fields': 'console-error',
  'bad-token': 'console-error',
};

describe('classifyConsoleError', () => {
  it('knows every error text of the fake console', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(ERROR_TEXTS).sort());
  });

  it.each(Object.entries(ERROR_TEXTS).flatMap(([failure, texts]) => Object.entries(texts).map(([lang, text]) => [failure, lang, text] as const)))(
    '%s (%s): %s',
    (failure, _lang, text) => {
      expect(classifyConsoleError(text)).toBe(EXPECTED[failure as keyof typeof ERROR_TEXTS]);
    },
  );

  it.each<[string, FailureCause]>([
    ['Role not found.', 'unknown-role'],
    ['No such role: devops', 'unknown-role'],
    ['The specified ROLE does not exist', 'unknown-role'],
    ['该角色不存在', 'unknown-role'],
    ['Account alias not found', 'unknown-account'],
    ['The default domain is invalid', 'unknown-account'],
    ['账号不存在', 'unknown-account'],
    ['Permission denied', 'not-trusted'],
    ['You are not allowed to assume the role', 'not-trusted'],
    ['无权扮演该角色', 'not-trusted'],
    ['The main account cannot switch roles', 'root-account'],
    ['根账号不能切换角色', 'root-account'],
    ['Your session expired', 'signed-out'],
    ['Please log on again', 'signed-out'],
    ['登录已失效', 'signed-out'],
    ['Something went wrong (code 500)', 'console-error'],
    ['系统繁忙,请稍后再试', 'console-error'],
    ['', 'console-error'],
  ])('%j → %s', (text, cause) => {
    expect(classifyConsoleError(text)).toBe(cause);
  });
});
