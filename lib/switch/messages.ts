// What the user reads when a switch ends: the cause, and what to do about it.
import type { SwitchTarget, FailureCause } from './types';

export function targetName(t: SwitchTarget): string {
  const label = t.label && t.label !== t.roleName ? `${t.label} (${t.roleName} in ${t.account})` : `${t.roleName} in ${t.account}`;
  return label;
}

interface Context {
  target?: SwitchTarget;
  detail?: string;
  consoleText?: string;
  timeoutSec?: number;
  shown?: string;
}

export function failureMessage(cause: FailureCause, c: Context): string {
  const t = c.target;
  // The detail in brackets, when there is one: no message shows "(undefined)".
  const why = c.detail ? ` (${c.detail})` : '';
  const role = t ? `"${t.roleName}"` : 'the role';
  const account = t ? `"${t.account}"` : 'the account';
  switch (cause) {
    case 'unknown-account':
      return `The console does not know the account ${account}. Check the alias, default domain or account ID in the bookmark (Edit), then switch again.`;
    case 'unknown-role':
      return `Account ${account} has no role ${role}. Check the role name in the bookmark (role names must match exactly), then switch again.`;
    case 'not-trusted':
      return `You are not allowed to assume ${role} in ${account}: the role's trust policy does not include your RAM user, or you lack the AliyunSTSAssumeRoleAccess policy. Ask that account's administrator.`;
    case 'root-account':
      return 'You are signed in with the Alibaba Cloud account itself (root), which cannot assume roles. Sign in as a RAM user, then switch.';
    case 'signed-out':
      return 'You are signed out of the console. Sign in, then switch again.';
    case 'form-not-found':
      return `Could not find the Switch Role form${why}. Opened the Switch Role page pre-filled with ${account} and ${role} instead: check the fields and press Switch yourself.`;
    case 'form-ambiguous':
      return `Did not fill the Switch Role form because its fields are ambiguous${why}. Opened the page pre-filled with ${account} and ${role} instead: check the fields and press Switch yourself.`;
    case 'fill-rejected':
      return `The Switch Role form did not accept the values${why}. Opened the page pre-filled with ${account} and ${role} instead: check the fields and press Switch yourself.`;
    case 'console-error':
      return c.consoleText
        ? `The console refused the switch. It said: "${c.consoleText}" Check the page, then try again.`
        : 'The console returned to the Switch Role page without switching and without saying why. Check the page, then try again.';
    case 'timeout':
      return `The switch to ${t ? targetName(t) : 'the role'} did not complete within ${c.timeoutSec ?? 30} s. The console may be slow or stuck: look at the tab, then try again. Until you see your identity in the console's top bar, assume nothing changed.`;
    case 'mismatch':
      return `After the switch the console shows ${c.shown ?? 'someone else'}, not ${t ? targetName(t) : 'what was asked'}. Check the console's top bar before you act.`;
    case 'unconfirmed':
      return `The console moved on, but its page does not say who you are${why}. Check the console's top bar before you act.`;
    case 'busy':
      // detail: what the running switch does ("to devops in company1", "back to your logon identity").
      return `Already switching${c.detail ? ` ${c.detail}` : ''} (maybe from another window). Wait for it to finish, then try again.`;
    case 'tab-closed':
      return 'The console tab was closed before the switch finished; nothing was confirmed. Open the console and check its top bar before you act, or switch again.';
    case 'not-a-role':
      return `You are not acting as a role${c.shown ? ` (the console shows ${c.shown})` : ''}, so there is nothing to switch back from.`;
  }
}

/** The console's own text is shown too when we only recognised its gist. */
export function withConsoleText(message: string, consoleText?: string): string {
  return consoleText && !message.includes(consoleText) ? `${message} (The console said: "${consoleText}")` : message;
}
