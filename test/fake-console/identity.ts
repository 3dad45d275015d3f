// What a console page shows about who is acting: derived from a session, used by both top
// bars and by window.ALIYUN_CONSOLE_CONFIG, so all of them always agree.

import { accountDisplayName, logonAccount, logonName } from './directory';
import type { Session } from './sessions';

export interface IdentityView {
  /** ACCOUNT_TYPE: main (root), sub (RAM user), sts (a role). */
  type: 'main' | 'sub' | 'sts';
  /** "devops/alice" for a role, else the logon name. */
  current: string;
  /** Alias, or default domain, of the account acted in. */
  account: string;
  /** CURRENT_PK: the account acted in. */
  currentPk: string;
  /** MAIN_ACCOUNT_PK: the logon identity's account. */
  mainAccountPk: string;
  /** Only while a role is active: who signed in. */
  logon: { name: string; account: string } | null;
}

export function identityView(s: Session): IdentityView {
  const home = logonAccount(s.logon);
  if (s.acting && s.logon.kind === 'user') {
    return {
      type: 'sts',
      current: `${s.acting.role.name}/${s.logon.user.name}`,
      account: accountDisplayName(s.acting.account),
      currentPk: s.acting.account.id,
      mainAccountPk: home.id,
      logon: { name: s.logon.user.logonName, account: accountDisplayName(home) },
    };
  }
  return {
    type: s.logon.kind === 'root' ? 'main' : 'sub',
    current: logonName(s.logon),
    account: accountDisplayName(home),
    currentPk: home.id,
    mainAccountPk: home.id,
    logon: null,
  };
}
