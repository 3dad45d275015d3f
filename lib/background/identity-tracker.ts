// What console pages report about who is acting: feeds the switch in progress, the recent-roles
// history, the toolbar badge, and each page's banner — including telling a page that it is out
// of date because another tab has since switched the console to someone else.
import { browser } from 'wxt/browser';
import { accountKey } from '../account';
import type { Bookmark } from '../bookmark';
import { badgeFor, bannerFor } from '../banner';
import { t, translator } from '../i18n';
import { siteOfUrl, type Site } from '../console/hosts';
import type { Identity, IdentityReading } from '../console/identity-types';
import { historyKey } from '../history';
import { broadcastToPages, sendToTab, type BannerInfo } from '../messages';
import { collapsedBannersItem, getSettings, type Settings } from '../settings';
import { currentBookmarks } from './bookmark-cache';
import { db } from '../store/db';
import { recordSwitch } from '../store/history';
import { decideIdentity, type PageEvidence } from '../console/decide-identity';
import { AccountNames, loadAccountNames } from '../known-accounts';
import { latestIdentityItem, sessionRecordItem, setSessionRecord, tabsSeenItem, type LatestIdentity } from './state';
import { onIdentityForJob, submittedIn } from './switch-controller';

/** One key per identity: an account shown by alias on one page and by ID on another is one. */
export function identityKey(i: Identity, names = new AccountNames()): string {
  return i.kind === 'role' ? `role|${i.accountId ?? names.keyOf(i.account ?? '')}|${i.roleName?.toLowerCase()}` : `${i.kind}|${i.principal.toLowerCase()}`;
}

/** Keeps the newest page's identity per site; records a role the history has not just seen. */
async function noteLatest(site: Site, identity: Identity, pageLoadedAt: number, names: AccountNames): Promise<LatestIdentity | undefined> {
  const latest = await latestIdentityItem.getValue();
  const known = latest[site];
  if (known && known.pageLoadedAt > pageLoadedAt) return known;
  const key = identityKey(identity, names);
  if (known?.key === key) return known;
  const next = { identity, key, pageLoadedAt };
  await latestIdentityItem.setValue({ ...latest, [site]: next });
  if (identity.kind === 'role' && identity.roleName) {
    const { historyCap } = await getSettings();
    const account = identity.account ?? identity.accountId ?? '';
    await recordSwitch(
      await db(),
      {
        key: historyKey(site, accountKey(account), identity.roleName),
        at: Date.now(),
        site,
        account,
        ...(identity.accountId ? { accountId: identity.accountId } : {}),
        roleName: identity.roleName,
      },
      historyCap,
    ).catch((e) => console.error('Recent-roles history not updated:', e));
  }
  // Other console tabs of this site may now show an identity the session no longer has.
  if (known) void refreshOtherTabs(site, -1);
  return next;
}

async function refreshOtherTabs(site: Site, exceptTabId: number) {
  const seen = await tabsSeenItem.getValue();
  for (const [id, tab] of Object.entries(seen)) {
    if (tab.site === site && Number(id) !== exceptTabId) void sendToTab(Number(id), 'refreshBanner', {}).catch(() => {});
  }
}

interface BannerInputs {
  bookmarks: Bookmark[];
  settings: Settings;
  collapsed: Record<string, true>;
}

function bannerInputs(): Promise<BannerInputs> {
  return Promise.all([currentBookmarks(), getSettings(), collapsedBannersItem.getValue()]).then(([bookmarks, settings, collapsed]) => ({ bookmarks, settings, collapsed }));
}

async function setBadge(tabId: number, badge: { text: string; colour: string }, style: BannerInfo['style']) {
  const title = style ? style.text : t('extName');
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }).catch(() => {}),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.colour }).catch(() => {}),
    browser.action.setTitle({ tabId, title }).catch(() => {}),
  ]);
}

/** What the page's evidence, the session record and a just-submitted switch say together. */
async function decide(tabId: number, site: Site, evidence: PageEvidence, pageLoadedAt: number): Promise<IdentityReading> {
  const [records, submitted] = await Promise.all([sessionRecordItem.getValue(), submittedIn(tabId, pageLoadedAt)]);
  const decision = decideIdentity(evidence, records[site] ?? null, submitted);
  if (decision.endRecord) await setSessionRecord(site, null);
  return decision.reading;
}

export async function onIdentitySeen(tabId: number, url: string, evidence: PageEvidence, pageLoadedAt: number): Promise<BannerInfo> {
  const site = siteOfUrl(url);
  if (!site) return { style: null };
  // The page shows its banner when this answers, and each step here is a trip to the browser's
  // storage (1–7 ms each on a busy machine): what does not depend on the steps before it is
  // asked for at once, so the answer waits for the slowest, not for the sum.
  const inputs = settledLater(bannerInputs());
  const namesBefore = settledLater(loadAccountNames());
  const reading = await decide(tabId, site, evidence, pageLoadedAt);
  const told = settledLater(Promise.all([rememberTab(tabId, site, reading, pageLoadedAt), broadcastToPages('identityChanged', { tabId, site, reading })]));
  let names = await namesBefore;
  let newer: Identity | undefined;
  if (reading.state === 'known') {
    const latest = await noteLatest(site, reading.identity, pageLoadedAt, names);
    if (latest && latest.key !== identityKey(reading.identity, names)) newer = latest.identity;
  }
  await told;
  // After the history is written and the tab remembered: the popup re-reads them when it hears
  // the switch ended. A switch it confirms may just have taught an account's ID: the banner
  // uses it at once.
  if (await onIdentityForJob(tabId, reading, pageLoadedAt)) names = await loadAccountNames();
  const { bookmarks, settings, collapsed } = await inputs;
  const style = bannerFor(reading, { site, bookmarks, logonBanner: settings.logonBanner, collapsed, newerIdentity: newer, names, t: translator(settings.language).t });
  // The toolbar button follows; the page need not wait for it.
  void setBadge(tabId, badgeFor(reading, style, site, bookmarks, names), style);
  return { style };
}

async function rememberTab(tabId: number, site: Site, reading: IdentityReading, pageLoadedAt: number): Promise<void> {
  const seen = await tabsSeenItem.getValue();
  await tabsSeenItem.setValue({ ...seen, [String(tabId)]: { site, reading, pageLoadedAt } });
}

/** A promise awaited later: if a step before fails, its own failure is not reported as unhandled. */
function settledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

export async function onTabClosed(tabId: number): Promise<void> {
  const seen = await tabsSeenItem.getValue();
  if (!(String(tabId) in seen)) return;
  delete seen[String(tabId)];
  await tabsSeenItem.setValue(seen);
}

/** Bookmarks or settings changed: every console tab asks again how its banner looks. */
export async function refreshAllBanners(): Promise<void> {
  const seen = await tabsSeenItem.getValue();
  for (const id of Object.keys(seen)) void sendToTab(Number(id), 'refreshBanner', {}).catch(() => {});
}

export async function setBannerCollapsed(collapseKey: string, collapsed: boolean): Promise<void> {
  const map = { ...(await collapsedBannersItem.getValue()) };
  if (collapsed) map[collapseKey] = true;
  else delete map[collapseKey];
  await collapsedBannersItem.setValue(map);
}

export async function tabIdentity(tabId: number | undefined) {
  if (tabId === undefined) return null;
  const seen = (await tabsSeenItem.getValue())[String(tabId)];
  return seen ? { tabId, site: seen.site, reading: seen.reading } : null;
}
