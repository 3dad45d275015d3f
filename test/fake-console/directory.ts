// The fake console's world: accounts, RAM users, roles and who may assume what.
// Fixed data, so tests can name things (DIRECTORY.accounts.company1.id, ...).

export type Site = 'cn' | 'intl';

export interface Role {
  /** Canonical spelling; the switch form matches it case-insensitively. */
  name: string;
  /** RAM user names (of company2) the role's trust policy allows. */
  trusts: readonly string[];
}

export interface Account {
  key: string;
  id: string;
  alias: string | null;
  roles: readonly Role[];
}

export interface RamUser {
  name: string;
  account: string;
  logonName: string;
}

export interface RootIdentity {
  account: string;
  logonName: string;
}

const ACCOUNTS = {
  company1: {
    key: 'company1',
    id: '1234567890123456',
    alias: 'company1',
    roles: [
      { name: 'devops', trusts: ['alice', 'bob'] },
      { name: 'ecs-admin', trusts: ['alice'] },
      { name: 'prod-admin', trusts: ['alice'] },
      { name: 'auditor', trusts: [] },
    ],
  },
  company2: { key: 'company2', id: '2222222222222222', alias: 'company2', roles: [] },
  company3: {
    key: 'company3',
    id: '3333333333333333',
    alias: null,
    roles: [{ name: 'readonly', trusts: ['alice'] }],
  },
} satisfies Record<string, Account>;

export type AccountKey = keyof typeof ACCOUNTS;

export const DIRECTORY = {
  accounts: ACCOUNTS as Record<AccountKey, Account>,
  users: {
    alice: { name: 'alice', account: 'company2', logonName: 'alice@company2.onaliyun.com' },
    bob: { name: 'bob', account: 'company2', logonName: 'bob@company2.onaliyun.com' },
  } satisfies Record<string, RamUser>,
  root: { account: 'company2', logonName: 'company2@aliyun-test.com' } satisfies RootIdentity,
} as const;

/** Who signed in: a RAM user, or an account's root identity. */
export type Logon = { kind: 'user'; user: RamUser } | { kind: 'root'; root: RootIdentity };

/** The role being acted as, in its canonical spelling. */
export interface ActingAs {
  account: Account;
  role: Role;
}

export function defaultDomain(a: Account): string {
  return `${a.alias ?? a.id}.onaliyun.com`;
}

/** What the console shows as an account's name: its alias, else its default domain. */
export function accountDisplayName(a: Account): string {
  return a.alias ?? defaultDomain(a);
}

export function accountOf(key: string): Account {
  const a = (DIRECTORY.accounts as Record<string, Account>)[key];
  if (!a) throw new Error(`fake directory: no account ${key}`);
  return a;
}

export function logonAccount(l: Logon): Account {
  return accountOf(l.kind === 'user' ? l.user.account : l.root.account);
}

export function logonName(l: Logon): string {
  return l.kind === 'user' ? l.user.logonName : l.root.logonName;
}

/** Alias, default domain ("<alias or id>.onaliyun.com") or 16-digit ID, any case. */
export function findAccount(input: string): Account | null {
  const v = input.trim().toLowerCase();
  if (!v) return null;
  for (const a of Object.values(DIRECTORY.accounts)) {
    const names = [a.id, `${a.id}.onaliyun.com`];
    if (a.alias) names.push(a.alias, `${a.alias}.onaliyun.com`);
    if (names.includes(v)) return a;
  }
  return null;
}

export function findRole(account: Account, input: string): Role | null {
  const v = input.trim().toLowerCase();
  return account.roles.find((r) => r.name.toLowerCase() === v) ?? null;
}

/** The logon names the login page accepts (case-insensitive). */
export function findLogon(input: string): Logon | null {
  const v = input.trim().toLowerCase();
  for (const user of Object.values(DIRECTORY.users)) {
    if (user.logonName === v) return { kind: 'user', user };
  }
  if (DIRECTORY.root.logonName === v) return { kind: 'root', root: DIRECTORY.root };
  return null;
}

export type SwitchFailure =
  | 'missing-fields'
  | 'unknown-account'
  | 'unknown-role'
  | 'not-trusted'
  | 'root'
  | 'bad-token'
  | 'expired';
export type SwitchOutcome = 'success' | SwitchFailure;

/** The directory's verdict on a switch request (session and CSRF checks are the server's). */
export function decideSwitch(
  logon: Logon,
  accountInput: string,
  roleInput: string,
): { outcome: 'success'; acting: ActingAs } | { outcome: SwitchFailure } {
  if (!accountInput.trim() || !roleInput.trim()) return { outcome: 'missing-fields' };
  if (logon.kind === 'root') return { outcome: 'root' };
  const account = findAccount(accountInput);
  if (!account) return { outcome: 'unknown-account' };
  const role = findRole(account, roleInput);
  if (!role) return { outcome: 'unknown-role' };
  if (!role.trusts.includes(logon.user.name)) return { outcome: 'not-trusted' };
  return { outcome: 'success', acting: { account, role } };
}
