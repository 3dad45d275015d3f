import { SIGNIN_MATCHES } from '@/lib/console/hosts';
import { pageReport } from '@/lib/content/diagnostic';
import { runSwitchPage } from '@/lib/content/switch-page';
import { handleMessages, type BackgroundToContent } from '@/lib/messages';

export default defineContentScript({
  matches: SIGNIN_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // The popup may ask for a report of a switch page whose form could not be found.
    ctx.onInvalidated(handleMessages<Pick<BackgroundToContent, 'diagnosticReport'>>('background', { diagnosticReport: () => pageReport(document) }));
    return runSwitchPage(document, ctx.signal);
  },
});
