/** Where the settings live in storage.local (lib/settings.ts defines the item over it). */
export const SETTINGS_STORAGE_KEY = 'settings';
