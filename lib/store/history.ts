// The recent-roles history in IndexedDB: one entry per role, capped, newest first.
import { t } from '../i18n';
import type { HistoryEntry } from '../history';
import { writeGuard, type Db } from './db';

/** Newest first. */
export async function listHistory(db: Db, limit?: number): Promise<HistoryEntry[]> {
  const out: HistoryEntry[] = [];
  let cursor = await db.transaction('history').store.index('byAt').openCursor(null, 'prev');
  while (cursor && (limit === undefined || out.length < limit)) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/** Records a confirmed switch (a repeat moves the role to the top) and trims to `cap`. */
export function recordSwitch(db: Db, entry: HistoryEntry, cap: number): Promise<void> {
  return writeGuard(t('doing_recordHistory'), async () => {
    const tx = db.transaction('history', 'readwrite');
    await tx.store.put(entry);
    let cursor = await tx.store.index('byAt').openCursor(null, 'prev');
    for (let kept = 0; cursor; cursor = await cursor.continue()) {
      if (++kept > cap) await cursor.delete();
    }
    await tx.done;
  });
}

export function clearHistory(db: Db): Promise<void> {
  return writeGuard(t('doing_clearHistory'), () => db.clear('history'));
}

/** Applies a new, smaller cap at once. */
export async function trimHistory(db: Db, cap: number): Promise<void> {
  return writeGuard(t('doing_trimHistory'), async () => {
    const tx = db.transaction('history', 'readwrite');
    let cursor = await tx.store.index('byAt').openCursor(null, 'prev');
    for (let kept = 0; cursor; cursor = await cursor.continue()) {
      if (++kept > cap) await cursor.delete();
    }
    await tx.done;
  });
}
