// Content scripts run inside console pages: what they send is checked before it is used, so a
// misbehaving page can at worst be ignored, never reach storage or the UI in an odd shape.
import type { Identity, IdentityReading } from '../console/identity-types';
import type { FormFailure } from '../console/switch-form';
import { parseAccount, validateRoleName } from '../account';
import type { SwitchTarget } from '../switch/types';

const MAX_TEXT = 400;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const optionalText = (v: unknown) => v === undefined || text(v);

function isIdentity(v: unknown): v is Identity {
  if (!isObject(v) || !['role', 'user', 'root'].includes(v.kind as string) || !text(v.principal)) return false;
  if (![v.roleName, v.sessionName, v.account].every(optionalText)) return false;
  if (v.accountId !== undefined && !(typeof v.accountId === 'string' && /^\d{16}$/.test(v.accountId))) return false;
  return v.logon === undefined || (isObject(v.logon) && text(v.logon.principal) && optionalText(v.logon.account));
}

export function isIdentityReading(v: unknown): v is IdentityReading {
  if (!isObject(v)) return false;
  if (v.state === 'known') return isIdentity(v.identity);
  return v.state === 'unknown' && text(v.reason);
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
