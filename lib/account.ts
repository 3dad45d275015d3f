// Accounts and role names as RAM documents them, and role ARNs.
//   Role name (RAM CreateRole): 1-64 characters, letters, digits, "." and "-".
//   Account alias (RAM SetAccountAlias): 3-32 characters, lowercase letters, digits and "-",
//     not starting or ending with "-" and without "--".
//   Account ID: 16 digits. Default domain: "<alias or ID>.onaliyun.com".

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
  if (c === ' ') return 'space';
  if (/\s/.test(c)) return 'whitespace';
  if (/[\p{C}]/u.test(c)) return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${c}"`;
}

export function validateRoleName(input: string): Check<string> {
  const v = input.trim();
  if (!v) return { ok: false, error: 'Enter the role name, e.g. "devops".' };
  if (v.length > 64) return { ok: false, error: `Role name is ${v.length} characters; RAM allows at most 64.` };
  if (!ROLE_NAME.test(v)) {
    const bad = [...new Set(v.replace(/[A-Za-z0-9.-]/g, ''))].map(describeChar).join(' ');
    return { ok: false, error: `Role name may contain only letters, digits, "." and "-" (found: ${bad}).` };
  }
  return { ok: true, value: v };
}

function aliasProblem(alias: string): string | null {
  if (alias.length < 3 || alias.length > 32) return `an alias is 3 to 32 characters (this one has ${alias.length})`;
  if (/[^a-z0-9-]/.test(alias)) return 'an alias may contain only lowercase letters, digits and "-"';
  if (alias.startsWith('-') || alias.endsWith('-')) return 'an alias cannot start or end with "-"';
  if (alias.includes('--')) return 'an alias cannot contain "--"';
  return null;
}

/** Accepts an alias, a default domain ("x.onaliyun.com") or a 16-digit account ID. */
export function parseAccount(input: string): Check<ParsedAccount> {
  const v = input.trim().toLowerCase();
  if (!v) return { ok: false, error: 'Enter the account: its alias, default domain or 16-digit account ID.' };
  if (ACCOUNT_ID.test(v)) return { ok: true, value: { kind: 'id', value: v, key: v } };
  if (/^\d+$/.test(v)) {
    return { ok: false, error: `An account ID has 16 digits; "${v}" has ${v.length}.` };
  }
  if (v.endsWith(DEFAULT_DOMAIN_SUFFIX)) {
    const key = v.slice(0, -DEFAULT_DOMAIN_SUFFIX.length);
    if (ACCOUNT_ID.test(key) || ALIAS.test(key)) return { ok: true, value: { kind: 'domain', value: v, key } };
    return {
      ok: false,
      error: `"${v}" is not a default domain: the part before ${DEFAULT_DOMAIN_SUFFIX} must be an alias or a 16-digit account ID.`,
    };
  }
  if (v.includes('.')) {
    return { ok: false, error: `"${v}" is not an alias, and default domains end in ${DEFAULT_DOMAIN_SUFFIX}.` };
  }
  const problem = aliasProblem(v);
  if (problem) return { ok: false, error: `"${v}" is not a valid account alias: ${problem}.` };
  return { ok: true, value: { kind: 'alias', value: v, key: v } };
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
    return { ok: false, error: 'A role ARN looks like acs:ram::1234567890123456:role/devops.' };
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
