// What the console says about who is acting. Part of lib/console.

export type IdentityKind = 'role' | 'user' | 'root';

export interface Identity {
  kind: IdentityKind;
  /** The current identity as the top bar shows it: "devops/alice", "alice@company2.onaliyun.com". */
  principal: string;
  /** For a role: its name ("devops") and session name ("alice"). */
  roleName?: string;
  sessionName?: string;
  /** The account acted in, as the top bar shows it: alias or default domain. */
  account?: string;
  /** The 16-digit ID of the account acted in (from the page's console config), when known. */
  accountId?: string;
  /** The logon identity (the RAM user), shown while a role is active. */
  logon?: { principal: string; account?: string };
}

export type IdentityReading =
  | { state: 'known'; identity: Identity }
  | { state: 'unknown'; reason: string };

/** The few fields read from window.ALIYUN_CONSOLE_CONFIG (page world). */
export interface ConsoleConfigFields {
  currentPk?: string;
  mainAccountPk?: string;
  accountType?: 'main' | 'sub' | 'sts';
}

/**
 * What the extension itself confirmed on a site: the last switch (or switch back) it saw land.
 * Kept by the background until a sign-out, a sign-in page, another logon identity or a page
 * that contradicts it ends it.
 */
export type SessionRecord =
  | { kind: 'role'; roleName: string; principal?: string; account: string; accountId?: string; logon?: string; at: number }
  | { kind: 'logon'; principal?: string; at: number };

/** A switch the extension has just submitted in this tab: what was asked, and the ID if known. */
export interface SubmittedSwitch {
  roleName: string;
  account: string;
  accountId?: string;
}
