// Ids made in bulk (lib/store/ids.ts): version 4 UUIDs like crypto.randomUUID's, all different,
// from random bytes drawn a batch at a time rather than one system call per id.
import { describe, expect, it, vi } from 'vitest';
import { uuidMaker, UUIDS_PER_DRAW } from '@/lib/store/ids';
import { applyImport } from '@/lib/store/teamlists';
import { openDatabase } from '@/lib/store/db';
import { planImport } from '@/lib/teamlist/diff';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidMaker', () => {
  it('makes version 4 UUIDs, every one different, across batches', () => {
    const next = uuidMaker();
    const ids = Array.from({ length: 2 * UUIDS_PER_DRAW + 3 }, next);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws random bytes once per batch, and sets only the version and variant bits', () => {
    const draws: Uint8Array[] = [];
    // Every byte 0xff: all that is not the version or variant stays f.
    const getRandomValues = vi.fn((a: Uint8Array) => (draws.push(a.fill(0xff)), a));
    const next = uuidMaker({ getRandomValues } as unknown as Pick<Crypto, 'getRandomValues'>);
    const ids = Array.from({ length: UUIDS_PER_DRAW + 1 }, next);
    expect(getRandomValues).toHaveBeenCalledTimes(2);
    expect(draws.map((d) => d.length)).toEqual([65536, 65536]);
    expect(ids[0]).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(ids.at(-1)).toBe(ids[0]);
  });

  it('reads each id from its own 16 bytes, in order', () => {
    const counting = (a: Uint8Array) => a.map((_, i) => i % 256);
    const next = uuidMaker({ getRandomValues: counting } as unknown as Pick<Crypto, 'getRandomValues'>);
    expect(next()).toBe('00010203-0405-4607-8809-0a0b0c0d0e0f');
    expect(next()).toBe('10111213-1415-4617-9819-1a1b1c1d1e1f');
  });
});

describe('an import of many roles', () => {
  it('gives every new bookmark its own UUID without a system call per bookmark', async () => {
    const db = await openDatabase(`ids-${crypto.randomUUID()}`);
    const perCall = vi.spyOn(crypto, 'randomUUID');
    const roles = Array.from({ length: 5000 }, (_, i) => ({ account: 'acme', roleName: `r${i}`, colour: '#2e7d32' }));
    const plan = planImport([], roles, 'merge');
    const { list } = await applyImport(db, plan, { sourceKey: 'name:Many', name: 'Many', sourceKind: 'paste' });
    const stored = (await db.get('listRoles', list.id))!.bookmarks;
    expect(stored).toHaveLength(5000);
    for (const b of stored) expect(b.id).toMatch(UUID_V4);
    expect(new Set(stored.map((b) => b.id)).size).toBe(5000);
    expect(perCall).not.toHaveBeenCalled();
    perCall.mockRestore();
    db.close();
  });
});
