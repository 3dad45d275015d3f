// The background's state that must outlive the service worker (stopped when idle, restarted on
// the next event): the switch in progress, its last outcome, and what each tab showed. In
// storage.session: kept while the browser runs, never written to disk.
import { storageItem } from '../storage-item';
import type { Identity, IdentityReading, SessionRecord } from '../console/identity-types';
import type { Site } from '../console/hosts';
import type { SwitchJob } from '../switch/flow';
import type { SwitchStatus } from '../switch/types';

export const jobItem = storageItem<SwitchJob | null>('session', 'switchJob', null);
export const lastStatusItem = storageItem<SwitchStatus | null>('session', 'switchStatus', null);

export interface TabSeen {
  site: Site;
  reading: IdentityReading;
  pageLoadedAt: number;
}
export const tabsSeenItem = storageItem<Record<string, TabSeen>>('session', 'tabsSeen', {});

/** Per site, the identity of the most recently loaded console page: the session's truth. */
export interface LatestIdentity {
  identity: Identity;
  key: string;
  pageLoadedAt: number;
}
export const latestIdentityItem = storageItem<Partial<Record<Site, LatestIdentity>>>('session', 'latestIdentity', {});

/** Per site, the last switch or switch back the extension confirmed (see decide-identity.ts). */
export const sessionRecordItem = storageItem<Partial<Record<Site, SessionRecord>>>('session', 'sessionRecord', {});

export async function setSessionRecord(site: Site, record: SessionRecord | null): Promise<void> {
  const all = { ...(await sessionRecordItem.getValue()) };
  if (!record && !all[site]) return; // nothing to end: write nothing
  if (record) all[site] = record;
  else delete all[site];
  await sessionRecordItem.setValue(all);
}
