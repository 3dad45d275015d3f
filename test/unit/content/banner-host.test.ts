// mountBannerHost: the banner's host sits first in the body with a closed shadow root, comes
// back when the console replaces the body's children, and leaves when the script is invalidated.
import { afterEach, describe, expect, it } from 'vitest';
import { BANNER_HOST_NAME, mountBannerHost } from '@/lib/content/banner-host';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('mountBannerHost', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('puts one host first in the body, its shadow root closed to the page', () => {
    document.body.innerHTML = '<header>console</header><main></main>';
    const controller = new AbortController();
    const { shadow, container } = mountBannerHost(document, controller.signal);
    const host = document.body.firstElementChild as HTMLElement;
    expect(host.localName).toBe(BANNER_HOST_NAME);
    expect(host.shadowRoot).toBeNull();
    expect(shadow.mode).toBe('closed');
    expect(container.getRootNode()).toBe(shadow);
    expect(document.querySelectorAll(BANNER_HOST_NAME)).toHaveLength(1);
    controller.abort();
  });

  it('comes back, the same element with the same contents, when the body is emptied', async () => {
    const controller = new AbortController();
    const { container } = mountBannerHost(document, controller.signal);
    container.textContent = 'Role devops in company1';
    const host = document.body.firstElementChild;
    document.body.replaceChildren(document.createElement('main'));
    await flush();
    expect(document.body.firstElementChild).toBe(host);
    expect(container.textContent).toBe('Role devops in company1');
    controller.abort();
  });

  it('leaves the page, and stays out, once the script is invalidated', async () => {
    const controller = new AbortController();
    mountBannerHost(document, controller.signal);
    controller.abort();
    expect(document.querySelector(BANNER_HOST_NAME)).toBeNull();
    document.body.replaceChildren(document.createElement('main'));
    await flush();
    expect(document.querySelector(BANNER_HOST_NAME)).toBeNull();
  });
});
