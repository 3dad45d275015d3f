// The switch flow as pure decisions: given the job in progress and what a page reported, what
// happens next. The background (lib/background) only wires these to tabs, storage and timers.
//
//   opening ──switch page loads──▶ filling ──form filled──▶ submitted ──console page──▶ succeeded
//      │                              │                         │                       / mismatch
//      ├─ sign-in page ─▶ signed-out  ├─ form problem ─▶ fallback (pre-filled page)     / unconfirmed
//      └─ deadline ─▶ timeout         └─ deadline ─▶ timeout    ├─ error text ─▶ failed (classified)
//                                                               └─ sign-in page ─▶ signed-out
import { accountKey } from '../account';
import { AccountNames } from '../known-accounts';
import { classifyConsoleError } from '../console/page-error';
import { describeIdentity } from '../console/identity';
import type { Identity, IdentityReading } from '../console/identity-types';
import type { Site } from '../console/hosts';
import type { FormFailure } from '../console/switch-form';
import { t } from '../i18n';
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

const ID = /^\d{16}$/;

/** Whether the account the page shows is the one asked for, however each names it. */
export function compareAccount(target: string, identity: Identity, names = new AccountNames()): AccountMatch {
  const wantedId = names.idOf(target);
  const shownId = identity.accountId ?? names.idOf(identity.account);
  if (wantedId && shownId) return wantedId === shownId ? 'same' : 'different';
  if (names.same(target, identity.account)) return 'same';
  // Two aliases can be compared; an alias and an ID not yet learned cannot.
  const isAlias = (a: string | undefined) => !!a && !ID.test(accountKey(a));
  return isAlias(target) && isAlias(identity.account) ? 'different' : 'unverifiable';
}

/** A console page loaded in the job's tab after the form was submitted: did it work? */
export function outcomeOfIdentity(job: SwitchJob, reading: IdentityReading, now: number, names = new AccountNames()): SwitchStatus {
  if (reading.state === 'unknown') return failed(job, 'unconfirmed', now, { detail: reading.reason });
  const identity = reading.identity;
  const shown = describeIdentity(identity);
  if (job.kind === 'back') {
    if (identity.kind === 'role') return failed(job, 'mismatch', now, { shown: t('success_backMismatchRole', { shown }) });
    return { state: 'succeeded', kind: 'back', identity, message: t('success_back', { shown }), at: now };
  }
  const target = job.target!;
  const sameRole = identity.kind === 'role' && identity.roleName?.toLowerCase() === target.roleName.toLowerCase();
  const account = compareAccount(target.account, identity, names);
  if (!sameRole || account === 'different') return failed(job, 'mismatch', now, { shown });
  return { state: 'succeeded', kind: 'switch', target, identity, message: successMessage(target, identity, account === 'same'), at: now };
}

/**
 * Built from what the page showed, so it cannot contradict itself: either the account is
 * confirmed, or the message says what the page showed instead and that it could not be matched.
 */
export function successMessage(target: SwitchTarget, identity: Identity, accountConfirmed: boolean): string {
  const label = target.label && target.label !== target.roleName ? t('success_labelSuffix', { label: target.label }) : '';
  const role = identity.roleName ?? '';
  if (accountConfirmed) return t('success_acting', { role, account: identity.account ?? target.account, label });
  const pageNames = [identity.account, identity.accountId].filter((n): n is string => !!n);
  if (pageNames.length === 0) return t('success_noAccount', { role, label, asked: target.account });
  return t('success_unmatched', { role, seen: pageNames.join(' / '), label, asked: target.account });
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
    message: failureMessage('busy', { detail: running.target ? t('switch_busyTo', { target: targetName(running.target) }) : t('switch_busyBack') }),
    at: now,
  };
}
