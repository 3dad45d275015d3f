import { CONSOLE_PAGE_MATCHES } from '@/lib/console/hosts';
import { createBannerView } from '@/lib/content/banner-view';
import { settingsItem } from '@/lib/settings';
import { startConsolePage } from '@/lib/content/console-page';
import { pageReport } from '@/lib/content/diagnostic';
import { keepInPage } from '@/lib/content/keep-in-page';
import { handleMessages, sendToBackground, type BackgroundToContent } from '@/lib/messages';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

export default defineContentScript({
  matches: CONSOLE_PAGE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // The banner's text and words come from the background, in the UI language the user chose:
    // this script carries no message catalogue, so it costs the console page next to nothing.
    const { page, style } = await startConsolePage(document, ctx.signal);
    if (ctx.isInvalid) return;
    let view: ReturnType<typeof createBannerView> | undefined;
    const mounted = await createShadowRootUi(ctx, {
      name: 'switch-roles-banner',
      position: 'inline',
      anchor: 'body',
      append: 'first',
      // Closed: the page's own scripts get no `host.shadowRoot`, so they cannot read the labels
      // the banner shows. Only this content script holds the root (WXT hands it to onMount).
      mode: 'closed',
      onMount(container, shadow) {
        view = createBannerView(shadow, container, (s, collapsed) =>
          void sendToBackground('setBannerCollapsed', { collapseKey: s.collapseKey, collapsed }),
        );
        view.update(style);
      },
    });
    mounted.mount();
    // Re-attach if the console's app replaces the body's children (WXT's autoMount would watch
    // every change on the page for as long as it is open).
    keepInPage(document, () => mounted.shadowHost.isConnected, () => (mounted.remove(), mounted.mount()), ctx.signal);
    const refresh = async () => view?.update(await page.refresh());
    ctx.addEventListener(window, 'wxt:locationchange', () => void refresh());
    // A language chosen in the options: the background words the banner again in it.
    ctx.onInvalidated(
      settingsItem.watch((next, old) => {
        if (next?.language !== old?.language) void refresh();
      }),
    );
    ctx.onInvalidated(
      handleMessages<BackgroundToContent>('background', {
        clickSwitchBack: () => ({ clicked: page.switchBack() }),
        refreshBanner: () => refresh(),
        diagnosticReport: () => pageReport(document),
      }),
    );
  },
});
