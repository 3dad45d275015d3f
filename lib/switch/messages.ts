// What the user reads when a switch ends: the cause, and what to do about it. In the UI
// language of the context that builds it (the background follows the language setting).
import { t } from '../i18n';
import type { SwitchTarget, FailureCause } from './types';

export function targetName(target: SwitchTarget): string {
  const { label, roleName: role, account } = target;
  return label && label !== role ? t('switch_targetLabelled', { label, role, account }) : t('status_targetIn', { role, account });
}

interface Context {
  target?: SwitchTarget;
  detail?: string;
  consoleText?: string;
  timeoutSec?: number;
  shown?: string;
}

export function failureMessage(cause: FailureCause, c: Context): string {
  const target = c.target;
  // The detail in brackets, when there is one: no message shows "(undefined)".
  const why = c.detail ? t('switch_why', { detail: c.detail }) : '';
  const role = target ? t('switch_quoted', { text: target.roleName }) : t('status_theRole');
  const account = target ? t('switch_quoted', { text: target.account }) : t('switch_theAccount');
  switch (cause) {
    case 'unknown-account':
      return t('fail_unknownAccount', { account });
    case 'unknown-role':
      return t('fail_unknownRole', { account, role });
    case 'not-trusted':
      return t('fail_notTrusted', { role, account });
    case 'root-account':
      return t('fail_rootAccount');
    case 'signed-out':
      return t('fail_signedOut');
    case 'form-not-found':
      return t('fail_formNotFound', { why, account, role });
    case 'form-ambiguous':
      return t('fail_formAmbiguous', { why, account, role });
    case 'fill-rejected':
      return t('fail_fillRejected', { why, account, role });
    case 'console-error':
      return c.consoleText ? t('fail_consoleSaid', { text: c.consoleText }) : t('fail_consoleSilent');
    case 'timeout':
      return t('fail_timeout', { target: target ? targetName(target) : t('status_theRole'), seconds: c.timeoutSec ?? 30 });
    case 'mismatch':
      return t('fail_mismatch', { shown: c.shown ?? t('fail_someoneElse'), target: target ? targetName(target) : t('fail_whatWasAsked') });
    case 'unconfirmed':
      return t('fail_unconfirmed', { why });
    case 'busy':
      // detail: what the running switch does (switch_busyTo, switch_busyBack).
      return c.detail ? t('fail_busyDetail', { detail: c.detail }) : t('fail_busy');
    case 'tab-closed':
      return t('fail_tabClosed');
    case 'not-a-role':
      return t('fail_notARole', { shown: c.shown ? t('fail_consoleShows', { shown: c.shown }) : '' });
  }
}

/** The console's own text is shown too when we only recognised its gist. */
export function withConsoleText(message: string, consoleText?: string): string {
  return consoleText && !message.includes(consoleText) ? t('switch_withConsoleText', { message, text: consoleText }) : message;
}
