// The switch flow's vocabulary, shared by the background, the content scripts and the popup.
import type { Site } from '../console/hosts';
import type { Identity } from '../console/identity-types';

/** What to switch to. */
export interface SwitchTarget {
  account: string;
  roleName: string;
  /** Absent: the site of the tab, or China when there is none. */
  site?: Site;
  /** Shown in messages: the bookmark's display name, or the role name. */
  label?: string;
  colour?: string;
  bookmarkId?: string;
  landingUrl?: string;
}

/** Why a switch did not happen. Each has a message that says what to do (lib/switch/messages). */
export type FailureCause =
  | 'unknown-account'
  | 'unknown-role'
  | 'not-trusted'
  | 'root-account'
  | 'signed-out'
  | 'form-not-found'
  | 'form-ambiguous'
  | 'fill-rejected'
  | 'console-error'
  | 'timeout'
  | 'mismatch'
  | 'unconfirmed'
  | 'busy'
  | 'tab-closed'
  | 'not-a-role';

export type SwitchStep = 'opening' | 'filling' | 'submitted';

export type SwitchStatus =
  | { state: 'running'; kind: 'switch' | 'back'; target?: SwitchTarget; step: SwitchStep; startedAt: number; deadline: number }
  | { state: 'succeeded'; kind: 'switch' | 'back'; target?: SwitchTarget; identity: Identity; message: string; at: number }
  | { state: 'failed'; kind: 'switch' | 'back'; target?: SwitchTarget; cause: FailureCause; message: string; consoleText?: string; at: number }
  /** The form could not be driven: the pre-filled switch page is open for the user to finish. */
  | { state: 'fallback'; kind: 'switch'; target: SwitchTarget; cause: FailureCause; message: string; at: number };

/** The identity a console tab shows, as the popup and badge need it. */
export interface TabIdentity {
  tabId: number;
  site: Site;
  reading: import('../console/identity-types').IdentityReading;
}
