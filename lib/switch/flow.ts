// The switch flow as pure decisions: given the job in progress and what a page reported, what
// happens next. The background (lib/background) only wires these to tabs, storage and timers.
//
//   opening ──switch page loads──▶ filling ──form filled──▶ submitted ──console page──▶ succeeded
//      │                              │                         │                       / mismatch
//      ├─ sign-in page ─▶ signed-out  ├─ form problem ─▶ fallback (pre-filled page)     / unconfirmed
//      └─ deadline ─▶ timeout         └─ deadline ─▶ timeout    ├─ error text ─▶ failed (classified)
//                                                               └─ sign-in page ─▶ signed-out
import { accountKey } from '../account';
import { classifyConsoleError } from '../console/page-error';
import { describeIdentity } from '../console/identity';
import type { Identity, IdentityReading } from '../console/identity-types';
import type { Site } from '../console/hosts';
import type { FormFailure } from '../console/switch-form';
import { failureMessage, targetName, withConsoleText } from './messages';
import type { FailureCause, SwitchStatus, SwitchStep, SwitchTarget } from './types';

export interface SwitchJob {
  id: string;
  kind: 'switch' | 'back';
  tabId: number;
  site: Site;
  target?: SwitchTarget;
  step: SwitchStep;
  startedAt: number;
  deadline: number;
  timeoutSec: number;
}

export function runningStatus(job: SwitchJob): SwitchStatus {
  return { state: 'running', kind: job.kind, target: job.target, step: job.step, startedAt: job.startedAt, deadline: job.deadline };
}

export function failed(job: Pick<SwitchJob, 'kind' | 'target' | 'timeoutSec'>, cause: FailureCause, now: number, extra: { detail?: string; consoleText?: string; shown?: string } = {}): SwitchStatus {
  const message = withConsoleText(failureMessage(cause, { target: job.target, timeoutSec: job.timeoutSec, ...extra }), cause === 'console-error' ? undefined : extra.consoleText);
  return { state: 'failed', kind: job.kind, target: job.target, cause, message, consoleText: extra.consoleText, at: now };
}

export function fallback(job: SwitchJob & { target: SwitchTarget }, problem: FormFailure, now: number): SwitchStatus {
  return {
    state: 'fallback',
    kind: 'switch',
    target: job.target,
    cause: problem.cause,
    message: failureMessage(problem.cause, { target: job.target, detail: problem.detail }),
    at: now,
  };
}

export function isExpired(job: SwitchJob, now: number): boolean {
  return now > job.deadline;
}

export type AccountMatch = 'same' | 'different' | 'unverifiable';

/** Whether the account the page shows is the one asked for, however each names it. */
export function compareAccount(target: string, identity: Identity): AccountMatch {
  const wanted = accountKey(target);
  const shown = identity.account ? accountKey(identity.account) : undefined;
  if (shown === wanted || identity.accountId === wanted) return 'same';
  const wantedIsId = /^\d{16}$/.test(wanted);
  // An ID can only be compared with an ID; an alias only with an alias.
  if (wantedIsId) return identity.accountId || (shown && /^\d{16}$/.test(shown)) ? 'different' : 'unverifiable';
  return shown && !/^\d{16}$/.test(shown) ? 'different' : 'unverifiable';
}

/** A console page loaded in the job's tab after the form was submitted: did it work? */
export function outcomeOfIdentity(job: SwitchJob, reading: IdentityReading, now: number): SwitchStatus {
  if (reading.state === 'unknown') return failed(job, 'unconfirmed', now, { detail: reading.reason });
  const identity = reading.identity;
  const shown = describeIdentity(identity);
  if (job.kind === 'back') {
    if (identity.kind === 'role') return failed(job, 'mismatch', now, { shown: `the role ${shown}` });
    return { state: 'succeeded', kind: 'back', identity, message: `Back to your logon identity: ${shown}.`, at: now };
  }
  const target = job.target!;
  const sameRole = identity.kind === 'role' && identity.roleName?.toLowerCase() === target.roleName.toLowerCase();
  const account = compareAccount(target.account, identity);
  if (!sameRole || account === 'different') return failed(job, 'mismatch', now, { shown });
  const where = identity.account ?? target.account;
  const asked = /^\d{16}$/.test(accountKey(target.account)) ? `the ID ${target.account}` : target.account;
  const note = account === 'unverifiable' ? ` (the page shows the account as ${where}; it did not show ${asked})` : '';
  return {
    state: 'succeeded',
    kind: 'switch',
    target,
    identity,
    message: `Now acting as ${identity.roleName} in ${where}${target.label && target.label !== target.roleName ? ` — ${target.label}` : ''}.${note}`,
    at: now,
  };
}

/** The switch page showed an error (or came back without one) after the form was submitted. */
export function outcomeOfPageError(job: SwitchJob, text: string, now: number): SwitchStatus {
  if (!text) return failed(job, 'console-error', now);
  return failed(job, classifyConsoleError(text), now, { consoleText: text });
}

export function busyStatus(running: SwitchJob, now: number): SwitchStatus {
  return {
    state: 'failed',
    kind: running.kind,
    cause: 'busy',
    message: failureMessage('busy', { detail: running.target ? `to ${targetName(running.target)}` : 'back to your logon identity' }),
    at: now,
  };
}
