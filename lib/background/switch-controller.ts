// Runs switches: picks the tab, opens the switch page, answers the switch page's content
// script, and ends every switch in a status — succeeded, failed, fallback or timed out.
import { browser } from 'wxt/browser';
import { exitSwitchedRoleUrl, pageKindOf, siteOfUrl, switchRoleUrl, type Site } from '../console/hosts';
import type { IdentityReading, SubmittedSwitch } from '../console/identity-types';
import { learnAccountId, loadAccountNames } from '../known-accounts';
import type { FormFailure } from '../console/switch-form';
import { broadcastToPages, sendToTab, type SwitchPageInstruction } from '../messages';
import { getSettings } from '../settings';
import { busyStatus, failed, fallback, isExpired, outcomeOfIdentity, outcomeOfPageError, runningStatus, type SwitchJob } from '../switch/flow';
import type { SwitchStatus, SwitchTarget } from '../switch/types';
import { landingUrlAtUse } from './landing';
import { jobItem, lastStatusItem, setSessionRecord, tabsSeenItem } from './state';

/** How long the switch page may take to show its form (part of the overall time limit). */
const FORM_TIMEOUT_MS = 10_000;
/** How long to look for an error message after landing back on the switch page. */
const OUTCOME_TIMEOUT_MS = 5_000;

let timer: ReturnType<typeof setTimeout> | undefined;
/** Settles once a starting job is saved: a page that loads meanwhile waits for it. */
let starting: Promise<unknown> = Promise.resolve();

function armTimer(job: SwitchJob) {
  clearTimeout(timer);
  timer = setTimeout(() => void activeJob(), Math.max(0, job.deadline - Date.now()) + 50);
}

/** The running job, after ending it if its time is up. */
export async function activeJob(now = Date.now()): Promise<SwitchJob | null> {
  await starting;
  const job = await jobItem.getValue();
  if (job && isExpired(job, now)) {
    await finish(job, failed(job, 'timeout', now));
    return null;
  }
  return job;
}

/** The worker was stopped mid-switch and started again: end the job now or re-arm its limit. */
export async function resumeAfterRestart(): Promise<void> {
  const job = await activeJob();
  if (job) armTimer(job);
}

async function finish(job: SwitchJob, status: SwitchStatus): Promise<SwitchStatus> {
  const current = await jobItem.getValue();
  if (current?.id !== job.id) return status; // already ended by another event
  clearTimeout(timer);
  await jobItem.setValue(null);
  await remember(job, status);
  await lastStatusItem.setValue(status);
  await broadcastToPages('statusChanged', status);
  if (status.state === 'failed' || status.state === 'fallback') {
    await browser.action.setBadgeText({ tabId: job.tabId, text: '!' }).catch(() => {});
    await browser.action.setBadgeBackgroundColor({ tabId: job.tabId, color: status.state === 'failed' ? '#b00020' : '#b26a00' }).catch(() => {});
  }
  const landing = status.state === 'succeeded' && job.target?.landingUrl ? landingUrlAtUse(job.target.landingUrl, job.site) : null;
  if (landing) await browser.tabs.update(job.tabId, { url: landing }).catch(() => {});
  return status;
}

/** A confirmed switch becomes the session record, and teaches the account's ID. */
async function remember(job: SwitchJob, status: SwitchStatus): Promise<void> {
  if (status.state !== 'succeeded') return;
  const { identity } = status;
  if (job.kind === 'back') {
    await setSessionRecord(job.site, { kind: 'logon', ...(identity.principal ? { principal: identity.principal } : {}), at: status.at });
    return;
  }
  const target = job.target!;
  await setSessionRecord(job.site, {
    kind: 'role',
    roleName: identity.roleName ?? target.roleName,
    principal: identity.principal,
    account: identity.account ?? target.account,
    ...(identity.accountId ? { accountId: identity.accountId } : {}),
    ...(identity.logon ? { logon: identity.logon.principal } : {}),
    at: status.at,
  });
  await learnAccountId(target.account, identity.accountId);
  if (identity.account) await learnAccountId(identity.account, identity.accountId);
}

/** The switch just submitted in this tab, when the page that loaded may be its answer. */
export async function submittedIn(tabId: number, pageLoadedAt: number): Promise<SubmittedSwitch | null> {
  const job = await activeJob();
  if (!job || job.tabId !== tabId || job.kind !== 'switch' || job.step !== 'submitted' || pageLoadedAt < job.startedAt) return null;
  const { roleName, account } = job.target!;
  const accountId = (await loadAccountNames()).idOf(account);
  return { roleName, account, ...(accountId ? { accountId } : {}) };
}

export async function currentStatus(): Promise<SwitchStatus | null> {
  const job = await activeJob();
  return job ? runningStatus(job) : lastStatusItem.getValue();
}

/** The console tab the popup was opened over, or null when it is not a console page. */
async function consoleTab(tabId: number | undefined) {
  if (tabId === undefined) return null;
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return tab && pageKindOf(tab.url) ? tab : null;
}

/** Starts a job in the tab (or a new one), navigating it to `url` unless that is null. */
function begin(job: Omit<SwitchJob, 'id' | 'startedAt' | 'deadline' | 'timeoutSec'>, url: string | null, reuse: boolean): Promise<SwitchStatus> {
  const started = (async () => {
    const { switchTimeoutSec } = await getSettings();
    const startedAt = Date.now();
    let tabId = job.tabId;
    if (reuse && url) await browser.tabs.update(tabId, { url });
    if (!reuse) tabId = (await browser.tabs.create({ url: url ?? undefined, active: true, windowId: await windowOf(job.tabId) })).id!;
    const full: SwitchJob = { ...job, tabId, id: crypto.randomUUID(), startedAt, deadline: startedAt + switchTimeoutSec * 1000, timeoutSec: switchTimeoutSec };
    await jobItem.setValue(full);
    await lastStatusItem.setValue(null);
    armTimer(full);
    return full;
  })();
  starting = started.catch(() => {});
  return started.then(async (full) => {
    const status = runningStatus(full);
    await broadcastToPages('statusChanged', status);
    return status;
  });
}

async function windowOf(tabId: number): Promise<number | undefined> {
  if (tabId < 0) return undefined;
  return (await browser.tabs.get(tabId).catch(() => null))?.windowId;
}

export async function startSwitch(target: SwitchTarget, tabId?: number): Promise<SwitchStatus> {
  const running = await activeJob();
  if (running) return busyStatus(running, Date.now());
  const tab = await consoleTab(tabId);
  const site: Site = target.site ?? siteOfUrl(tab?.url) ?? 'cn';
  return begin({ kind: 'switch', tabId: tab?.id ?? tabId ?? -1, site, target: { ...target, site }, step: 'opening' }, switchRoleUrl(site), tab !== null);
}

export async function startSwitchBack(tabId?: number): Promise<SwitchStatus> {
  const running = await activeJob();
  if (running) return busyStatus(running, Date.now());
  const tab = await consoleTab(tabId);
  const site: Site = siteOfUrl(tab?.url) ?? 'cn';
  const seen = tab ? (await tabsSeenItem.getValue())[String(tab.id)] : undefined;
  if (seen?.reading.state === 'known' && seen.reading.identity.kind !== 'role') {
    return failed({ kind: 'back', timeoutSec: 0 }, 'not-a-role', Date.now(), { shown: seen.reading.identity.principal });
  }
  const job = { kind: 'back', site, step: 'submitted' } as const;
  if (tab?.id !== undefined && pageKindOf(tab.url) === 'console') {
    // Drive the console's own "Switch Back to Logon User" link; its URL is the fallback.
    const status = await begin({ ...job, tabId: tab.id }, null, true);
    const clicked = await sendToTab(tab.id, 'clickSwitchBack', {}).then((r) => r.clicked, () => false);
    if (!clicked) await browser.tabs.update(tab.id, { url: exitSwitchedRoleUrl(site) });
    return status;
  }
  return begin({ ...job, tabId: tab?.id ?? tabId ?? -1 }, exitSwitchedRoleUrl(site), tab !== null);
}

/** The switch page loaded in some tab: tell its content script what to do. */
export async function onSwitchPageLoaded(tabId: number): Promise<SwitchPageInstruction> {
  const job = await activeJob();
  if (!job || job.tabId !== tabId || job.kind !== 'switch') return { action: 'none' };
  if (job.step === 'opening') {
    await jobItem.setValue({ ...job, step: 'filling' });
    await broadcastToPages('statusChanged', runningStatus({ ...job, step: 'filling' }));
    return { action: 'fill', account: job.target!.account, roleName: job.target!.roleName, formTimeoutMs: Math.min(FORM_TIMEOUT_MS, job.deadline - Date.now()) };
  }
  if (job.step === 'submitted') return { action: 'report-outcome', timeoutMs: OUTCOME_TIMEOUT_MS };
  return { action: 'none' };
}

export async function onFormFilled(tabId: number): Promise<{ submit: boolean }> {
  const job = await activeJob();
  if (!job || job.tabId !== tabId || job.step !== 'filling') return { submit: false };
  const next = { ...job, step: 'submitted' as const };
  await jobItem.setValue(next);
  await broadcastToPages('statusChanged', runningStatus(next));
  return { submit: true };
}

/** The form could not be driven: open the pre-filled page for the user, and say so. */
export async function onFormFailed(tabId: number, problem: FormFailure): Promise<void> {
  const job = await activeJob();
  if (!job || job.tabId !== tabId || job.kind !== 'switch' || job.step !== 'filling') return;
  const target = job.target!;
  await finish(job, fallback({ ...job, target }, problem, Date.now()));
  await browser.tabs.update(tabId, { url: switchRoleUrl(job.site, { account: target.account, roleName: target.roleName }) });
}

export async function onSwitchPageError(tabId: number, text: string): Promise<void> {
  const job = await activeJob();
  if (!job || job.tabId !== tabId || job.step !== 'submitted') return;
  await finish(job, outcomeOfPageError(job, text, Date.now()));
}

/** A sign-in page means the session is gone: it ends the session record and any switch. (The
 *  content script judges a page by what it shows — a sign-in form — not by its path.) */
export async function onSigninPageLoaded(tabId: number, url: string): Promise<void> {
  const site = siteOfUrl(url);
  if (site) await setSessionRecord(site, null);
  const job = await activeJob();
  if (!job || job.tabId !== tabId) return;
  await finish(job, failed(job, 'signed-out', Date.now()));
}

/** A console page in the job's tab, loaded after the job began, says how it ended: whether it
 *  ended a switch submitted there. */
export async function onIdentityForJob(tabId: number, reading: IdentityReading, pageLoadedAt: number): Promise<boolean> {
  const job = await activeJob();
  if (!job || job.tabId !== tabId || job.step !== 'submitted' || pageLoadedAt < job.startedAt) return false;
  await finish(job, outcomeOfIdentity(job, reading, Date.now(), await loadAccountNames()));
  return true;
}

export async function onTabRemoved(tabId: number): Promise<void> {
  const job = await jobItem.getValue();
  if (job?.tabId === tabId) await finish(job, failed(job, 'tab-closed', Date.now()));
}
