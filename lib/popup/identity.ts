// The active tab's identity as one line of text for the popup's header.
import { pageKindOf } from '../console/hosts';
import { logonText } from '../console/identity';
import type { TabIdentity } from '../switch/types';

export interface IdentityView {
  text: string;
  /** A second, smaller line: who is signed in under a role, or why the identity is unknown. */
  detail?: string;
  tone: 'role' | 'logon' | 'unknown' | 'none';
  /** Switch back is offered on a console page unless it is known to act as the logon identity. */
  canSwitchBack: boolean;
}

export const READING_IDENTITY: IdentityView = { text: 'Reading the tab’s identity…', tone: 'unknown', canSwitchBack: false };

/** Shown for a console page whose identity the background has not heard yet. */
export const NOT_READ_YET = 'The page has not reported who is signed in yet.';

/** `url` is the tab's, when known: a console page without a reading is "unknown", not "not a console tab". */
export function describeIdentity(tab: TabIdentity | null, url?: string): IdentityView {
  if (!tab) {
    if (pageKindOf(url) === 'console') return { text: 'Identity unknown on this page', detail: NOT_READ_YET, tone: 'unknown', canSwitchBack: true };
    return { text: 'Not a console tab', tone: 'none', canSwitchBack: false };
  }
  const reading = tab.reading;
  if (reading.state === 'unknown') {
    return { text: 'Identity unknown on this page', detail: reading.reason, tone: 'unknown', canSwitchBack: true };
  }
  const id = reading.identity;
  if (id.kind === 'role') {
    const role = id.roleName ?? id.principal;
    const account = id.account ?? id.accountId;
    const view: IdentityView = { text: account ? `Acting as ${role} in ${account}` : `Acting as ${role}`, tone: 'role', canSwitchBack: true };
    if (id.logon) view.detail = `Logon identity: ${id.logon.principal}`;
    return view;
  }
  return { text: logonText(id), tone: 'logon', canSwitchBack: false };
}
