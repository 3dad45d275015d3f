// Accounts and role names as RAM documents them, and role ARNs.
//   Role name (RAM CreateRole): 1-64 characters, letters, digits, "." and "-".
//   Account alias (RAM SetAccountAlias): 3-32 characters, lowercase letters, digits and "-",
//     not starting or ending with "-" and without "--".
//   Account ID: 16 digits. Default domain: "<alias or ID>.onaliyun.com".

import { t } from './i18n';

export const DEFAULT_DOMAIN_SUFFIX = '.onaliyun.com';

const ROLE_NAME = /^[A-Za-z0-9.-]{1,64}$/;
const ALIAS = /^(?!-)(?!.*--)[a-z0-9-]{3,32}(?<!-)$/;
const ACCOUNT_ID = /^\d{16}$/;
const ARN = /^acs:ram::(\d{16}):role\/(.+)$/i;

export type AccountKind = 'alias' | 'domain' | 'id';

export interface ParsedAccount {
  kind: AccountKind;
  /** The value as the switch form takes it (lower-case, trimmed). */
  value: string;
  /** The alias or ID inside it: "company1" for "company1.onaliyun.com". */
  key: string;
}

export type Check<T> = { ok: true; value: T } | { ok: false; error: string };

/** A character as a message can show it: whitespace and invisible ones by name. */
function describeChar(c: string): string {
  if (c === ' ') return t('char_space');
  if (/\s/.test(c)) return t('char_whitespace');
  if (/[\p{C}]/u.test(c)) return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${c}"`;
}

export function validateRoleName(input: string): Check<string> {
  const v = input.trim();
  if (!v) return { ok: false, error: t('role_empty') };
  if (v.length > 64) return { ok: false, error: t('role_tooLong', { length: v.length }) };
  if (!ROLE_NAME.test(v)) {
    const bad = [...new Set(v.replace(/[A-Za-z0-9.-]/g, ''))].map(describeChar).join(' ');
    return { ok: false, error: t('role_badChars', { found: bad }) };
  }
  return { ok: true, value: v };
}

function aliasProblem(alias: string): string | null {
  if (alias.length < 3 || alias.length > 32) return t('alias_length', { length: alias.length });
  if (/[^a-z0-9-]/.test(alias)) return t('alias_chars');
  if (alias.startsWith('-') || alias.endsWith('-')) return t('alias_hyphenEnds');
  if (alias.includes('--')) return t('alias_doubleHyphen');
  return null;
}

/** The account a value names (an alias, a default domain or a 16-digit ID), or null. Without
 *  the words of parseAccount: reading a console page needs no message catalogue. */
export function readAccount(input: string): ParsedAccount | null {
  const v = input.trim().toLowerCase();
  if (ACCOUNT_ID.test(v)) return { kind: 'id', value: v, key: v };
  if (v.endsWith(DEFAULT_DOMAIN_SUFFIX)) {
    const key = v.slice(0, -DEFAULT_DOMAIN_SUFFIX.length);
    return ACCOUNT_ID.test(key) || ALIAS.test(key) ? { kind: 'domain', value: v, key } : null;
  }
  return !/^\d+$/.test(v) && ALIAS.test(v) ? { kind: 'alias', value: v, key: v } : null;
}

/** Accepts an alias, a default domain ("x.onaliyun.com") or a 16-digit account ID; otherwise
 *  says what is wrong with it. */
export function parseAccount(input: string): Check<ParsedAccount> {
  const value = readAccount(input);
  return value ? { ok: true, value } : { ok: false, error: accountProblem(input.trim().toLowerCase()) };
}

/** Why `v` (trimmed, lower-case) names no account. */
function accountProblem(v: string): string {
  if (!v) return t('account_empty');
  if (/^\d+$/.test(v)) return t('account_idLength', { value: v, length: v.length });
  if (v.endsWith(DEFAULT_DOMAIN_SUFFIX)) return t('account_badDomain', { value: v, suffix: DEFAULT_DOMAIN_SUFFIX });
  if (v.includes('.')) return t('account_notAlias', { value: v, suffix: DEFAULT_DOMAIN_SUFFIX });
  return t('account_badAlias', { value: v, problem: aliasProblem(v) ?? '' });
}

export interface RoleArn {
  accountId: string;
  roleName: string;
}

export function isRoleArn(input: string): boolean {
  return /^\s*acs:ram::/i.test(input);
}

/** Parses "acs:ram::1234567890123456:role/devops". */
export function parseRoleArn(input: string): Check<RoleArn> {
  const m = ARN.exec(input.trim());
  if (!m) {
    return { ok: false, error: t('arn_shape') };
  }
  const role = validateRoleName(m[2]!);
  if (!role.ok) return role;
  return { ok: true, value: { accountId: m[1]!, roleName: role.value } };
}

export function roleArn(accountId: string, roleName: string): string {
  return `acs:ram::${accountId}:role/${roleName}`;
}

/** The alias or ID an account value stands for, for comparing two ways of naming one account. */
export function accountKey(account: string): string {
  const v = account.trim().toLowerCase();
  return v.endsWith(DEFAULT_DOMAIN_SUFFIX) ? v.slice(0, -DEFAULT_DOMAIN_SUFFIX.length) : v;
}
