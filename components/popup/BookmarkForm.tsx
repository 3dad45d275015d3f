// Add or edit a bookmark. Checks on submit and shows each problem beside its field; a failed
// save (duplicate, storage) is shown in the form, which stays open with what was typed.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Bookmark, BookmarkFields } from '../../lib/bookmark';
import { SITES } from '../../lib/console/hosts';
import { t } from '../../lib/i18n';
import { checkDraft, draftOf, emptyDraft, firstErrorField, withAccount, withArn, type FormDraft, type FormErrors } from '../../lib/popup/draft';
import { errorText } from '../../lib/popup/errors';
import { siteName } from '../../lib/popup/rows';
import { ColourPicker } from './ColourPicker';
import { Field } from './Field';

interface Props {
  /** The bookmark being edited; absent to add one. */
  editing?: Bookmark;
  /** Saves; throws with the message to show when it cannot. */
  onSave(fields: BookmarkFields): Promise<void>;
  onCancel(): void;
  /** Switches to the typed role without saving it: the way to switch when bookmarks cannot
   *  be stored (no IndexedDB in a private window or a blocked profile). */
  onSwitch?(fields: BookmarkFields): void;
}

const FIELD_IDS = {
  arn: 'f-arn',
  account: 'f-account',
  roleName: 'f-role',
  displayName: 'f-display',
  colour: 'f-colour',
  site: 'f-site',
  landingUrl: 'f-landing',
} as const;

export function BookmarkForm({ editing, onSave, onCancel, onSwitch }: Props) {
  const [draft, setDraft] = useState<FormDraft>(() => (editing ? draftOf(editing) : emptyDraft()));
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement>(null);

  // After a failed check, focus moves to the first field with a problem.
  const [attempt, setAttempt] = useState(0);

  // Synchronously: a deferred focus would land after the user (or a test) started typing elsewhere.
  useLayoutEffect(() => first.current?.focus(), []);
  useEffect(() => {
    const field = firstErrorField(errors);
    if (!field) return;
    const target = field === 'colour' ? 'input[name="colour"]' : `#${FIELD_IDS[field]}`;
    form.current?.querySelector<HTMLElement>(target)?.focus();
  }, [attempt]); // after each failed submit, not on every change of `errors`

  const set = <K extends keyof FormDraft>(key: K, value: FormDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  /** The typed fields, checked; null (with the problems shown) when they are not valid. */
  function checked() {
    const result = checkDraft(draft);
    setFailure(null);
    if (!result.ok) {
      setErrors(result.errors);
      setAttempt((n) => n + 1);
      return null;
    }
    setErrors({});
    return result.value;
  }

  function switchNow() {
    const fields = checked();
    if (fields) onSwitch?.(fields);
  }

  async function submit(e: Event) {
    e.preventDefault();
    if (saving) return;
    const checked = checkDraft(draft);
    setFailure(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(checked.value);
    } catch (err) {
      setFailure(errorText(err));
      setSaving(false);
    }
  }

  return (
    <form
      ref={form}
      class="form"
      noValidate
      aria-labelledby="form-title"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <h2 id="form-title">{editing ? t('form_editTitle') : t('form_addTitle')}</h2>
      <div class="form-body">
        <Field
          id={FIELD_IDS.arn}
          label={t('form_arn')}
          hint={t('form_arnHint')}
          placeholder="acs:ram::1234567890123456:role/devops"
          value={draft.arn}
          error={errors.arn}
          inputRef={editing ? undefined : first}
          onInput={(v) => setDraft((d) => withArn(d, v))}
        />
        <div class="field-pair">
          <Field
            id={FIELD_IDS.account}
            label={t('form_account')}
            hint={t('form_accountHint')}
            value={draft.account}
            error={errors.account}
            inputRef={editing ? first : undefined}
            onInput={(v) => setDraft((d) => withAccount(d, v, false))}
            onChange={(v) => setDraft((d) => withAccount(d, v, true))}
          />
          <Field id={FIELD_IDS.roleName} label={t('form_roleName')} value={draft.roleName} error={errors.roleName} onInput={(v) => set('roleName', v)} />
        </div>
        <Field
          id={FIELD_IDS.displayName}
          label={t('form_displayName')}
          hint={t('form_displayNameHint')}
          value={draft.displayName}
          error={errors.displayName}
          onInput={(v) => set('displayName', v)}
        />
        <ColourPicker value={draft.colour} onChange={(c) => set('colour', c)} error={errors.colour} errorId={`${FIELD_IDS.colour}-error`} />
        <div class="field-pair">
          <div class="field">
            <label for={FIELD_IDS.site}>{t('form_site')}</label>
            <select
              id={FIELD_IDS.site}
              value={draft.site}
              aria-invalid={errors.site ? true : undefined}
              aria-describedby={errors.site ? `${FIELD_IDS.site}-error` : undefined}
              onChange={(e) => set('site', e.currentTarget.value as FormDraft['site'])}
            >
              <option value="">{t('form_siteSame')}</option>
              {SITES.map((s) => (
                <option key={s} value={s}>
                  {siteName(s)}
                </option>
              ))}
            </select>
            {errors.site && (
              <p id={`${FIELD_IDS.site}-error`} class="field-error">
                {errors.site}
              </p>
            )}
          </div>
          <div class="field checkbox">
            <input id="f-favourite" type="checkbox" checked={draft.favourite} onChange={(e) => set('favourite', e.currentTarget.checked)} />
            <label for="f-favourite">{t('form_favourite')}</label>
          </div>
        </div>
        <Field
          id={FIELD_IDS.landingUrl}
          label={t('form_landing')}
          hint={t('form_landingHint')}
          placeholder="https://ecs.console.aliyun.com/"
          value={draft.landingUrl}
          error={errors.landingUrl}
          onInput={(v) => set('landingUrl', v)}
        />
      </div>
      {/* Outside the scrolling fields, so it is seen whatever was scrolled to. */}
      {failure && (
        <p class="form-error" role="alert">
          {failure}
        </p>
      )}
      <div class="form-buttons">
        <button type="button" class="button" onClick={onCancel}>
          {t('form_cancel')}
        </button>
        {onSwitch && (
          <button type="button" class="button" onClick={switchNow}>
            {t('form_switchNow')}
          </button>
        )}
        <button type="submit" class="button primary" disabled={saving}>
          {saving ? t('form_saving') : t('form_save')}
        </button>
      </div>
    </form>
  );
}
