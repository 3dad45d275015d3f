// watchLanguage: the console content script hears a change of the UI language, and nothing else.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLanguage } from '@/lib/content/language-watch';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings';

describe('watchLanguage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('calls back when the language changes, not for another setting, and stops when told', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, language: 'en' });
    const changed = vi.fn();
    const stop = watchLanguage(changed);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, language: 'en', theme: 'dark' });
    expect(changed).not.toHaveBeenCalled();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, language: 'zh_CN' });
    expect(changed).toHaveBeenCalledTimes(1);
    // No language stored means the browser's: from "zh_CN" to none is a change, to "system" none more.
    await fakeBrowser.storage.local.remove('settings');
    expect(changed).toHaveBeenCalledTimes(2);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, language: 'system' });
    expect(changed).toHaveBeenCalledTimes(2);
    stop();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, language: 'en' });
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('ignores the same key in another storage area', async () => {
    const changed = vi.fn();
    watchLanguage(changed);
    await fakeBrowser.storage.session.set({ settings: { language: 'zh_CN' } });
    expect(changed).not.toHaveBeenCalled();
  });
});
