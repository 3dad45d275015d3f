// The banner's place in the page: an element of our own at the top of <body>, holding a closed
// shadow root (the page's scripts get no `host.shadowRoot`, so they cannot read the labels the
// banner shows), put back whenever the console's app replaces the body's children. Plain DOM:
// it is on every console page, and a UI framework's mount costs each of them.
import { keepInPage } from './keep-in-page';

export const BANNER_HOST_NAME = 'switch-roles-banner';

export interface BannerHost {
  shadow: ShadowRoot;
  /** Where the banner's own elements go, inside the shadow root. */
  container: HTMLElement;
}

/** Puts the host at the top of the body and keeps it there until `signal` aborts; then removes it. */
export function mountBannerHost(doc: Document, signal: AbortSignal): BannerHost {
  const host = doc.createElement(BANNER_HOST_NAME);
  const shadow = host.attachShadow({ mode: 'closed' });
  const container = doc.createElement('div');
  shadow.append(container);
  const attach = () => doc.body?.prepend(host);
  attach();
  keepInPage(doc, () => host.isConnected, attach, signal);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { shadow, container };
}
