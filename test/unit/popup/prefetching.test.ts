// The popup asks for its first screen and its database at once, before it renders.
import { describe, expect, it, vi } from 'vitest';
import type { FirstScreen } from '../../../lib/popup/first-screen';
import { prefetching, type PopupHost } from '../../../lib/popup/host';

const screenOf = (total: number): FirstScreen => ({ version: 1, total, bookmarks: [], history: [] });

function fakeHost(reads: FirstScreen[]) {
  const read = vi.fn(async () => reads.shift());
  const write = vi.fn(async () => {});
  const db = vi.fn(async () => ({}) as never);
  const host = { db, firstScreen: { read, write } } as unknown as PopupHost;
  return { host, read, write, db };
}

describe('prefetching', () => {
  it('asks for the first screen and the database before anything reads them', () => {
    const { host, read, db } = fakeHost([screenOf(1)]);
    prefetching(host);
    expect(read).toHaveBeenCalledTimes(1);
    expect(db).toHaveBeenCalledTimes(1);
  });

  it('hands the early answer to the first read only; later reads read again', async () => {
    const { host, read } = fakeHost([screenOf(1), screenOf(2)]);
    const fast = prefetching(host);
    expect(await fast.firstScreen!.read()).toEqual(screenOf(1));
    expect(await fast.firstScreen!.read()).toEqual(screenOf(2));
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('passes writes through, and a failed early read fails the first read (nothing unhandled)', async () => {
    const { host, write } = fakeHost([]);
    host.firstScreen!.read = vi.fn(async () => {
      throw new Error('storage gone');
    });
    const fast = prefetching(host);
    await fast.firstScreen!.write(screenOf(3));
    expect(write).toHaveBeenCalledWith(screenOf(3));
    await expect(fast.firstScreen!.read()).rejects.toThrow('storage gone');
  });
});
