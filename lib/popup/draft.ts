// The add/edit form's state as plain data: what the fields hold, the ARN shortcut, and the
// checks run on submit. The form component only renders this.
import { t } from '../i18n';
import { isRoleArn, parseRoleArn } from '../account';
import { validateDraft, type Bookmark, type BookmarkDraft, type BookmarkFields, type DraftErrors } from '../bookmark';
import { DEFAULT_COLOUR } from '../colour';
import type { HistoryEntry } from '../history';

export interface FormDraft extends BookmarkDraft {
  favourite: boolean;
  landingUrl: string;
  /** The "Role ARN" helper field: fills account and role name, never saved itself. */
  arn: string;
}

export type FormField = keyof DraftErrors | 'arn';
export type FormErrors = Partial<Record<FormField, string>>;

/** Fields in the order they appear, so the first error can be focused. */
export const FORM_FIELDS: readonly FormField[] = ['arn', 'account', 'roleName', 'displayName', 'colour', 'site', 'landingUrl'];

export function emptyDraft(): FormDraft {
  return { account: '', roleName: '', displayName: '', colour: DEFAULT_COLOUR, site: '', favourite: false, landingUrl: '', arn: '' };
}

export function draftOf(b: Bookmark): FormDraft {
  return {
    account: b.account,
    roleName: b.roleName,
    displayName: b.displayName ?? '',
    colour: b.colour,
    site: b.site ?? '',
    favourite: b.favourite,
    landingUrl: b.landingUrl ?? '',
    arn: '',
  };
}

/** The ARN field changed: a complete ARN fills account and role name. */
export function withArn(draft: FormDraft, arn: string): FormDraft {
  const parsed = parseRoleArn(arn);
  if (!parsed.ok) return { ...draft, arn };
  return { ...draft, arn, account: parsed.value.accountId, roleName: parsed.value.roleName };
}

/**
 * The account field changed. An ARN pasted there (or the field left with one in it) is split
 * into account and role name; while one is being typed character by character it is left
 * alone, so the characters still to come do not land in the wrong field.
 */
export function withAccount(draft: FormDraft, account: string, settled: boolean): FormDraft {
  const pasted = account.length - draft.account.length > 1;
  if (isRoleArn(account) && (settled || pasted)) {
    const parsed = parseRoleArn(account);
    if (parsed.ok) return { ...draft, account: parsed.value.accountId, roleName: parsed.value.roleName };
  }
  return { ...draft, account };
}

export function checkDraft(draft: FormDraft): { ok: true; value: BookmarkFields } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  if (draft.arn.trim()) {
    const arn = parseRoleArn(draft.arn);
    if (!arn.ok) errors.arn = arn.error;
  }
  const checked = validateDraft(draft);
  if (!checked.ok) return { ok: false, errors: { ...errors, ...checked.errors } };
  if (errors.arn) return { ok: false, errors };
  return checked;
}

export function firstErrorField(errors: FormErrors): FormField | undefined {
  return FORM_FIELDS.find((f) => errors[f]);
}

/**
 * A history entry as bookmark fields (default colour, its site): the account as the console
 * showed it, or its ID when that is the only form that passes validation.
 */
export function fieldsFromHistory(entry: HistoryEntry): { ok: true; value: BookmarkFields } | { ok: false; error: string } {
  let firstError = '';
  for (const account of [entry.account, entry.accountId]) {
    if (!account) continue;
    const checked = validateDraft({ account, roleName: entry.roleName, displayName: '', colour: DEFAULT_COLOUR, site: entry.site, favourite: false });
    if (checked.ok) return checked;
    firstError ||= Object.values(checked.errors).join(' ');
  }
  return { ok: false, error: t('draft_couldNotBookmark', { role: entry.roleName, account: entry.account, error: firstError }) };
}
