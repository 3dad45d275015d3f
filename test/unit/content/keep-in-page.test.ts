// keepInPage: the banner comes back when the console replaces the body's children or the body,
// and nothing deeper in the page is watched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepInPage } from '@/lib/content/keep-in-page';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('keepInPage', () => {
  let host: HTMLElement;
  let controller: AbortController;
  const reattach = vi.fn(() => document.body.prepend(host));
  beforeEach(() => {
    document.documentElement.innerHTML = '<head></head><body><main id="app"><p>console</p></main></body>';
    host = document.createElement('switch-roles-banner');
    document.body.prepend(host);
    controller = new AbortController();
    reattach.mockClear();
    keepInPage(document, () => host.isConnected, reattach, controller.signal);
  });
  afterEach(() => controller.abort());

  it('puts the banner back when the app replaces the body\'s children', async () => {
    document.body.innerHTML = '<main>new app</main>';
    await flush();
    expect(reattach).toHaveBeenCalledTimes(1);
    expect(host.isConnected).toBe(true);
  });

  it('puts it back when the body itself is replaced, and keeps watching the new body', async () => {
    document.documentElement.replaceChild(document.createElement('body'), document.body);
    await flush();
    expect(reattach).toHaveBeenCalledTimes(1);
    expect(host.parentElement).toBe(document.body);
    document.body.replaceChildren();
    await flush();
    expect(reattach).toHaveBeenCalledTimes(2);
  });

  it('watches nothing deeper: changes inside the app are not even seen', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    keepInPage(document, () => true, vi.fn(), controller.signal);
    for (const [, options] of observe.mock.calls) expect(options).toEqual({ childList: true });
    document.getElementById('app')!.append(document.createElement('table'));
    await flush();
    expect(reattach).not.toHaveBeenCalled();
  });

  it('stops when the content script is invalidated', async () => {
    controller.abort();
    document.body.innerHTML = '<main>new app</main>';
    await flush();
    expect(reattach).not.toHaveBeenCalled();
  });
});
