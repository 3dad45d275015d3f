// The popup as a person uses it. Opened as a tab at popup.html; the console tab it was opened
// "over" is then brought back to the front while the popup reloads, so the popup's "active tab"
// is that console tab, as it is when the real popup opens from the toolbar.
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { ConsolePage } from './console-page';

export interface BookmarkInput {
  account: string;
  roleName?: string;
  displayName?: string;
  /** A palette name, e.g. "Red (production)". */
  colour?: string;
  site?: 'China' | 'International' | 'Same as the current tab';
  favourite?: boolean;
  arn?: string;
  landingUrl?: string;
}

export class Popup {
  private constructor(
    readonly page: Page,
    private readonly over: ConsolePage | null,
  ) {}

  static async open(context: BrowserContext, extensionId: string, over: ConsolePage | null): Promise<Popup> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const popup = new Popup(page, over);
    await popup.refocusConsole();
    return popup;
  }

  /**
   * Makes the console tab the active one again and reloads the popup, as if reopened over it.
   * Once the popup has read its tab (it asks once), the popup comes to the front, as a real one
   * is: headless Chromium draws a background tab whose text field has the focus (the popup's
   * search) once a second, and every click would wait that long for a stable frame.
   */
  async refocusConsole(): Promise<void> {
    if (!this.over) return;
    await this.over.bringToFront();
    await this.page.reload();
    await expect(this.page.locator('.identity')).not.toHaveAttribute('aria-busy', 'true');
    await this.page.bringToFront();
  }

  get status(): Locator {
    return this.page.getByRole('status').first();
  }

  option(name: string | RegExp): Locator {
    return this.page.getByRole('option', { name });
  }

  /** Adds a bookmark through the form; returns once it is saved or the form shows why not. */
  async addBookmark(b: BookmarkInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add role' }).click();
    await this.fillForm(b);
    await this.page.getByRole('button', { name: 'Save' }).click();
    await this.formSettled();
  }

  /** The form closed (saved), or it shows an error: a person sees one or the other. */
  async formSettled(): Promise<void> {
    await this.page.waitForFunction(() => {
      const form = document.querySelector('form.form');
      return !form || form.querySelector('[aria-invalid="true"], .form-error') !== null;
    });
  }

  async fillForm(b: BookmarkInput): Promise<void> {
    const p = this.page;
    if (b.arn) await p.getByLabel('Role ARN').fill(b.arn);
    else await p.getByLabel('Account', { exact: true }).fill(b.account);
    if (b.roleName !== undefined) await p.getByLabel('Role name').fill(b.roleName);
    if (b.displayName !== undefined) await p.getByLabel('Display name').fill(b.displayName);
    if (b.colour) await p.getByRole('radio', { name: b.colour }).check();
    if (b.site) await p.getByLabel('Site').selectOption({ label: b.site });
    if (b.favourite) await p.getByLabel('Favourite').check();
    if (b.landingUrl !== undefined) await p.getByLabel('Landing page').fill(b.landingUrl);
  }

  /** Clicks a bookmark (or recent role) row: one click switches. */
  async switchTo(name: string | RegExp): Promise<void> {
    await this.option(name).first().click();
  }

  async expectStatus(text: string | RegExp): Promise<void> {
    await expect(this.status).toContainText(text);
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search roles').fill(text);
  }
}
