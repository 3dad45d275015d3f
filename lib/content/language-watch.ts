// For content scripts: a change of the UI language setting, heard straight from storage.onChanged.
// Not through lib/settings: defining its storage items reads their version metadata from
// storage at load, on every console page, for a setting this script only needs to hear change.
import { browser } from 'wxt/browser';
import { SETTINGS_STORAGE_KEY } from '../settings-key';

const languageOf = (v: unknown): unknown => (typeof v === 'object' && v !== null ? (v as { language?: unknown }).language : undefined) ?? 'system';

/** Calls `onChange` when the language setting changes; returns the function that stops it. */
export function watchLanguage(onChange: () => void): () => void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = area === 'local' ? changes[SETTINGS_STORAGE_KEY] : undefined;
    if (change && languageOf(change.oldValue) !== languageOf(change.newValue)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
