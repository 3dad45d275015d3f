import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storageItem } from '../../lib/storage-item';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('storageItem', () => {
  it('gives the fallback while nothing is stored, then what is stored', async () => {
    const item = storageItem<{ n: number }>('local', 'counter', { n: 0 });
    expect(await item.getValue()).toEqual({ n: 0 });
    await item.setValue({ n: 3 });
    expect(await fakeBrowser.storage.local.get('counter')).toEqual({ counter: { n: 3 } });
    expect(await item.getValue()).toEqual({ n: 3 });
  });

  it('gives a fresh copy of the fallback each time: editing one never changes the next', async () => {
    const item = storageItem<Record<string, number>>('session', 'seen', {});
    const first = await item.getValue();
    first.tab1 = 1;
    expect(await item.getValue()).toEqual({});
  });

  it('keeps each area apart', async () => {
    await storageItem('session', 'job', null as string | null).setValue('running');
    expect(await storageItem('local', 'job', 'none').getValue()).toBe('none');
    expect(await storageItem('session', 'job', 'none').getValue()).toBe('running');
  });

  it('removes the key when set to null, and gives the fallback again', async () => {
    const item = storageItem<string | null>('session', 'job', null);
    await item.setValue('running');
    await item.setValue(null);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await item.getValue()).toBeNull();
  });

  it('calls back on a change of its key in its area only, with the fallback for nothing stored', async () => {
    const item = storageItem('local', 'theme', 'system');
    const seen: [string, string][] = [];
    const unwatch = item.watch((value, old) => seen.push([value, old]));
    await item.setValue('dark');
    await fakeBrowser.storage.local.set({ other: 'x' });
    await fakeBrowser.storage.session.set({ theme: 'light' });
    await item.setValue('dark');
    await fakeBrowser.storage.local.remove('theme');
    unwatch();
    await item.setValue('light');
    expect(seen).toEqual([
      ['dark', 'system'],
      ['system', 'dark'],
    ]);
  });

  it('reads nothing until asked: the modules that define items cost no storage round trip as they load', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const getSession = vi.spyOn(fakeBrowser.storage.session, 'get');
    vi.resetModules();
    await import('../../lib/settings');
    await import('../../lib/known-accounts');
    await import('../../lib/background/state');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(get).not.toHaveBeenCalled();
    expect(getSession).not.toHaveBeenCalled();
  });
});
