// The options page: import, export, settings.
import type { BrowserContext, Page } from '@playwright/test';

export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return new OptionsPage(page);
  }
}
