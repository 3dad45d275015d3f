// "Copy diagnostic report": asks the tab's content script for the page's shape (no values,
// lib/console/diagnostic.ts) and puts it on the clipboard for a bug report.
import { t } from '../i18n';
import { sendToTab } from '../messages';
import { errorText } from './errors';

export interface DiagnosticDeps {
  ask(tabId: number): Promise<{ report: string }>;
  copy(text: string): Promise<void>;
}

const browserDeps: DiagnosticDeps = {
  ask: (tabId) => sendToTab(tabId, 'diagnosticReport', {}),
  copy: (text) => navigator.clipboard.writeText(text),
};

/** What to tell the user: copied (and how much), or why not. */
export async function copyDiagnosticReport(tabId: number, deps: DiagnosticDeps = browserDeps): Promise<{ ok: boolean; text: string }> {
  let report: string;
  try {
    ({ report } = await deps.ask(tabId));
  } catch (e) {
    return { ok: false, text: t('diag_readFailed', { error: errorText(e) }) };
  }
  try {
    await deps.copy(report);
  } catch (e) {
    return { ok: false, text: t('diag_copyFailed', { error: errorText(e) }) };
  }
  const lines = report.split('\n').length;
  return { ok: true, text: t('diag_copied', { lines }) };
}
