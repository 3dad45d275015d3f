// Content scripts run inside console pages: what they send is checked before it is used, so a
// misbehaving page can at worst be ignored, never reach storage or the UI in an odd shape.
import type { PageEvidence } from '../console/decide-identity';
import type { ConsoleConfigFields } from '../console/identity-types';
import type { AccountValue } from '../console/principal';
import type { TopBarConflict, TopBarEvidence } from '../console/topbar';
import type { FormFailure } from '../console/switch-form';
import { parseAccount, validateRoleName } from '../account';
import type { SwitchTarget } from '../switch/types';

const MAX_TEXT = 400;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const optionalText = (v: unknown) => v === undefined || text(v);

const optionalId = (v: unknown) => v === undefined || (typeof v === 'string' && /^\d{16}$/.test(v));
const ROLE_NAME = /^[A-Za-z0-9.-]{1,64}$/;
const optionalRoleName = (v: unknown) => v === undefined || (typeof v === 'string' && ROLE_NAME.test(v));

function isAccountValue(v: unknown): v is AccountValue {
  return isObject(v) && optionalText(v.name) && optionalId(v.accountId);
}

function isCurrent(v: unknown): v is TopBarEvidence['current'] {
  if (!isObject(v)) return false;
  if (v.form === 'role') return optionalRoleName(v.roleName) && v.roleName !== undefined && text(v.sessionName) && optionalText(v.account) && optionalId(v.accountId);
  return v.form === 'user' && text(v.principal) && optionalText(v.account);
}

const BADGE_KINDS = ['role', 'user', 'root'];

function isConflict(c: unknown): c is TopBarConflict {
  if (!isObject(c)) return false;
  if (c.kind === 'twoCurrent') return Array.isArray(c.identities) && c.identities.length >= 2 && c.identities.length <= 10 && c.identities.every((i) => text(i));
  if (c.kind === 'twoAccounts') return text(c.first) && text(c.second);
  return c.kind === 'twoBadges' && Array.isArray(c.kinds) && c.kinds.length >= 2 && c.kinds.length <= 3 && c.kinds.every((k) => BADGE_KINDS.includes(k as string));
}

function isTopBarEvidence(v: unknown): v is TopBarEvidence {
  return (
    isObject(v) &&
    Number.isSafeInteger(v.rows) && (v.rows as number) >= 0 &&
    typeof v.switchBack === 'boolean' &&
    Array.isArray(v.conflicts) && v.conflicts.length <= 10 && v.conflicts.every(isConflict) &&
    (v.current === undefined || isCurrent(v.current)) &&
    optionalRoleName(v.roleName) &&
    (v.account === undefined || isAccountValue(v.account)) &&
    (v.logon === undefined || (isObject(v.logon) && text(v.logon.principal) && optionalText(v.logon.account))) &&
    (v.badge === undefined || BADGE_KINDS.includes(v.badge as string))
  );
}

function isConsoleConfig(v: unknown): v is ConsoleConfigFields {
  return (
    isObject(v) &&
    optionalId(v.currentPk) &&
    optionalId(v.mainAccountPk) &&
    (v.accountType === undefined || ['main', 'sub', 'sts'].includes(v.accountType as string))
  );
}

/** What a console page reports: its top bar as read and its console config's fields. */
export function isPageEvidence(v: unknown): v is PageEvidence {
  return isObject(v) && isTopBarEvidence(v.topBar) && (v.config === null || isConsoleConfig(v.config));
}

export function isFormFailure(v: unknown): v is FormFailure {
  return isObject(v) && ['form-not-found', 'form-ambiguous', 'fill-rejected'].includes(v.cause as string) && text(v.detail);
}

export function boundedText(v: unknown): string {
  return typeof v === 'string' ? v.slice(0, MAX_TEXT) : '';
}

/** A tab ID as a page sends it: absent, or a tab's (non-negative integer). */
export function isOptionalTabId(v: unknown): v is number | undefined {
  return v === undefined || (Number.isSafeInteger(v) && (v as number) >= 0);
}

/** A switch target from the popup: a valid account and role name, a known site, short texts.
 *  The popup builds it from a checked bookmark or form; checked again so that no odd value
 *  from any page can start a job. (The landing URL is checked again where it is opened.) */
export function isSwitchTarget(v: unknown): v is SwitchTarget {
  if (!isObject(v) || typeof v.account !== 'string' || typeof v.roleName !== 'string') return false;
  if (!text(v.account, 256) || !parseAccount(v.account).ok || !validateRoleName(v.roleName).ok) return false;
  if (v.site !== undefined && v.site !== 'cn' && v.site !== 'intl') return false;
  return [v.label, v.colour, v.bookmarkId].every(optionalText) && (v.landingUrl === undefined || text(v.landingUrl, 2048));
}

/** The data of a message as its own fields only (an odd value reads as empty): an inherited
 *  field ({__proto__: {tabId: 1}}) is not the sender's. */
export function fieldsOf(data: unknown): Record<string, unknown> {
  const own: Record<string, unknown> = Object.create(null);
  if (isObject(data)) for (const k of Object.keys(data)) own[k] = data[k];
  return own;
}
