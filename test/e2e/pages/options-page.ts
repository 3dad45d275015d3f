// The options page: import, export, settings.
import { readFile } from 'node:fs/promises';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    // Tall enough that no click needs a scroll first. Chromium routes a click to the frame under
    // the point by where frames were drawn last: right after Playwright's scroll, a click on
    // "Save settings" landed in the paste box's frame (out of process), where it had just been.
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return new OptionsPage(page);
  }

  // ---- import -------------------------------------------------------------------------

  async importFile(name: string, text: string): Promise<void> {
    await this.page.getByLabel('Team list file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  /** The paste box: in Chromium a sandboxed page of its own, framed (components/options/PasteBox.tsx). */
  get pasteBox(): Locator {
    return this.page.frameLocator('iframe#teamlist-paste').getByRole('textbox');
  }

  async paste(text: string): Promise<void> {
    await this.pasteBox.fill(text);
    await this.page.getByRole('button', { name: 'Preview import' }).click();
  }

  async importUrl(url: string): Promise<void> {
    await this.page.getByLabel('Team list URL').fill(url);
    await this.page.getByRole('button', { name: 'Fetch and preview' }).click();
  }

  /** The preview of an import, before anything is written. */
  get preview(): Locator {
    return this.page.locator('.preview');
  }

  /** One group's block in the preview. */
  previewGroup(name: string): Locator {
    return this.preview.getByRole('group', { name: `Group ${name}`, exact: true });
  }

  /** The problems with a refused document (role=alert, red). */
  get problems(): Locator {
    return this.page.locator('.problems.error');
  }

  /** Warnings about an accepted document (role=alert, amber). */
  get warnings(): Locator {
    return this.preview.locator('.problems.warn');
  }

  async chooseMode(mode: 'merge' | 'replace'): Promise<void> {
    await this.page.getByRole('radio', { name: mode === 'merge' ? /^Merge into the list/ : /^Replace the list/ }).check();
  }

  async apply(): Promise<void> {
    await this.page.getByRole('button', { name: 'Apply import' }).click();
    await expect(this.preview).toHaveCount(0);
  }

  /** The notice after an import was applied. */
  get notice(): Locator {
    return this.page.locator('.import-outcome .notice');
  }

  // ---- imported lists -----------------------------------------------------------------

  get listsTable(): Locator {
    return this.page.locator('table.lists');
  }

  /** A list's row, by its name. */
  listRow(name: string): Locator {
    return this.listsTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async refresh(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Refresh ${name}`, exact: true }).click();
  }

  async removeList(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Remove ${name}`, exact: true }).click();
    await this.page.getByRole('button', { name: `Confirm removal of ${name}`, exact: true }).click();
  }

  // ---- export -------------------------------------------------------------------------

  /** Exports one list from its row; returns the downloaded file's name and text. */
  async exportList(name: string): Promise<{ fileName: string; text: string }> {
    return this.download(() => this.page.getByRole('button', { name: `Export ${name}`, exact: true }).click());
  }

  /** Exports through the Export panel, with only `groups` checked when given. */
  async exportGroups(groups?: string[]): Promise<{ fileName: string; text: string }> {
    const panel = this.page.getByRole('group', { name: 'Groups to export' });
    if (groups) {
      for (const box of await panel.getByRole('checkbox').all()) {
        const label = (await box.locator('xpath=..').innerText()).replace(/\s*\(\d+\)$/, '');
        await box.setChecked(groups.includes(label));
      }
    }
    return this.download(() => this.page.getByRole('button', { name: 'Export', exact: true }).click());
  }

  private async download(click: () => Promise<void>): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), click()]);
    return { fileName: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }
}
