// The console's own error text after a failed switch, and what it means. The real texts are
// not known (console-spec.md): we find the message by where consoles put messages, show it
// verbatim, and classify it by key phrases in English and Chinese; an unrecognised text is
// still shown, as "the console said: …".
import type { FailureCause } from '../switch/types';

/** Where error messages live: ARIA alerts, Fusion Next messages, classic error boxes. (Not
 *  Fusion's .next-form-item-help: it also holds ordinary help text, which is no refusal.) */
const ERROR_SELECTORS = [
  '[role="alert"]',
  '.next-message-error',
  '[class*="error" i]',
  '[class*="err-" i]',
  '[class*="alert" i]',
];

const MAX_ERROR_TEXT = 400;

/** The first non-empty, visible-looking error message on the page, or null. */
export function readPageError(doc: Document): string | null {
  for (const selector of ERROR_SELECTORS) {
    for (const el of doc.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest('[hidden], [aria-hidden="true"]') || el.matches('input, label, script, style')) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && text.length <= MAX_ERROR_TEXT) return text;
    }
  }
  return null;
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
