// The console's own error text after a failed switch, and what it means. The real texts are
// not known (console-spec.md): we find the message by where consoles put messages, show it
// verbatim, and classify it by key phrases in English and Chinese; an unrecognised text is
// still shown, as "the console said: …". A message shown only briefly (a toast removed after
// a few seconds, or even within one frame) is caught by watching the page from before the
// submit: see watchForPageError.
import type { FailureCause } from '../switch/types';
import { visibilityChecker } from './visibility';

/** Where error messages live: ARIA alerts, Fusion Next messages, classic error boxes. Any text
 *  in them is an error. (Not Fusion's .next-form-item-help: it also holds ordinary help text.) */
const ERROR_SELECTORS = ['[role="alert"]', '.next-message-error', '[class*="error" i]', '[class*="err-" i]', '[class*="alert" i]'];

/** Where consoles also put messages, errors or not (toasts, status lines, notices): their text
 *  counts only when it reads like an error. */
const MESSAGE_SELECTORS = [
  '[role="status"]',
  '[aria-live="assertive"]',
  '[aria-live="polite"]',
  '[class*="toast" i]',
  '[class*="message" i]',
  '[class*="notice" i]',
  '[class*="notification" i]',
];

const MAX_ERROR_TEXT = 400;
const NOT_MESSAGES = 'input, label, script, style, template, noscript';

/** Words of failure, English and Chinese: what makes a toast's text an error. */
const ERROR_WORDS =
  /error|fail|invalid|denied|unable|cannot|can't|not (allowed|authori[sz]ed|permitted|exist|found)|forbidden|expired|错误|失败|无法|不能|不存在|没有权限|无权|异常|过期|失效/i;

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether a message's text is an error: recognised, or worded like one. */
function readsLikeError(text: string): boolean {
  return classifyConsoleError(text) !== 'console-error' || ERROR_WORDS.test(text);
}

/** The error text an element shows as a message container, or null. */
function messageText(el: Element, strong: boolean): string | null {
  if (el.matches(NOT_MESSAGES)) return null;
  const text = clean(el.textContent ?? '');
  if (!text || text.length > MAX_ERROR_TEXT) return null;
  return strong || readsLikeError(text) ? text : null;
}

/** The first non-empty, visible error message on the page, or null. */
export function readPageError(doc: Document): string | null {
  const visible = visibilityChecker(doc);
  for (const [selectors, strong] of [[ERROR_SELECTORS, true], [MESSAGE_SELECTORS, false]] as const) {
    for (const selector of selectors) {
      for (const el of doc.querySelectorAll(selector)) {
        if (!visible(el)) continue;
        const text = messageText(el, strong);
        if (text) return text;
      }
    }
  }
  return recognisedText(doc, visible);
}

/**
 * Last resort, for an error in markup we do not know (a plain <div> with hashed classes): a
 * short visible text block that reads as an error (a known refusal, or words of failure).
 */
function recognisedText(doc: Document, visible: (el: Element) => boolean): string | null {
  for (const el of doc.body?.querySelectorAll('div, p, span, li, td, strong, b, em') ?? []) {
    let own = '';
    for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE) own += n.textContent;
    own = clean(own);
    if (!own || own.length > MAX_ERROR_TEXT || !readsLikeError(own) || !visible(el)) continue;
    const text = clean(el.textContent ?? '');
    return text.length <= MAX_ERROR_TEXT ? text : own;
  }
  return null;
}

/** Hidden by its own markup (a detached node has no layout or computed style to ask). */
const markedHidden = (el: Element) =>
  !!el.closest('[hidden], [aria-hidden="true"]') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');

/**
 * The error a node added to the page carries, even if it is gone again: a message container, or
 * (a toast in unknown markup) any short text that reads as an error.
 */
function errorTextIn(node: Node): string | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el || markedHidden(el) || el.matches(NOT_MESSAGES)) return null;
  for (const [selectors, strong] of [[ERROR_SELECTORS, true], [MESSAGE_SELECTORS, false]] as const) {
    for (const selector of selectors) {
      const container = el.closest(selector) ?? (node === el ? el.querySelector(selector) : null);
      if (!container || markedHidden(container)) continue;
      const text = messageText(container, strong);
      if (text) return text;
    }
  }
  const text = clean(el.textContent ?? '');
  return text && text.length <= MAX_ERROR_TEXT && readsLikeError(text) ? text : null;
}

export interface WatchOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** An error already on the page (an earlier attempt's): it only counts once it has gone and
   *  come back, or changed. */
  stale?: string | null;
}

/**
 * Watches the page for the console's answer: resolves with the first error text shown from now
 * on, or null at the deadline or on abort. Start it BEFORE pressing submit: a MutationObserver
 * sees every node the page adds, so a toast that is removed after two seconds — or before the
 * next frame — is still read.
 */
export function watchForPageError(doc: Document, { timeoutMs, signal, stale = null }: WatchOptions): Promise<string | null> {
  const win = doc.defaultView ?? globalThis;
  let cleared = stale === null;
  const fresh = (text: string | null): string | null => (text !== null && (cleared || text !== stale) ? text : null);
  return new Promise((resolve) => {
    let done = false;
    let scheduled = false;
    const finish = (value: string | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      win.clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const probe = () => {
      scheduled = false;
      const shown = readPageError(doc);
      if (shown === null) cleared = true;
      const text = fresh(shown);
      if (text !== null) finish(text);
    };
    const observer = new (win as typeof globalThis).MutationObserver((records) => {
      let removedStale = false;
      for (const record of records) {
        for (const node of record.removedNodes) if (stale && (node.textContent ?? '').includes(stale)) removedStale = true;
        const added = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
        for (const node of added) {
          const text = fresh(errorTextIn(node));
          if (text !== null) return finish(text);
        }
      }
      if (removedStale) cleared = true;
      // Text or visibility changed in place: look again once this frame is drawn (a hidden
      // tab gets no frames in Firefox: a timer tick then). Called on `win`, never unbound.
      if (!scheduled) {
        scheduled = true;
        if (typeof win.requestAnimationFrame === 'function' && doc.visibilityState !== 'hidden') win.requestAnimationFrame(probe);
        else win.setTimeout(probe, 16);
      }
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    const timer = win.setTimeout(() => finish(fresh(readPageError(doc))), timeoutMs);
    const onAbort = () => finish(null);
    if (signal?.aborted) return finish(null);
    signal?.addEventListener('abort', onAbort, { once: true });
    probe();
  });
}

/** Ordered: the first rule that matches wins (a role-not-found text also mentions the account). */
const RULES: { cause: FailureCause; pattern: RegExp }[] = [
  { cause: 'root-account', pattern: /\(root\)|root account|main account|alibaba cloud account[^.]*cannot|主账号|根账号/i },
  { cause: 'unknown-role', pattern: /role[^.]*(does not exist|not exist|not found)|(no such|unknown) role|角色[^。]*不存在|不存在[^。]*角色/i },
  { cause: 'unknown-account', pattern: /(alias|domain|account)[^.]*(does not exist|not exist|not found|invalid)|企业别名[^。]*不存在|默认域名[^。]*不存在|账号[^。]*不存在/i },
  { cause: 'not-trusted', pattern: /not authori[sz]ed|not allowed|no permission|permission denied|trust policy|没有权限|无权|信任策略/i },
  { cause: 'signed-out', pattern: /session[^.]*expired|sign in again|log ?on again|登录[^。]*(过期|失效)|重新登录/i },
];

export function classifyConsoleError(text: string): FailureCause {
  return RULES.find((r) => r.pattern.test(text))?.cause ?? 'console-error';
}
