// Settings: the switch time limit, the history's length, and the logon identity's banner.
import { useEffect, useState } from 'preact/hooks';
import { HISTORY_CAP_RANGE } from '../../lib/history';
import { sendToBackground } from '../../lib/messages';
import { DEFAULT_SETTINGS, getSettings, settingsItem, SWITCH_TIMEOUT_RANGE, type Settings } from '../../lib/settings';
import { db } from '../../lib/store/db';
import { trimHistory } from '../../lib/store/history';
import { Notice, type NoticeState } from './Notice';

type Form = { switchTimeoutSec: string; historyCap: string; logonBanner: Settings['logonBanner'] };

function wholeNumberIn(value: string, range: { min: number; max: number }, what: string): number | string {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < range.min || n > range.max) return `${what} must be a whole number from ${range.min} to ${range.max}.`;
  return n;
}

export function SettingsSection() {
  const [form, setForm] = useState<Form | null>(null);
  const [notice, setNotice] = useState<NoticeState>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({});

  useEffect(() => {
    void getSettings().then((s) => setForm({ switchTimeoutSec: String(s.switchTimeoutSec), historyCap: String(s.historyCap), logonBanner: s.logonBanner }));
  }, []);
  if (!form) return null;

  async function save(e: Event) {
    e.preventDefault();
    const timeout = wholeNumberIn(form!.switchTimeoutSec, SWITCH_TIMEOUT_RANGE, 'The switch time limit');
    const cap = wholeNumberIn(form!.historyCap, HISTORY_CAP_RANGE, 'The history length');
    const next: typeof errors = {};
    if (typeof timeout === 'string') next.switchTimeoutSec = timeout;
    if (typeof cap === 'string') next.historyCap = cap;
    setErrors(next);
    if (typeof timeout === 'string' || typeof cap === 'string') return setNotice({ tone: 'error', text: 'Nothing was saved: fix the fields marked below.' });
    try {
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, switchTimeoutSec: timeout, historyCap: cap, logonBanner: form!.logonBanner });
      await trimHistory(await db(), cap);
      await sendToBackground('bookmarksChanged', {});
      setNotice({ tone: 'ok', text: 'Settings saved.' });
    } catch (err) {
      setNotice({ tone: 'error', text: err instanceof Error ? err.message : String(err) });
    }
  }

  const set = (key: keyof Form) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <form onSubmit={save} noValidate>
        <div class="row">
          <label for="switch-timeout">Switch time limit (seconds)</label>
          <input id="switch-timeout" type="number" inputMode="numeric" value={form.switchTimeoutSec} onInput={set('switchTimeoutSec')}
            aria-invalid={errors.switchTimeoutSec ? true : undefined} aria-describedby="switch-timeout-help" />
          <p id="switch-timeout-help" class="hint">A switch not confirmed by then is reported as not completed.</p>
          {errors.switchTimeoutSec && <p class="field-error">{errors.switchTimeoutSec}</p>}
        </div>
        <div class="row">
          <label for="history-cap">Recent roles to keep</label>
          <input id="history-cap" type="number" inputMode="numeric" value={form.historyCap} onInput={set('historyCap')}
            aria-invalid={errors.historyCap ? true : undefined} />
          {errors.historyCap && <p class="field-error">{errors.historyCap}</p>}
        </div>
        <div class="row">
          <label for="logon-banner">While acting as your logon identity, show</label>
          <select id="logon-banner" value={form.logonBanner} onChange={set('logonBanner')}>
            <option value="neutral">a neutral banner</option>
            <option value="none">no banner</option>
          </select>
        </div>
        <button class="primary" type="submit">Save settings</button>
        <Notice state={notice} />
      </form>
    </section>
  );
}
