// The active tab's identity as one line of text for the popup's header.
import { pageKindOf } from '../console/hosts';
import { logonText } from '../console/identity';
import { t } from '../i18n';
import type { TabIdentity } from '../switch/types';

export interface IdentityView {
  text: string;
  /** A second, smaller line: who is signed in under a role, or why the identity is unknown. */
  detail?: string;
  tone: 'role' | 'logon' | 'unknown' | 'none';
  /** Switch back is offered on a console page unless it is known to act as the logon identity. */
  canSwitchBack: boolean;
  /** Still being read: the popup has not heard from the background about its tab yet. */
  busy?: true;
}

export function readingIdentity(): IdentityView {
  return { text: t('identity_reading'), tone: 'unknown', canSwitchBack: false, busy: true };
}

/** `url` is the tab's, when known: a console page without a reading is "unknown", not "not a console tab". */
export function describeIdentity(tab: TabIdentity | null, url?: string): IdentityView {
  if (!tab) {
    // A console page whose identity the background has not heard yet.
    if (pageKindOf(url) === 'console') return { text: t('identity_unknownHere'), detail: t('identity_notReadYet'), tone: 'unknown', canSwitchBack: true };
    return { text: t('identity_notConsole'), tone: 'none', canSwitchBack: false };
  }
  const reading = tab.reading;
  if (reading.state === 'unknown') {
    return { text: t('identity_unknownHere'), detail: reading.reason, tone: 'unknown', canSwitchBack: true };
  }
  const id = reading.identity;
  if (id.kind === 'role') {
    const role = id.roleName ?? id.principal;
    const account = id.account ?? id.accountId;
    const view: IdentityView = { text: account ? t('identity_actingIn', { role, account }) : t('identity_acting', { role }), tone: 'role', canSwitchBack: true };
    if (id.logon) view.detail = t('identity_logon', { principal: id.logon.principal });
    return view;
  }
  return { text: id.principal ? t('identity_logon', { principal: id.principal }) : logonText(id), tone: 'logon', canSwitchBack: false };
}
