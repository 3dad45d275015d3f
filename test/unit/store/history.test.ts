// The recent-roles history: one entry per role, newest first, capped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { historyKey, type HistoryEntry } from '@/lib/history';
import { openDatabase, type Db } from '@/lib/store/db';
import { clearHistory, listHistory, recordSwitch, trimHistory } from '@/lib/store/history';

let db: Db;
beforeEach(async () => {
  db = await openDatabase(`history-test-${crypto.randomUUID()}`);
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

const entry = (roleName: string, at: number, account = 'company1', site: 'cn' | 'intl' = 'cn'): HistoryEntry => ({
  key: historyKey(site, account, roleName),
  at,
  site,
  account,
  roleName,
});
/** What the Recent list shows, top to bottom. */
const recent = async (limit?: number) => (await listHistory(db, limit)).map((e) => `${e.roleName} in ${e.account}`);

describe('recordSwitch', () => {
  it('lists the newest switch first', async () => {
    await recordSwitch(db, entry('devops', 100), 50);
    await recordSwitch(db, entry('ops', 200), 50);
    await recordSwitch(db, entry('readonly', 300, 'company3'), 50);
    expect(await recent()).toEqual(['readonly in company3', 'ops in company1', 'devops in company1']);
  });

  it('moves a repeated role to the top, keeping one entry for it', async () => {
    await recordSwitch(db, entry('devops', 100), 50);
    await recordSwitch(db, entry('ops', 200), 50);
    await recordSwitch(db, entry('devops', 300), 50);
    expect(await recent()).toEqual(['devops in company1', 'ops in company1']);
    expect((await listHistory(db))[0]!.at).toBe(300);
  });

  it('counts a role named in another case as the same role', async () => {
    await recordSwitch(db, entry('devops', 100), 50);
    await recordSwitch(db, entry('DevOps', 200, 'Company1'), 50);
    expect(await db.count('history')).toBe(1);
  });

  it('keeps the same role on the two sites apart', async () => {
    await recordSwitch(db, entry('devops', 100, 'company1', 'cn'), 50);
    await recordSwitch(db, entry('devops', 200, 'company1', 'intl'), 50);
    expect(await db.count('history')).toBe(2);
  });

  it('trims the oldest beyond the cap', async () => {
    for (let i = 1; i <= 5; i++) await recordSwitch(db, entry(`role-${i}`, i * 100), 3);
    expect(await recent()).toEqual(['role-5 in company1', 'role-4 in company1', 'role-3 in company1']);
  });

  it('with a cap of 1, keeps only the last switch', async () => {
    await recordSwitch(db, entry('devops', 100), 1);
    await recordSwitch(db, entry('ops', 200), 1);
    expect(await recent()).toEqual(['ops in company1']);
  });

  it('on a full disk, says so and leaves the history as it was', async () => {
    await recordSwitch(db, entry('devops', 100), 50);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(recordSwitch(db, entry('ops', 200), 50)).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'full',
      message: expect.stringMatching(/^Could not record the switch in the history: the browser's storage .* is full\. Nothing was changed\./),
    });
    vi.restoreAllMocks();
    expect(await recent()).toEqual(['devops in company1']);
  });
});

describe('listHistory, clearHistory and trimHistory', () => {
  beforeEach(async () => {
    for (let i = 1; i <= 6; i++) await recordSwitch(db, entry(`role-${i}`, i * 100), 50);
  });

  it('lists up to a limit', async () => {
    expect(await recent(2)).toEqual(['role-6 in company1', 'role-5 in company1']);
    expect(await recent(0)).toEqual([]);
    expect(await recent(100)).toHaveLength(6);
  });

  it('clears everything', async () => {
    await clearHistory(db);
    expect(await recent()).toEqual([]);
  });

  it('applies a smaller cap at once, keeping the newest', async () => {
    await trimHistory(db, 2);
    expect(await recent()).toEqual(['role-6 in company1', 'role-5 in company1']);
  });

  it('leaves a history within the cap alone', async () => {
    await trimHistory(db, 10);
    expect(await recent()).toHaveLength(6);
  });
});
