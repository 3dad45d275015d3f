// The active tab's identity as one line of text for the popup's header.
import type { TabIdentity } from '../switch/types';

export interface IdentityView {
  text: string;
  /** A second, smaller line: who is signed in under a role, or why the identity is unknown. */
  detail?: string;
  tone: 'role' | 'logon' | 'unknown' | 'none';
  /** Switch back is offered only while a role is active. */
  canSwitchBack: boolean;
}

export const READING_IDENTITY: IdentityView = { text: 'Reading the tab’s identity…', tone: 'unknown', canSwitchBack: false };

export function describeIdentity(tab: TabIdentity | null): IdentityView {
  if (!tab) return { text: 'Not a console tab', tone: 'none', canSwitchBack: false };
  const reading = tab.reading;
  if (reading.state === 'unknown') {
    return { text: 'Identity unknown on this page', detail: reading.reason, tone: 'unknown', canSwitchBack: false };
  }
  const id = reading.identity;
  if (id.kind === 'role') {
    const role = id.roleName ?? id.principal;
    const account = id.account ?? id.accountId;
    const view: IdentityView = { text: account ? `Acting as ${role} in ${account}` : `Acting as ${role}`, tone: 'role', canSwitchBack: true };
    if (id.logon) view.detail = `Logon identity: ${id.logon.principal}`;
    return view;
  }
  return { text: `Logon identity: ${id.principal}`, tone: 'logon', canSwitchBack: false };
}
