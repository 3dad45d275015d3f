// What console pages report about who is acting: feeds the switch in progress, the recent-roles
// history, the toolbar badge, and each page's banner — including telling a page that it is out
// of date because another tab has since switched the console to someone else.
import { browser } from 'wxt/browser';
import { accountKey } from '../account';
import { badgeFor, bannerFor } from '../banner';
import { t, translator } from '../i18n';
import { siteOfUrl, type Site } from '../console/hosts';
import type { Identity, IdentityReading } from '../console/identity-types';
import { historyKey } from '../history';
import { broadcastToPages, sendToTab, type BannerInfo } from '../messages';
import { collapsedBannersItem, getSettings } from '../settings';
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

async function showIdentity(tabId: number, site: Site, reading: IdentityReading, newer: Identity | undefined, names: AccountNames): Promise<BannerInfo['style']> {
  const [bookmarks, settings, collapsed] = await Promise.all([currentBookmarks(), getSettings(), collapsedBannersItem.getValue()]);
  const style = bannerFor(reading, { site, bookmarks, logonBanner: settings.logonBanner, collapsed, newerIdentity: newer, names, t: translator(settings.language).t });
  await setBadge(tabId, badgeFor(reading, style, site, bookmarks, names), style);
  return style;
}

async function setBadge(tabId: number, badge: { text: string; colour: string }, style: BannerInfo['style']) {
  await browser.action.setBadgeText({ tabId, text: badge.text }).catch(() => {});
  await browser.action.setBadgeBackgroundColor({ tabId, color: badge.colour }).catch(() => {});
  const title = style ? style.text : t('extName');
  await browser.action.setTitle({ tabId, title }).catch(() => {});
}

/** What the page's evidence, the session record and a just-submitted switch say together. */
async function decide(tabId: number, site: Site, evidence: PageEvidence, pageLoadedAt: number): Promise<IdentityReading> {
  const record = (await sessionRecordItem.getValue())[site] ?? null;
  const decision = decideIdentity(evidence, record, await submittedIn(tabId, pageLoadedAt));
  if (decision.endRecord) await setSessionRecord(site, null);
  return decision.reading;
}

export async function onIdentitySeen(tabId: number, url: string, evidence: PageEvidence, pageLoadedAt: number): Promise<BannerInfo> {
  const site = siteOfUrl(url);
  if (!site) return { style: null };
  const reading = await decide(tabId, site, evidence, pageLoadedAt);
  const seen = await tabsSeenItem.getValue();
  await tabsSeenItem.setValue({ ...seen, [String(tabId)]: { site, reading, pageLoadedAt } });
  await broadcastToPages('identityChanged', { tabId, site, reading });
  let newer: Identity | undefined;
  let names = await loadAccountNames();
  if (reading.state === 'known') {
    const latest = await noteLatest(site, reading.identity, pageLoadedAt, names);
    if (latest && latest.key !== identityKey(reading.identity, names)) newer = latest.identity;
  }
  // After the history is written: the popup re-reads it when it hears the switch ended.
  await onIdentityForJob(tabId, reading, pageLoadedAt);
  // A confirmed switch may just have taught an account's ID: the banner uses it at once.
  names = await loadAccountNames();
  return { style: await showIdentity(tabId, site, reading, newer, names) };
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
