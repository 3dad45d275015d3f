// The fake console as a person uses it: sign in, open product pages, read the top bar and the
// extension's banner, switch roles by hand.
import { expect, type CDPSession, type Page } from '@playwright/test';
import { drawnText as drawnTextSource } from '../../banner-drawn-text';
import { pageFunctionDeclaration } from './page-function';

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
  /** Signs in through the fake console's login page, landing on the home console. */
  async signIn(logonName = ALICE, site: Site = 'cn'): Promise<void> {
    await this.bringToFront();
    await this.page.goto(signinUrl(site, '/login.htm'));
    await this.page.getByLabel(/logon name|登录名称/i).fill(logonName);
    await this.page.getByRole('button', { name: /sign in|^登录$/i }).click();
    await this.page.waitForURL(/console\./);
  }

  async open(product: string, site: Site = 'cn', path = '/'): Promise<void> {
    await this.page.goto(consoleUrl(product, site, path));
  }

  /** The extension's identity banner, named in English (the browser's language here). */
  readonly banner: Banner;

  constructor(readonly page: Page) {
    this.banner = new Banner(page);
  }

  async expectBanner(text: string | RegExp): Promise<void> {
    await this.banner.expectText(text);
  }

  /** The banner's background colour as rgb(). */
  async bannerColour(): Promise<string> {
    return (await this.banner.visible()).background;
  }

  /** Switches by hand on the switch page, as a person would without the extension. */
  async switchByHand(account: string, roleName: string, site: Site = 'cn'): Promise<void> {
    await this.bringToFront();
    await this.page.goto(signinUrl(site, '/switchRole.htm'));
    const inputs = this.page.locator('input:visible:not([type=hidden])');
    await inputs.nth(0).fill(account);
    await inputs.nth(1).fill(roleName);
    await this.page.getByRole('button', { name: /^(switch|submit|切换|提交)$/i }).click();
    await this.page.waitForURL(/console\./);
    // A person sees the console page before moving on: so does the extension.
    await this.banner.expectText(`Role ${roleName} in`);
  }

  /**
   * A person types in the tab in front. Headless Chromium draws a background tab whose text
   * field has the focus once a second, and each click there waits that long for a stable frame.
   */
  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }
}

/** The banner's shadow host (lib/content/banner-host.ts). */
export const BANNER_HOST = 'switch-roles-banner';

/** What a person sees of the banner, read at one moment. */
export interface BannerView {
  /** The bar's text (tag, identity, button), whitespace collapsed as Playwright's text matchers do. */
  text: string;
  background: string;
  color: string;
  box: Box;
  buttons: { name: string; text: string; visible: boolean; expanded: string | null; box: Box }[];
}
type Box = { x: number; y: number; width: number; height: number };

/** The banner as the page holds it: how many hosts, the root's mode, the bar (null: none shown). */
export interface BannerReading {
  hosts: number;
  mode: string | null;
  bar: BannerView | null;
  /** Why nothing could be read (e.g. a navigation under way). */
  error?: string;
}

interface CdpNode {
  backendNodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  shadowRootType?: string;
}

/**
 * The identity banner, read from outside the page the way a user-level tool (DevTools, an
 * accessibility checker) reads it. Its shadow root is closed: neither the page's scripts nor
 * Playwright's locators (which pierce open roots only) reach it. The Chrome DevTools Protocol
 * does: `DOM.getDocument` with `pierce` lists closed roots, and the root is resolved into an
 * isolated world of the test's own (never the page's), where its text, computed colours and
 * boxes are read. Buttons are clicked with the mouse, at their place on screen, as a person does.
 *
 * Every expectation polls like Playwright's web-first assertions and asks as much: exactly one
 * banner host, exactly one visible `role="status"` bar with this accessible name.
 */
export class Banner {
  #cdp?: Promise<CDPSession>;
  #world?: { loaderId: string; contextId: number };

  constructor(readonly page: Page, readonly name = 'Alibaba Cloud identity') {}

  #session(): Promise<CDPSession> {
    return (this.#cdp ??= this.page.context().newCDPSession(this.page));
  }

  /** The banner hosts in the top document, each with its shadow root (closed ones too). */
  async #hosts(): Promise<{ host: CdpNode; root?: CdpNode }[]> {
    const cdp = await this.#session();
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const found: { host: CdpNode; root?: CdpNode }[] = [];
    const walk = (n: CdpNode) => {
      if (n.nodeName.toLowerCase() === BANNER_HOST) found.push({ host: n, root: n.shadowRoots?.[0] });
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    walk(root);
    return found;
  }

  /** The test's isolated world in the current document (made again after a navigation). */
  async #contextId(): Promise<number> {
    const cdp = await this.#session();
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { id, loaderId } = frameTree.frame;
    if (this.#world?.loaderId !== loaderId) {
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: id, worldName: 'e2e-banner-reader' });
      this.#world = { loaderId, contextId: executionContextId };
    }
    return this.#world.contextId;
  }

  /**
   * Runs `fn(root, arg)` in the test's isolated world, with the banner's (closed) shadow root.
   * Throws when there is not exactly one banner host.
   */
  async evaluate<R, A = undefined>(fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#evaluateOnce(fn, arg);
      } catch (e) {
        // A document replaced between two protocol calls: once more, in the new one.
        if (attempt > 0 || !/context|node|object/i.test((e as Error).message)) throw e;
        this.#world = undefined;
      }
    }
  }

  async #evaluateOnce<R, A>(fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const hosts = await this.#hosts();
    if (hosts.length !== 1 || !hosts[0]!.root) throw new Error(`expected one banner host with a shadow root, found ${hosts.length} host(s)`);
    const cdp = await this.#session();
    const executionContextId = await this.#contextId();
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: hosts[0]!.root.backendNodeId, executionContextId });
    try {
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        // drawnText goes with every function: the readers use it (declared below).
        functionDeclaration: pageFunctionDeclaration(`${drawnTextSource.toString()} return (${fn.toString()})(this, arg);`),
        arguments: [{ value: arg }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(`in the banner: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as R;
    } finally {
      await cdp.send('Runtime.releaseObject', { objectId: object.objectId! }).catch(() => {});
    }
  }

  /** Runs a script (e.g. a library's source) in the test's isolated world of this document. */
  async evaluateScript(source: string): Promise<void> {
    const cdp = await this.#session();
    const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: source, contextId: await this.#contextId() });
    if (exceptionDetails) throw new Error(`script failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  }

  /** The banner now; never throws (a reading during a navigation says why it read nothing). */
  async read(): Promise<BannerReading> {
    let hosts: { host: CdpNode; root?: CdpNode }[];
    try {
      hosts = await this.#hosts();
    } catch (e) {
      return { hosts: 0, mode: null, bar: null, error: (e as Error).message };
    }
    const mode = hosts[0]?.root?.shadowRootType ?? null;
    if (hosts.length !== 1) return { hosts: hosts.length, mode, bar: null };
    try {
      const bar = await this.evaluate(readBar, this.name);
      return { hosts: 1, mode, bar };
    } catch (e) {
      return { hosts: 1, mode, bar: null, error: (e as Error).message };
    }
  }

  /** Waits for the banner to show, and returns what it shows. */
  async visible(): Promise<BannerView> {
    let last: BannerReading | undefined;
    await expect.poll(async () => (last = await this.read()).bar !== null, { message: `banner "${this.name}" shown` }).toBe(true);
    return last!.bar!;
  }

  /** Like `expect(locator).toContainText(text)`. */
  async expectText(text: string | RegExp): Promise<void> {
    await expect
      .poll(async () => (await this.read()).bar?.text ?? '(no banner)', { message: `banner "${this.name}" text` })
      .toEqual(typeof text === 'string' ? expect.stringContaining(text) : expect.stringMatching(text));
  }

  /** Like `expect(locator).not.toContainText(text)`, with a banner shown. */
  async expectNoText(text: string): Promise<void> {
    await expect
      .poll(async () => (await this.read()).bar?.text ?? null, { message: `banner "${this.name}" text without "${text}"` })
      .toEqual(expect.not.stringContaining(text));
  }

  /** Like `expect(locator).toBeHidden()`: no bar shown (the host may stay, empty). */
  async expectHidden(): Promise<void> {
    await expect.poll(async () => (await this.read()).bar, { message: `banner "${this.name}" hidden` }).toBeNull();
  }

  /** The bar's box on screen, once shown (like a locator's boundingBox). */
  async boundingBox(): Promise<Box> {
    return (await this.visible()).box;
  }

  /** How many banner hosts the page holds (0 on pages the extension leaves alone). */
  async hostCount(): Promise<number> {
    return (await this.#hosts()).length;
  }

  /** The bar's node (DevTools' backend node id): the same one while the page keeps it. */
  async barNode(): Promise<number> {
    await this.visible();
    const root = (await this.#hosts())[0]?.root;
    const find = (n: CdpNode): CdpNode | undefined => {
      const attrs = n.attributes ?? [];
      const attr = (k: string) => attrs[attrs.indexOf(k) + 1];
      if (attrs.includes('role') && attr('role') === 'status' && attr('aria-label') === this.name) return n;
      for (const c of n.children ?? []) {
        const hit = find(c);
        if (hit) return hit;
      }
      return undefined;
    };
    const bar = root && find(root);
    if (!bar) throw new Error(`banner "${this.name}": bar not found`);
    return bar.backendNodeId;
  }

  /** Like `expect(banner.getByRole('button', { name })).toBeVisible()` (name: exact), and its text. */
  async expectButton(name: string, text?: string): Promise<void> {
    await expect
      .poll(async () => {
        const b = (await this.read()).bar?.buttons.find((x) => x.name === name);
        return b ? { visible: b.visible, ...(text === undefined ? {} : { text: b.text }) } : null;
      }, { message: `banner button "${name}"` })
      .toEqual({ visible: true, ...(text === undefined ? {} : { text }) });
  }

  /** Clicks the button named `name` with the mouse, once nothing covers it. */
  async clickButton(name: string): Promise<void> {
    let at: { x: number; y: number } | undefined;
    await expect
      .poll(async () => {
        const b = (await this.read()).bar?.buttons.find((x) => x.name === name);
        if (!b?.visible) return `no visible button "${name}"`;
        const point = { x: b.box.x + b.box.width / 2, y: b.box.y + b.box.height / 2 };
        const hit = await this.evaluate(
          (root, { p, n }) => {
            const button = [...root.querySelectorAll('button')].find((x) => (x.getAttribute('aria-label') ?? x.textContent?.trim()) === n);
            const inRoot = root.elementFromPoint(p.x, p.y);
            return root.ownerDocument.elementFromPoint(p.x, p.y) === root.host && !!button && !!inRoot && button.contains(inRoot);
          },
          { p: point, n: name },
        ).catch((e: Error) => e.message);
        if (hit !== true) return `button "${name}" covered or gone (${String(hit)})`;
        at = point;
        return 'clickable';
      }, { message: `banner button "${name}" clickable` })
      .toBe('clickable');
    await this.page.mouse.click(at!.x, at!.y);
  }
}

/** Runs in the test's isolated world: the bar named `name` in the banner's root, or null. */
/** Sent with each function run in the banner (see `evaluate`). */
declare function drawnText(node: Node): string;

function readBar(root: ShadowRoot, name: string): BannerView | null {
  const bars = [...root.querySelectorAll<HTMLElement>('[role="status"]')].filter((b) => b.getAttribute('aria-label') === name);
  if (bars.length !== 1) return null;
  const bar = bars[0]!;
  const box = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  if (!visible(bar)) return null;
  const style = getComputedStyle(bar);
  return {
    text: drawnText(bar).replace(/\s+/g, ' ').trim(),
    background: style.backgroundColor,
    color: style.color,
    box: box(bar),
    buttons: [...bar.querySelectorAll('button')].map((b) => ({
      name: b.getAttribute('aria-label') ?? (b.textContent ?? '').trim(),
      text: (b.textContent ?? '').trim(),
      visible: visible(b),
      expanded: b.getAttribute('aria-expanded'),
      box: box(b),
    })),
  };
}
