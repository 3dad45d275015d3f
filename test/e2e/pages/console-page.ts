// The fake console as a person uses it: sign in, open product pages, read the top bar and the
// extension's banner, switch roles by hand.
import { expect, type Locator, type Page } from '@playwright/test';

export type Site = 'cn' | 'intl';
const DOMAIN: Record<Site, string> = { cn: 'aliyun.com', intl: 'alibabacloud.com' };

export const ALICE = 'alice@company2.onaliyun.com';
export const BOB = 'bob@company2.onaliyun.com';
export const ROOT = 'company2@aliyun-test.com';

export function consoleUrl(product: string, site: Site = 'cn', path = '/'): string {
  return `https://${product}.console.${DOMAIN[site]}${path}`;
}

export function signinUrl(site: Site, path: string): string {
  return `https://signin.${DOMAIN[site]}${path}`;
}

export class ConsolePage {
  constructor(readonly page: Page) {}

  /** Signs in through the fake console's login page, landing on the home console. */
  async signIn(logonName = ALICE, site: Site = 'cn'): Promise<void> {
    await this.page.goto(signinUrl(site, '/login.htm'));
    await this.page.getByLabel(/logon name|登录名称/i).fill(logonName);
    await this.page.getByRole('button', { name: /sign in|^登录$/i }).click();
    await this.page.waitForURL(/console\./);
  }

  async open(product: string, site: Site = 'cn', path = '/'): Promise<void> {
    await this.page.goto(consoleUrl(product, site, path));
  }

  /** The extension's identity banner (in its shadow root; Playwright locators pierce it). */
  get banner(): Locator {
    return this.page.getByRole('status', { name: 'Alibaba Cloud identity' });
  }

  async expectBanner(text: string | RegExp): Promise<void> {
    await expect(this.banner).toContainText(text);
  }

  /** The banner's background colour as rgb(). */
  async bannerColour(): Promise<string> {
    return this.banner.evaluate((el) => getComputedStyle(el).backgroundColor);
  }

  /** Switches by hand on the switch page, as a person would without the extension. */
  async switchByHand(account: string, roleName: string, site: Site = 'cn'): Promise<void> {
    await this.page.goto(signinUrl(site, '/switchRole.htm'));
    const inputs = this.page.locator('input:visible:not([type=hidden])');
    await inputs.nth(0).fill(account);
    await inputs.nth(1).fill(roleName);
    await this.page.getByRole('button', { name: /^(switch|submit|切换|提交)$/i }).click();
    await this.page.waitForURL(/console\./);
    // A person sees the console page before moving on: so does the extension.
    await expect(this.banner).toContainText(`Role ${roleName} in`);
  }

  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }
}
