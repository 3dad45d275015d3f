// What a top-bar value says: a role session ("devops/alice", "devops/alice @ company1",
// "devops/alice (company1)"), a RAM user or root login ("alice@company2.onaliyun.com"), an
// account (alias, default domain, 16-digit ID, "company1 (1234567890123456)"), or nothing we
// can tell. Part of lib/console. Pure: no DOM.
import { accountKey, readAccount } from '../account';

export type PrincipalValue =
  | { form: 'role'; roleName: string; sessionName: string; account?: string; accountId?: string }
  | { form: 'user'; principal: string; account?: string }
  | { form: 'plain'; text: string };

export interface AccountValue {
  /** Alias or default domain, as shown. */
  name?: string;
  accountId?: string;
}

const ROLE_NAME = /^[A-Za-z0-9.-]{1,64}$/;
const SESSION_NAME = /^[\w.@=,-]{1,64}$/;
const ACCOUNT_ID = /^\d{16}$/;
/** Longer than any principal the console shows: prose, not a value. */
export const MAX_VALUE_LENGTH = 160;

/** "company1", "company1.onaliyun.com", "1234567890123456", "company1 (1234567890123456)", "ID: 1234…". */
export function parseAccountValue(raw: string): AccountValue | null {
  const text = raw.replace(/\s+/g, ' ').trim().replace(/^(id|uid)\s*[:：]\s*/i, '');
  if (!text || text.length > 80) return null;
  const both = /^(\S+)\s*[(（]\s*(?:id\s*[:：]?\s*)?(\d{16})\s*[)）]$/i.exec(text);
  if (both) {
    const name = parseAccountValue(both[1]!);
    return name?.name && !name.accountId ? { name: name.name, accountId: both[2]! } : null;
  }
  const parsed = readAccount(text);
  if (!parsed) return null;
  const key = accountKey(parsed.value);
  return ACCOUNT_ID.test(key) ? { accountId: key, ...(parsed.kind === 'domain' ? { name: parsed.value } : {}) } : { name: parsed.value };
}

/** Splits "X @ account" and "X (account)" into X and the account, when the tail is one. */
function splitAccount(text: string): { head: string; account?: AccountValue } {
  const paren = /^(.*?)\s*[(（]([^()（）]+)[)）]$/.exec(text);
  if (paren) {
    const account = parseAccountValue(paren[2]!);
    if (account) return { head: paren[1]!.trim(), account };
  }
  // Only a spaced "@" separates an account: "devops/alice@company2.onaliyun.com" is one session
  // name (the logon's own domain), not the account the role acts in.
  const at = /^(.*\S)\s+@\s*(\S+)$|^(.*\S)\s*@\s+(\S+)$/.exec(text);
  if (at) {
    const account = parseAccountValue(at[2] ?? at[4]!);
    if (account) return { head: (at[1] ?? at[3]!).trim(), account };
  }
  return { head: text };
}

function withAccount<T extends object>(value: T, account: AccountValue | undefined): T & { account?: string; accountId?: string } {
  return { ...value, ...(account?.name ? { account: account.name } : {}), ...(account?.accountId ? { accountId: account.accountId } : {}) };
}

export function parsePrincipal(raw: string): PrincipalValue | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_VALUE_LENGTH) return null;
  const slash = text.indexOf('/');
  const at = text.indexOf('@');
  // A role session: "<RoleName>/<RoleSessionName>", its account after "@" or in brackets.
  if (slash > 0 && (at < 0 || slash < at)) {
    const { head, account } = splitAccount(text);
    const [role, session, ...more] = head.split('/').map((p) => p.trim());
    if (more.length === 0 && role && session && ROLE_NAME.test(role) && SESSION_NAME.test(session)) {
      return withAccount({ form: 'role' as const, roleName: role, sessionName: session }, account);
    }
    return null;
  }
  // A login name: "alice@company2.onaliyun.com" (RAM user) or an e-mail (root).
  if (at > 0) {
    if (/\s/.test(text.slice(0, at).trim()) || /[/]/.test(text)) return null;
    const principal = text.replace(/\s*@\s*/, '@');
    const domain = parseAccountValue(principal.slice(principal.indexOf('@') + 1));
    return { form: 'user', principal, ...(domain?.name || domain?.accountId ? { account: accountKey(domain.name ?? domain.accountId!) } : {}) };
  }
  return /^[\w.-]{1,64}$/.test(text) ? { form: 'plain', text } : null;
}
