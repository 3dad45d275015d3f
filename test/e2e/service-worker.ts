// The extension's service worker, as the e2e tests handle it.
import type { BrowserContext, Page, Worker } from '@playwright/test';

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

/** Stops the extension's service worker, as Chrome does when it is idle, and waits until the
 *  browser reports it stopped: the fault is really injected, not merely asked for. */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  let stopped!: () => void;
  const done = new Promise<void>((resolve) => (stopped = resolve));
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    if (versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')) stopped();
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await done;
  await cdp.send('ServiceWorker.disable');
  await cdp.detach();
}
