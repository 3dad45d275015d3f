import { describe, expect, it } from 'vitest';
import { describeIdentity } from '../../../lib/popup/identity';
import { describeStatus, RECENT_STATUS_MS, showOnOpen, supersedes } from '../../../lib/popup/status';
import type { SwitchStatus, TabIdentity } from '../../../lib/switch/types';

const target = { account: 'company1', roleName: 'devops', label: 'Prod admin' };
const running = (startedAt: number, step: 'opening' | 'filling' | 'submitted' = 'opening'): SwitchStatus => ({
  state: 'running',
  kind: 'switch',
  target,
  step,
  startedAt,
  deadline: startedAt + 30_000,
});
const succeeded = (at: number): SwitchStatus => ({
  state: 'succeeded',
  kind: 'switch',
  target,
  identity: { kind: 'role', principal: 'devops/alice', roleName: 'devops', account: 'company1' },
  message: 'Now acting as devops in company1.',
  at,
});

describe('describeStatus', () => {
  it.each<[string, SwitchStatus, object]>([
    ['running', running(1, 'filling'), { tone: 'progress', text: 'Switching to Prod admin in company1…', detail: 'Filling in the switch form' }],
    [
      'running back',
      { state: 'running', kind: 'back', step: 'opening', startedAt: 1, deadline: 2 },
      { tone: 'progress', text: 'Switching back to your logon identity…', detail: 'Opening the switch page' },
    ],
    ['succeeded', succeeded(2), { tone: 'success', text: 'Now acting as devops in company1.' }],
    [
      'failed with the console’s text',
      { state: 'failed', kind: 'switch', target, cause: 'console-error', message: 'The console refused.', consoleText: '账号不存在', at: 2 },
      { tone: 'error', text: 'The console refused.', consoleText: '账号不存在' },
    ],
    [
      'failed, the message already quoting the console',
      { state: 'failed', kind: 'switch', target, cause: 'not-trusted', message: 'Not allowed. (The console said: "No.")', consoleText: 'No.', at: 2 },
      { tone: 'error', text: 'Not allowed. (The console said: "No.")' },
    ],
    ['failed', { state: 'failed', kind: 'switch', cause: 'timeout', message: 'Timed out.', at: 2 }, { tone: 'error', text: 'Timed out.' }],
    ['fallback', { state: 'fallback', kind: 'switch', target, cause: 'form-not-found', message: 'Finish on the page.', at: 2 }, { tone: 'warning', text: 'Finish on the page.' }],
  ])('%s', (_, status, view) => expect(describeStatus(status)).toEqual(view));
});

describe('showOnOpen', () => {
  it.each<[string, SwitchStatus | null, boolean]>([
    ['nothing', null, false],
    ['a running job, however old', running(0), true],
    ['a job that ended a minute ago', succeeded(1_000_000 - 60_000), true],
    ['a job that ended long ago', succeeded(1_000_000 - RECENT_STATUS_MS - 1), false],
  ])('%s → %s', (_, status, shown) => expect(showOnOpen(status, 1_000_000)).toBe(shown));
});

describe('supersedes', () => {
  it.each<[string, SwitchStatus | null, SwitchStatus, boolean]>([
    ['anything over nothing', null, running(5), true],
    ['the next step', running(5, 'opening'), running(5, 'filling'), true],
    ['the end of the job', running(5), succeeded(9), true],
    ['a late "running" reply after the job ended', succeeded(9), running(5), false],
    ['a new job after the last one ended', succeeded(9), running(12), true],
    ['an older end', succeeded(9), succeeded(7), false],
  ])('%s: %s', (_, current, incoming, wins) => expect(supersedes(current, incoming)).toBe(wins));
});

describe('describeIdentity', () => {
  const tab = (reading: TabIdentity['reading']): TabIdentity => ({ tabId: 1, site: 'cn', reading });
  it.each<[string, TabIdentity | null, string, boolean]>([
    ['no console tab', null, 'Not a console tab', false],
    // Switch back is offered wherever the console may be acting as a role.
    ['unknown', tab({ state: 'unknown', reason: 'no top bar' }), 'Identity unknown on this page', true],
    [
      'a role',
      tab({ state: 'known', identity: { kind: 'role', principal: 'devops/alice', roleName: 'devops', account: 'company1', logon: { principal: 'alice@company2.onaliyun.com' } } }),
      'Acting as devops in company1',
      true,
    ],
    ['a role in an account known by ID', tab({ state: 'known', identity: { kind: 'role', principal: 'devops/alice', roleName: 'devops', accountId: '1234567890123456' } }), 'Acting as devops in 1234567890123456', true],
    ['the logon user', tab({ state: 'known', identity: { kind: 'user', principal: 'alice@company2.onaliyun.com' } }), 'Logon identity: alice@company2.onaliyun.com', false],
    ['the root account', tab({ state: 'known', identity: { kind: 'root', principal: 'owner@example.com' } }), 'Logon identity: owner@example.com', false],
    ['a RAM user the page does not name', tab({ state: 'known', identity: { kind: 'user', principal: '' } }), 'Logon identity (a RAM user)', false],
  ])('%s', (_, t, text, canSwitchBack) => {
    const view = describeIdentity(t);
    expect(view.text).toBe(text);
    expect(view.canSwitchBack).toBe(canSwitchBack);
  });
});
