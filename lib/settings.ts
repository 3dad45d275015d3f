// Small settings, in extension storage (not IndexedDB): read by the background and pages.
import { storageItem } from './storage-item';
import { DEFAULT_HISTORY_CAP } from './history';
import type { LanguageSetting } from './i18n';

export interface Settings {
  /** How many recent roles to keep. */
  historyCap: number;
  /** While the logon identity is active: a neutral banner, or none. */
  logonBanner: 'neutral' | 'none';
  /** How long a switch may take before it is reported as not completed. */
  switchTimeoutSec: number;
  /** The extension pages' colours: the system's light or dark, or one of them always. */
  theme: Theme;
  /** The UI language: the browser's, or one chosen here. */
  language: LanguageSetting;
}

export type Theme = 'system' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export const DEFAULT_SETTINGS: Settings = { historyCap: DEFAULT_HISTORY_CAP, logonBanner: 'neutral', switchTimeoutSec: 30, theme: 'system', language: 'system' };
export const SWITCH_TIMEOUT_RANGE = { min: 5, max: 120 } as const;

export const settingsItem = storageItem<Settings>('local', 'settings', DEFAULT_SETTINGS);

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** Banners the user collapsed, by account key: remembered per account. */
export const collapsedBannersItem = storageItem<Record<string, true>>('local', 'collapsedBanners', {});
