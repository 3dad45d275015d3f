// The extension's service worker, as the e2e tests handle it.
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';

const isExtensionWorker = (extensionId: string) => (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);

/** The extension's service worker, woken (by opening its popup in `page`) if MV3 had stopped it. */
export async function awakeServiceWorker(context: BrowserContext, extensionId: string, page: Page): Promise<Worker> {
  const running = context.serviceWorkers().find(isExtensionWorker(extensionId));
  if (running) {
    try {
      await running.evaluate(() => 1);
      return running;
    } catch {
      // Stopped while we looked: woken below.
    }
  }
  const started = context.waitForEvent('serviceworker', { predicate: isExtensionWorker(extensionId), timeout: 20_000 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return context.serviceWorkers().find(isExtensionWorker(extensionId)) ?? (await started);
}

/** Watches the browser's service workers (DevTools protocol) until one of the extension's
 *  reaches `status`; `act` runs once the watch is on. */
async function untilWorker(context: BrowserContext, page: Page, status: 'stopped' | 'running', act: (cdp: CDPSession) => Promise<unknown>, withinMs?: number): Promise<void> {
  const cdp = await context.newCDPSession(page);
  let reached!: () => void;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = new Promise<void>((resolve, reject) => {
    reached = resolve;
    if (withinMs) timer = setTimeout(() => reject(new Error(`the extension's service worker was not ${status} within ${withinMs} ms`)), withinMs);
  });
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    if (versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === status)) reached();
  });
  try {
    await cdp.send('ServiceWorker.enable');
    await act(cdp);
    await done;
  } finally {
    clearTimeout(timer);
    await cdp.detach();
  }
}

/** Stops the extension's service worker, as Chrome does when it is idle, and waits until the
 *  browser reports it stopped: the fault is really injected, not merely asked for. */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  await untilWorker(context, page, 'stopped', (cdp) => cdp.send('ServiceWorker.stopAllWorkers'));
}

/** Runs `act` (the worker stopped) and resolves once something has started the worker again,
 *  failing if nothing has within `withinMs`. */
export async function workerStartedBy(context: BrowserContext, page: Page, act: () => Promise<unknown>, withinMs: number): Promise<void> {
  await untilWorker(context, page, 'running', act, withinMs);
}
