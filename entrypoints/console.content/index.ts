import { CONSOLE_PAGE_MATCHES } from '@/lib/console/hosts';
import { createBannerView } from '@/lib/content/banner-view';
import { startConsolePage } from '@/lib/content/console-page';
import { pageReport } from '@/lib/content/diagnostic';
import { mountBannerHost } from '@/lib/content/banner-host';
import { handleMessages, sendToBackground, type BackgroundToContent } from '@/lib/messages';

export default defineContentScript({
  matches: CONSOLE_PAGE_MATCHES,
  runAt: 'document_idle',
  // WXT's "a newer copy of this script started" signal then travels only as a DOM event: its
  // window.postMessage('*') copy would run every message listener of the page, hand the page our
  // extension ID, and cost ~3.5 ms per load here (docs/performance.md).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The banner's text and words come from the background, in the UI language the user chose:
    // this script carries no message catalogue, so it costs the console page next to nothing.
    const { page, style } = await startConsolePage(document, ctx.signal);
    if (ctx.isInvalid) return;
    const { shadow, container } = mountBannerHost(document, ctx.signal);
    const view = createBannerView(shadow, container, (s, collapsed) =>
      void sendToBackground('setBannerCollapsed', { collapseKey: s.collapseKey, collapsed }),
    );
    view.update(style);
    void page.watch((next) => view.update(next));
    const refresh = async () => view.update(await page.refresh());
    ctx.addEventListener(window, 'wxt:locationchange', () => void refresh());
    ctx.onInvalidated(
      handleMessages<BackgroundToContent>('background', {
        clickSwitchBack: () => ({ clicked: page.switchBack() }),
        refreshBanner: () => refresh(),
        diagnosticReport: () => pageReport(document),
      }),
    );
  },
});
