// The one typed protocol between the extension's contexts. Message names live only here (as
// keys of the protocol maps); senders and receivers are checked against them at compile time,
// and every receiver checks the envelope and the sender at run time.
import { browser, type Browser } from 'wxt/browser';
import type { PageEvidence } from './console/decide-identity';
import type { FormFailure } from './console/switch-form';
import type { SwitchStatus, SwitchTarget, TabIdentity } from './switch/types';

/** How the banner should look for the identity a page reported. */
export interface BannerInfo {
  /** null: show no banner (the logon identity, when the user chose so). */
  style: null | { text: string; colour: string; tone: 'role' | 'logon' | 'unknown' | 'stale'; collapsed: boolean; collapseKey: string; words: BannerWords };
}

/** The banner's own words, in the UI language: the background sends them with the style, so
 *  the content script on every console page carries and parses no message catalogue. */
export interface BannerWords {
  /** The bar's accessible name. */
  label: string;
  /** The small tag before the text ("ROLE", "UNKNOWN"…). */
  tag: string;
  hide: string;
  hideLabel: string;
  show: string;
  showLabel: string;
}

/** What the switch page's content script should do when it loads. */
export type SwitchPageInstruction =
  | { action: 'fill'; account: string; roleName: string; formTimeoutMs: number }
  | { action: 'report-outcome'; timeoutMs: number }
  | { action: 'none' };

/** Sent by extension pages (popup, options) to the background. */
export interface PageToBackground {
  startSwitch: { req: { target: SwitchTarget; tabId?: number }; res: SwitchStatus };
  switchBack: { req: { tabId?: number }; res: SwitchStatus };
  getStatus: { req: { tabId?: number }; res: { job: SwitchStatus | null; tab: TabIdentity | null } };
  /** A bookmark or setting changed: banners and badges may need to change. */
  bookmarksChanged: { req: Record<string, never>; res: void };
}

/** Sent by the content scripts to the background; the tab is the sender's. */
export interface ContentToBackground {
  switchPageLoaded: { req: { url: string }; res: SwitchPageInstruction };
  /** The form is filled; the reply says whether to press submit (the job may have ended). */
  formFilled: { req: Record<string, never>; res: { submit: boolean } };
  formFailed: { req: FormFailure; res: void };
  switchPageError: { req: { text: string }; res: void };
  signinPageLoaded: { req: { url: string }; res: void };
  /** A console page opened: the background gets ready for the report that follows once the
   *  page's top bar is drawn (a stopped worker starts, the bookmarks are read) meanwhile. */
  consolePageOpened: { req: Record<string, never>; res: void };
  /** What the page says about who acts; pageLoadedAt: when its document started loading (performance.timeOrigin). */
  identitySeen: { req: { url: string; evidence: PageEvidence; pageLoadedAt: number }; res: BannerInfo };
  setBannerCollapsed: { req: { collapseKey: string; collapsed: boolean }; res: void };
}

/** Sent by the background to a console tab's content script. */
export interface BackgroundToContent {
  clickSwitchBack: { req: Record<string, never>; res: { clicked: boolean } };
  /** Bookmarks or settings changed: ask again how the banner looks. */
  refreshBanner: { req: Record<string, never>; res: void };
  /** The page's shape and known labels, for a bug report (lib/console/diagnostic.ts). */
  diagnosticReport: { req: Record<string, never>; res: { report: string } };
}

/** Broadcast by the background to open extension pages. */
export interface BackgroundToPages {
  statusChanged: { req: SwitchStatus; res: void };
  /** A console tab reported who it acts as (a page loaded, or the background asked again). */
  identityChanged: { req: TabIdentity; res: void };
}

export type Req<P, K extends keyof P> = P[K] extends { req: infer R } ? R : never;
export type Res<P, K extends keyof P> = P[K] extends { res: infer R } ? R : never;

const TAG = 'switch-roles-alibaba-cloud';
interface Envelope {
  tag: typeof TAG;
  name: string;
  data: unknown;
}

function envelope(name: string, data: unknown): Envelope {
  return { tag: TAG, name, data };
}

function isEnvelope(m: unknown): m is Envelope {
  return typeof m === 'object' && m !== null && (m as Envelope).tag === TAG && typeof (m as Envelope).name === 'string';
}

export function sendToBackground<K extends keyof PageToBackground>(name: K, data: Req<PageToBackground, K>): Promise<Res<PageToBackground, K>>;
export function sendToBackground<K extends keyof ContentToBackground>(name: K, data: Req<ContentToBackground, K>): Promise<Res<ContentToBackground, K>>;
export function sendToBackground(name: string, data: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(envelope(name, data));
}

export function sendToTab<K extends keyof BackgroundToContent>(
  tabId: number,
  name: K,
  data: Req<BackgroundToContent, K>,
): Promise<Res<BackgroundToContent, K>> {
  return browser.tabs.sendMessage(tabId, envelope(name, data), { frameId: 0 });
}

/** Tells open extension pages; nobody listening is normal (the popup is closed). */
export async function broadcastToPages<K extends keyof BackgroundToPages>(name: K, data: Req<BackgroundToPages, K>): Promise<void> {
  try {
    await browser.runtime.sendMessage(envelope(name, data));
  } catch {
    // "Receiving end does not exist": no page is open, which is fine.
  }
}

export type Sender = Browser.runtime.MessageSender;
export type Handlers<P> = {
  [K in keyof P]: (data: Req<P, K>, sender: Sender) => Res<P, K> | Promise<Res<P, K>>;
};

/** Who may send a message: the extension's own pages, or its content scripts in a tab. */
export type SenderKind = 'page' | 'content';

export function senderKind(sender: Sender, runtimeId = browser.runtime.id, extensionOrigin = browser.runtime.getURL('/')): SenderKind | null {
  if (typeof sender !== 'object' || sender === null || sender.id !== runtimeId) return null;
  if (sender.url?.startsWith(extensionOrigin)) return 'page';
  if (sender.tab?.id !== undefined) return 'content';
  return null;
}

/** The background: our own ID, no tab, and (where the browser says) our own origin. */
function isBackgroundSender(sender: Sender): boolean {
  if (typeof sender !== 'object' || sender === null || sender.id !== browser.runtime.id || sender.tab) return false;
  return sender.url === undefined || sender.url.startsWith(browser.runtime.getURL('/'));
}

/**
 * Registers handlers for messages from one kind of sender; everything else is ignored (not
 * answered), so other listeners — and other extensions' messages — are unaffected.
 */
export function handleMessages<P>(from: SenderKind | 'background', handlers: Handlers<P>): () => void {
  const listener = (message: unknown, sender: Sender) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.name)) return undefined;
    const ok = from === 'background' ? isBackgroundSender(sender) : senderKind(sender) === from;
    if (!ok) return undefined;
    const handler = handlers[message.name as keyof P]!;
    // A handler that throws on odd data answers with an error; it never throws in the listener.
    try {
      return Promise.resolve(handler(message.data as never, sender));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
