import { CONSOLE_PAGE_MATCHES } from '@/lib/console/hosts';
import { createBannerView } from '@/lib/content/banner-view';
import { startConsolePage } from '@/lib/content/console-page';
import { pageReport } from '@/lib/content/diagnostic';
import { keepInPage } from '@/lib/content/keep-in-page';
import { handleMessages, sendToBackground, type BackgroundToContent } from '@/lib/messages';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

export default defineContentScript({
  matches: CONSOLE_PAGE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const { page, style } = await startConsolePage(document, ctx.signal);
    if (ctx.isInvalid) return;
    let view: ReturnType<typeof createBannerView> | undefined;
    const ui = await createShadowRootUi(ctx, {
      name: 'switch-roles-banner',
      position: 'inline',
      anchor: 'body',
      append: 'first',
      onMount(container, shadow) {
        view = createBannerView(shadow, container, (s, collapsed) =>
          void sendToBackground('setBannerCollapsed', { collapseKey: s.collapseKey, collapsed }),
        );
        view.update(style);
      },
    });
    ui.mount();
    // Re-attach if the console's app replaces the body's children (WXT's autoMount would watch
    // every change on the page for as long as it is open).
    keepInPage(document, () => ui.shadowHost.isConnected, () => (ui.remove(), ui.mount()), ctx.signal);
    const refresh = async () => view?.update(await page.refresh());
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
