// The recent-roles history: one entry per role (site, account, role), newest first.
import type { Site } from './console/hosts';

export interface HistoryEntry {
  /** site|account key|role, lower-case: one entry per role, so a repeat moves it to the top. */
  key: string;
  /** When the switch was confirmed (ms since epoch). */
  at: number;
  site: Site;
  /** The account as the console showed it: alias or default domain. */
  account: string;
  /** The 16-digit account ID, when the page said it. */
  accountId?: string;
  roleName: string;
}

export const DEFAULT_HISTORY_CAP = 50;
export const HISTORY_CAP_RANGE = { min: 1, max: 500 } as const;

export function historyKey(site: Site, account: string, roleName: string): string {
  return `${site}|${account.trim().toLowerCase()}|${roleName.toLowerCase()}`;
}
