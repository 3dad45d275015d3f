// Settings: the switch time limit, the history's length, the logon identity's banner, the
// appearance (light, dark or the system's) and the UI language.
import { useEffect, useState } from 'preact/hooks';
import { applyAppearance } from '../../lib/appearance';
import { HISTORY_CAP_RANGE } from '../../lib/history';
import { t, type LanguageSetting } from '../../lib/i18n';
import { sendToBackground } from '../../lib/messages';
import { DEFAULT_SETTINGS, getSettings, settingsItem, SWITCH_TIMEOUT_RANGE, type Settings, type Theme } from '../../lib/settings';
import { db } from '../../lib/store/db';
import { trimHistory } from '../../lib/store/history';
import { Notice, type NoticeState } from './Notice';

type Form = { switchTimeoutSec: string; historyCap: string; logonBanner: Settings['logonBanner']; theme: Theme; language: LanguageSetting };

function wholeNumberIn(value: string, range: { min: number; max: number }, what: string): number | string {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < range.min || n > range.max) return t('settings_wholeNumber', { what, min: range.min, max: range.max });
  return n;
}

export function SettingsSection({ onLanguageChange }: { onLanguageChange?(): void }) {
  const [form, setForm] = useState<Form | null>(null);
  const [notice, setNotice] = useState<NoticeState>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({});

  useEffect(() => {
    void getSettings().then((s) =>
      setForm({ switchTimeoutSec: String(s.switchTimeoutSec), historyCap: String(s.historyCap), logonBanner: s.logonBanner, theme: s.theme, language: s.language }),
    );
  }, []);
  if (!form) return null;

  async function save(e: Event) {
    e.preventDefault();
    const timeout = wholeNumberIn(form!.switchTimeoutSec, SWITCH_TIMEOUT_RANGE, t('settings_timeoutWhat'));
    const cap = wholeNumberIn(form!.historyCap, HISTORY_CAP_RANGE, t('settings_historyWhat'));
    const next: typeof errors = {};
    if (typeof timeout === 'string') next.switchTimeoutSec = timeout;
    if (typeof cap === 'string') next.historyCap = cap;
    setErrors(next);
    if (typeof timeout === 'string' || typeof cap === 'string') return setNotice({ tone: 'error', text: t('settings_fixFields') });
    try {
      const saved: Settings = { ...DEFAULT_SETTINGS, switchTimeoutSec: timeout, historyCap: cap, logonBanner: form!.logonBanner, theme: form!.theme, language: form!.language };
      const languageChanged = saved.language !== (await getSettings()).language;
      await settingsItem.setValue(saved);
      await trimHistory(await db(), cap);
      await sendToBackground('bookmarksChanged', {});
      // This page follows at once: the new theme and language.
      applyAppearance(document, saved);
      if (languageChanged) onLanguageChange?.();
      setNotice({ tone: 'ok', text: t('settings_saved') });
    } catch (err) {
      setNotice({ tone: 'error', text: err instanceof Error ? err.message : String(err) });
    }
  }

  const set = (key: keyof Form) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings_heading')}</h2>
      <form onSubmit={save} noValidate>
        <div class="row">
          <label for="switch-timeout">{t('settings_timeout')}</label>
          <input id="switch-timeout" type="number" inputMode="numeric" value={form.switchTimeoutSec} onInput={set('switchTimeoutSec')}
            aria-invalid={errors.switchTimeoutSec ? true : undefined} aria-describedby="switch-timeout-help" />
          <p id="switch-timeout-help" class="hint">{t('settings_timeoutHint')}</p>
          {errors.switchTimeoutSec && <p class="field-error">{errors.switchTimeoutSec}</p>}
        </div>
        <div class="row">
          <label for="history-cap">{t('settings_historyCap')}</label>
          <input id="history-cap" type="number" inputMode="numeric" value={form.historyCap} onInput={set('historyCap')}
            aria-invalid={errors.historyCap ? true : undefined} />
          {errors.historyCap && <p class="field-error">{errors.historyCap}</p>}
        </div>
        <div class="row">
          <label for="logon-banner">{t('settings_logonBanner')}</label>
          <select id="logon-banner" value={form.logonBanner} onChange={set('logonBanner')}>
            <option value="neutral">{t('settings_logonNeutral')}</option>
            <option value="none">{t('settings_logonNone')}</option>
          </select>
        </div>
        <div class="row">
          <label for="theme">{t('settings_theme')}</label>
          <select id="theme" value={form.theme} onChange={set('theme')}>
            <option value="system">{t('settings_themeSystem')}</option>
            <option value="light">{t('settings_themeLight')}</option>
            <option value="dark">{t('settings_themeDark')}</option>
          </select>
        </div>
        <div class="row">
          <label for="language">{t('settings_language')}</label>
          <select id="language" value={form.language} onChange={set('language')}>
            <option value="system">{t('settings_languageSystem')}</option>
            {/* Each language named in itself, so it can be found whatever is on screen now. */}
            <option value="en" lang="en">English</option>
            <option value="zh_CN" lang="zh-CN">简体中文</option>
          </select>
        </div>
        <button class="primary" type="submit">{t('settings_save')}</button>
        <Notice state={notice} />
      </form>
    </section>
  );
}
