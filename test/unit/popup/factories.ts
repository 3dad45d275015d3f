// Small builders for test data.
import { historyKey, type HistoryEntry } from '../../../lib/history';
import type { Bookmark } from '../../../lib/bookmark';

let n = 0;

export function bookmark(fields: Partial<Bookmark> & Pick<Bookmark, 'account' | 'roleName'>): Bookmark {
  n++;
  return { id: `id-${n}`, colour: '#1565c0', favourite: false, createdAt: n, updatedAt: n, ...fields };
}

export function historyEntry(fields: Partial<HistoryEntry> & Pick<HistoryEntry, 'account' | 'roleName'>): HistoryEntry {
  const site = fields.site ?? 'cn';
  n++;
  return { key: historyKey(site, fields.account, fields.roleName), at: 1_000_000 - n, site, ...fields };
}

/** `count` bookmarks over `accounts` accounts, every fifth a favourite. */
export function manyBookmarks(count: number, accounts = 50): Bookmark[] {
  return Array.from({ length: count }, (_, i) =>
    bookmark({
      account: `account-${String(i % accounts).padStart(3, '0')}`,
      roleName: `role-${i}`,
      displayName: i % 3 === 0 ? `Display ${i}` : undefined,
      favourite: i % 5 === 0,
      tags: i % 7 === 0 ? ['prod'] : undefined,
    }),
  );
}
