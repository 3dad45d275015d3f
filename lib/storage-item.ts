// A typed value under one key of extension storage (storage.local or storage.session), read
// only when asked. wxt/storage's defineItem reads every item it defines as its module loads
// (its check for an initial value): three round trips to the browser on every popup open and
// eight on every service-worker start, queued before the reads that were wanted.
import { browser } from 'wxt/browser';

export type StorageAreaName = 'local' | 'session';

export interface StorageItem<T> {
  readonly area: StorageAreaName;
  readonly key: string;
  /** The stored value, or the fallback when nothing is stored. */
  getValue(): Promise<T>;
  /** Stores the value; null or undefined removes the key (getValue then gives the fallback). */
  setValue(value: T): Promise<void>;
  /** Calls back on every change of the stored value (fallback for none); returns the unwatch. */
  watch(callback: (value: T, old: T) => void): () => void;
}

export function storageItem<T>(area: StorageAreaName, key: string, fallback: T): StorageItem<T> {
  // Looked up at each use, not at load: a module that only defines items touches no API.
  const storageArea = () => browser.storage[area];
  // A copy each time: a caller that edits what it got (then stores it) never edits the default.
  const orFallback = (value: unknown): T => (value ?? structuredClone(fallback)) as T;
  return {
    area,
    key,
    async getValue() {
      return orFallback((await storageArea().get(key))[key]);
    },
    async setValue(value) {
      if (value === null || value === undefined) await storageArea().remove(key);
      else await storageArea().set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, areaName: string) => {
        const change = changes[key];
        // A write of an equal value is no change, whichever browser reports it.
        if (areaName !== area || !change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
        callback(orFallback(change.newValue), orFallback(change.oldValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
