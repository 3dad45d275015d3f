// IndexedDB unavailable (Firefox private windows, a blocked profile): every caller gets a
// StorageError that says what happened and what still works, and a later call tries again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A fresh module each time: db() keeps its connection per context.
beforeEach(() => vi.resetModules());
afterEach(() => vi.restoreAllMocks());

describe('db() when IndexedDB is unavailable', () => {
  it.each([
    ['throws', () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    }],
    ['fails the open request', () => {
      // As Firefox's private windows did: the request fails with an error event.
      const req = Object.assign(new EventTarget(), {
        error: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'),
      });
      setTimeout(() => req.dispatchEvent(new Event('error')), 0);
      return req;
    }],
  ])('says so clearly when indexedDB.open %s, and tries again next time', async (_, broken) => {
    const { db, StorageError, unavailableText } = await import('@/lib/store/db');
    vi.spyOn(indexedDB, 'open').mockImplementation(broken as never);
    const error = await db().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'unavailable', message: expect.stringContaining(unavailableText()) });
    expect((error as Error).message).toContain('Switch without saving');
    vi.restoreAllMocks();
    const ok = await db();
    expect(ok.objectStoreNames.contains('own')).toBe(true);
    ok.close();
  });
});
