import { SIGNIN_MATCHES } from '@/lib/console/hosts';
import { pageReport } from '@/lib/content/diagnostic';
import { runSwitchPage } from '@/lib/content/switch-page';
import { useLanguage } from '@/lib/i18n';
import { handleMessages, type BackgroundToContent } from '@/lib/messages';
import { DEFAULT_SETTINGS, getSettings } from '@/lib/settings';

export default defineContentScript({
  matches: SIGNIN_MATCHES,
  runAt: 'document_idle',
  // WXT's "a newer copy of this script started" signal then travels only as a DOM event: its
  // window.postMessage('*') copy would run every message listener of the page, hand the page our
  // extension ID, and cost ~3.5 ms per load here (docs/performance.md).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The popup may ask for a report of a switch page whose form could not be found.
    ctx.onInvalidated(handleMessages<Pick<BackgroundToContent, 'diagnosticReport'>>('background', { diagnosticReport: () => pageReport(document) }));
    // Why a form could not be filled is said in the language the user chose.
    useLanguage((await getSettings().catch(() => DEFAULT_SETTINGS)).language);
    return runSwitchPage(document, ctx.signal);
  },
});
