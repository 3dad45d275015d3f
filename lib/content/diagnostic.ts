// The diagnostic report a content script gives when the popup asks: the page's shape and the
// labels the extension knows (switch form and top bar alike), never a value from the page.
import { diagnosticReport } from '../console/diagnostic';
import { isTopBarVocabulary } from '../console/topbar-labels';

export function pageReport(doc: Document): { report: string } {
  return { report: diagnosticReport(doc, { isKnownLabel: isTopBarVocabulary }) };
}
