// The switch flow's decisions, and what the user reads when a switch ends: every message names
// the cause and says what to do.
import { describe, expect, it } from 'vitest';
import type { Identity, IdentityReading } from '@/lib/console/identity-types';
import { busyStatus, compareAccount, failed, fallback, isExpired, outcomeOfIdentity, outcomeOfPageError, runningStatus, type SwitchJob } from '@/lib/switch/flow';
import { failureMessage, targetName, withConsoleText } from '@/lib/switch/messages';
import type { FailureCause, SwitchTarget } from '@/lib/switch/types';
import { ERROR_TEXTS } from '../../fake-console/texts';

const ID = '1234567890123456';
const PROD: SwitchTarget = { account: 'company1', roleName: 'devops', label: 'Prod' };

const job = (fields: Partial<SwitchJob> = {}): SwitchJob => ({
  id: 'job-1',
  kind: 'switch',
  tabId: 7,
  site: 'cn',
  target: PROD,
  step: 'submitted',
  startedAt: 1000,
  deadline: 31_000,
  timeoutSec: 30,
  ...fields,
});
const back = (fields: Partial<SwitchJob> = {}) => job({ kind: 'back', target: undefined, ...fields });

const role = (roleName: string, account?: string, accountId?: string): Identity => ({
  kind: 'role',
  principal: `${roleName}/alice`,
  roleName,
  sessionName: 'alice',
  ...(account ? { account } : {}),
  ...(accountId ? { accountId } : {}),
});
const ALICE: Identity = { kind: 'user', principal: 'alice@company2.onaliyun.com', account: 'company2' };
const known = (identity: Identity): IdentityReading => ({ state: 'known', identity });

describe('compareAccount: alias, default domain and ID', () => {
  it.each<[string, Identity, 'same' | 'different' | 'unverifiable']>([
    ['company1', role('devops', 'company1'), 'same'],
    ['company1.onaliyun.com', role('devops', 'company1'), 'same'],
    ['Company1', role('devops', 'company1.onaliyun.com'), 'same'],
    [ID, role('devops', 'company1', ID), 'same'],
    [`${ID}.onaliyun.com`, role('devops', undefined, ID), 'same'],
    [ID, role('devops', `${ID}.onaliyun.com`), 'same'],
    ['company1', role('devops', 'company1', ID), 'same'],
    ['company1', role('devops', 'company2'), 'different'],
    ['company1', role('devops', 'company2.onaliyun.com', ID), 'different'],
    [ID, role('devops', 'company1', '2222222222222222'), 'different'],
    [ID, role('devops', '3333333333333333.onaliyun.com'), 'different'],
    // An ID is compared only with an ID, an alias only with an alias.
    [ID, role('devops', 'company1'), 'unverifiable'],
    ['company1', role('devops', `${ID}.onaliyun.com`), 'unverifiable'],
    ['company1', role('devops', undefined, ID), 'unverifiable'],
    ['company1', role('devops'), 'unverifiable'],
  ])('%s vs %j → %s', (target, identity, expected) => {
    expect(compareAccount(target, identity)).toBe(expected);
  });
});

describe('outcomeOfIdentity after a switch', () => {
  it('succeeds on the role asked for, naming it as the bookmark does', () => {
    expect(outcomeOfIdentity(job(), known(role('devops', 'company1')), 5000)).toEqual({
      state: 'succeeded',
      kind: 'switch',
      target: PROD,
      identity: role('devops', 'company1'),
      message: 'Now acting as devops in company1 — Prod.',
      at: 5000,
    });
  });

  it('ignores the case of the role name, and a label that is the role name', () => {
    const status = outcomeOfIdentity(job({ target: { account: 'company1', roleName: 'DevOps', label: 'DevOps' } }), known(role('devops', 'company1')), 5000);
    expect(status).toMatchObject({ state: 'succeeded', message: 'Now acting as devops in company1.' });
  });

  it('succeeds when the page names the account by its default domain', () => {
    const status = outcomeOfIdentity(job(), known(role('devops', 'company1.onaliyun.com')), 5000);
    expect(status).toMatchObject({ state: 'succeeded', message: 'Now acting as devops in company1.onaliyun.com — Prod.' });
  });

  it('succeeds by account ID when the page’s config gives it', () => {
    const status = outcomeOfIdentity(job({ target: { account: ID, roleName: 'devops' } }), known(role('devops', 'company1', ID)), 5000);
    expect(status).toMatchObject({ state: 'succeeded', message: 'Now acting as devops in company1.' });
  });

  it('succeeds but says so when the page cannot confirm the account ID', () => {
    const status = outcomeOfIdentity(job({ target: { account: ID, roleName: 'devops' } }), known(role('devops', 'company1')), 5000);
    expect(status).toMatchObject({
      state: 'succeeded',
      message: `Now acting as devops in company1. You asked for ${ID}, and the page names the account only as company1, which the extension cannot yet match to it: check the console's top bar.`,
    });
  });

  it('succeeds but says so when the page shows the account only by ID, and the bookmark names its alias', () => {
    const status = outcomeOfIdentity(job(), known(role('devops', `${ID}.onaliyun.com`)), 5000);
    expect(status).toMatchObject({
      state: 'succeeded',
      message: `Now acting as devops in ${ID}.onaliyun.com — Prod. You asked for company1, and the page names the account only as ${ID}.onaliyun.com, which the extension cannot yet match to it: check the console's top bar.`,
    });
  });

  it.each<[string, Identity, string]>([
    ['another role', role('ecs-admin', 'company1'), 'ecs-admin in company1'],
    ['the role in another account', role('devops', 'company2'), 'devops in company2'],
    ['the logon user (nothing switched)', ALICE, 'alice@company2.onaliyun.com'],
  ])('fails as a mismatch on %s, saying what the console shows', (_, identity, shown) => {
    expect(outcomeOfIdentity(job(), known(identity), 5000)).toEqual({
      state: 'failed',
      kind: 'switch',
      target: PROD,
      cause: 'mismatch',
      message: `After the switch the console shows ${shown}, not Prod (devops in company1). Check the console's top bar before you act.`,
      consoleText: undefined,
      at: 5000,
    });
  });

  it('fails as unconfirmed when the page does not say who is acting', () => {
    const status = outcomeOfIdentity(job(), { state: 'unknown', reason: 'the page shows no current identity in its top bar' }, 5000);
    expect(status).toMatchObject({
      state: 'failed',
      cause: 'unconfirmed',
      message: "The console moved on, but its page does not say who you are (the page shows no current identity in its top bar). Check the console's top bar before you act.",
    });
  });
});

describe('outcomeOfIdentity after switching back', () => {
  it('succeeds on the logon identity', () => {
    expect(outcomeOfIdentity(back(), known(ALICE), 5000)).toEqual({
      state: 'succeeded',
      kind: 'back',
      identity: ALICE,
      message: 'Back to your logon identity: alice@company2.onaliyun.com.',
      at: 5000,
    });
  });

  it('fails as a mismatch when a role is still active', () => {
    expect(outcomeOfIdentity(back(), known(role('devops', 'company1')), 5000)).toMatchObject({
      state: 'failed',
      kind: 'back',
      cause: 'mismatch',
      message: "After the switch the console shows the role devops in company1, not what was asked. Check the console's top bar before you act.",
    });
  });

  it('fails as unconfirmed when the page does not say', () => {
    expect(outcomeOfIdentity(back(), { state: 'unknown', reason: 'no top bar' }, 5000)).toMatchObject({ state: 'failed', kind: 'back', cause: 'unconfirmed' });
  });
});

describe('outcomeOfPageError: every error text of the fake console', () => {
  const CAUSE: Record<keyof typeof ERROR_TEXTS, FailureCause> = {
    'unknown-account': 'unknown-account',
    'unknown-role': 'unknown-role',
    'not-trusted': 'not-trusted',
    root: 'root-account',
    expired: 'signed-out',
    'missing-fields': 'console-error',
    'bad-token': 'console-error',
  };
  const cases = Object.entries(ERROR_TEXTS).flatMap(([failure, texts]) =>
    Object.entries(texts).map(([lang, text]) => [failure as keyof typeof ERROR_TEXTS, lang, text] as const),
  );

  it.each(cases)('%s (%s): the cause, and the console’s own words once', (failure, _lang, text) => {
    const status = outcomeOfPageError(job(), text, 5000);
    expect(status).toMatchObject({ state: 'failed', kind: 'switch', target: PROD, cause: CAUSE[failure], consoleText: text, at: 5000 });
    const message = status.state === 'failed' ? status.message : '';
    expect(message.split(text)).toHaveLength(2);
    expect(message).toMatch(SAYS_WHAT_TO_DO);
  });

  it('says the console gave no reason when the page shows no error', () => {
    expect(outcomeOfPageError(job(), '', 5000)).toMatchObject({
      cause: 'console-error',
      message: 'The console returned to the Switch Role page without switching and without saying why. Check the page, then try again.',
    });
  });

  it('quotes the text of an unknown refusal', () => {
    expect(outcomeOfPageError(job(), 'System busy (E42)', 5000)).toMatchObject({
      cause: 'console-error',
      message: 'The console refused the switch. It said: "System busy (E42)" Check the page, then try again.',
    });
  });
});

/** Words that tell a person what to do next. */
const SAYS_WHAT_TO_DO = /\b(check|sign in|ask|wait|try again|switch again|press switch|edit|look at)\b/i;

describe('every failure message names the cause and says what to do', () => {
  const CASES: Record<Exclude<FailureCause, 'not-a-role'>, { cause: RegExp; extra?: Parameters<typeof failed>[3] }> = {
    'unknown-account': { cause: /does not know the account "company1"/ },
    'unknown-role': { cause: /Account "company1" has no role "devops"/ },
    'not-trusted': { cause: /not allowed to assume "devops" in "company1".*trust policy.*AliyunSTSAssumeRoleAccess/ },
    'root-account': { cause: /Alibaba Cloud account itself \(root\), which cannot assume roles/ },
    'signed-out': { cause: /signed out of the console/ },
    'form-not-found': { cause: /Could not find the Switch Role form \(account field not found\)/, extra: { detail: 'account field not found' } },
    'form-ambiguous': { cause: /fields are ambiguous \(2 fields look like the account field\)/, extra: { detail: '2 fields look like the account field' } },
    'fill-rejected': { cause: /did not accept the values \(it kept nothing\)/, extra: { detail: 'it kept nothing' } },
    'console-error': { cause: /refused the switch\. It said: "Nope"/, extra: { consoleText: 'Nope' } },
    timeout: { cause: /switch to Prod \(devops in company1\) did not complete within 30 s/ },
    mismatch: { cause: /console shows ecs-admin in company1, not Prod \(devops in company1\)/, extra: { shown: 'ecs-admin in company1' } },
    unconfirmed: { cause: /does not say who you are \(no top bar\)/, extra: { detail: 'no top bar' } },
    busy: { cause: /Already switching to Prod \(devops in company1\)/, extra: { detail: 'to Prod (devops in company1)' } },
    'tab-closed': { cause: /tab was closed before the switch finished/ },
  };

  it.each(Object.entries(CASES))('%s', (cause, { cause: names, extra }) => {
    const status = failed(job(), cause as FailureCause, 5000, extra);
    const message = status.state === 'failed' ? status.message : '';
    expect(message).toMatch(names);
    expect(message).toMatch(SAYS_WHAT_TO_DO);
  });

  it('not-a-role says what the console shows (there is nothing to do)', () => {
    expect(failed(back(), 'not-a-role', 5000, { shown: 'alice@company2.onaliyun.com' })).toMatchObject({
      message: 'You are not acting as a role (the console shows alice@company2.onaliyun.com), so there is nothing to switch back from.',
    });
  });

  it('adds the console’s words to a recognised cause', () => {
    const status = failed(job(), 'unknown-role', 5000, { consoleText: '指定账号下不存在该角色。' });
    expect(status).toMatchObject({
      message:
        'Account "company1" has no role "devops". Check the role name in the bookmark (role names must match exactly), then switch again. (The console said: "指定账号下不存在该角色。")',
      consoleText: '指定账号下不存在该角色。',
    });
  });

  it('withConsoleText does not repeat words already in the message', () => {
    expect(withConsoleText('It said: "x"', 'x')).toBe('It said: "x"');
    expect(withConsoleText('Failed.', undefined)).toBe('Failed.');
  });
});

describe('fallback: the form could not be driven, the pre-filled page is open', () => {
  it.each([
    ['form-not-found', 'account field not found: the page has no text fields', 'Could not find the Switch Role form (account field not found: the page has no text fields).'],
    ['form-ambiguous', 'the role name field comes before the account field', 'Did not fill the Switch Role form because its fields are ambiguous (the role name field comes before the account field).'],
    ['fill-rejected', 'the page did not keep the values', 'The Switch Role form did not accept the values (the page did not keep the values).'],
  ] as const)('%s', (cause, detail, first) => {
    const status = fallback(job() as SwitchJob & { target: SwitchTarget }, { cause, detail }, 5000);
    expect(status).toMatchObject({ state: 'fallback', kind: 'switch', target: PROD, cause, at: 5000 });
    expect(status.state === 'fallback' && status.message).toMatch(
      new RegExp(`^${escape(first)} Opened (the Switch Role page|the page) pre-filled with "company1" and "devops" instead: check the fields and press Switch yourself\\.$`),
    );
  });
});

describe('busyStatus: a second switch while one runs', () => {
  it('names the running switch', () => {
    expect(busyStatus(job(), 5000)).toEqual({
      state: 'failed',
      kind: 'switch',
      cause: 'busy',
      message: 'Already switching to Prod (devops in company1) (maybe from another window). Wait for it to finish, then try again.',
      at: 5000,
    });
  });

  it('names a running switch back', () => {
    expect(busyStatus(back(), 5000)).toMatchObject({
      kind: 'back',
      message: 'Already switching back to your logon identity (maybe from another window). Wait for it to finish, then try again.',
    });
  });

  it('reads well for a role without a label', () => {
    expect(busyStatus(job({ target: { account: 'company1', roleName: 'devops' } }), 5000)).toMatchObject({
      message: 'Already switching to devops in company1 (maybe from another window). Wait for it to finish, then try again.',
    });
  });
});

describe('the running job', () => {
  it('reports its step and deadline', () => {
    expect(runningStatus(job({ step: 'filling' }))).toEqual({ state: 'running', kind: 'switch', target: PROD, step: 'filling', startedAt: 1000, deadline: 31_000 });
  });

  it('expires after its deadline, not at it', () => {
    expect([isExpired(job(), 30_999), isExpired(job(), 31_000), isExpired(job(), 31_001)]).toEqual([false, false, true]);
  });

  it('targetName uses the label only when it says more than the role name', () => {
    expect(targetName(PROD)).toBe('Prod (devops in company1)');
    expect(targetName({ account: 'company1', roleName: 'devops', label: 'devops' })).toBe('devops in company1');
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
