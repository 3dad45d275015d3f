// Content scripts run inside console pages: what they send is checked before it is used, so a
// misbehaving page can at worst be ignored, never reach storage or the UI in an odd shape.
import type { PageEvidence } from '../console/decide-identity';
import type { ConsoleConfigFields } from '../console/identity-types';
import type { AccountValue } from '../console/principal';
import type { TopBarEvidence } from '../console/topbar';
import type { FormFailure } from '../console/switch-form';

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

function isTopBarEvidence(v: unknown): v is TopBarEvidence {
  return (
    isObject(v) &&
    Number.isSafeInteger(v.rows) && (v.rows as number) >= 0 &&
    typeof v.switchBack === 'boolean' &&
    Array.isArray(v.conflicts) && v.conflicts.length <= 10 && v.conflicts.every((c) => text(c)) &&
    (v.current === undefined || isCurrent(v.current)) &&
    optionalRoleName(v.roleName) &&
    (v.account === undefined || isAccountValue(v.account)) &&
    (v.logon === undefined || (isObject(v.logon) && text(v.logon.principal) && optionalText(v.logon.account))) &&
    (v.badge === undefined || ['role', 'user', 'root'].includes(v.badge as string))
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
