// A diagnostic report of a page the extension could not read (identity unknown, form not
// found), for a user to attach to a bug report when the real console changes. It carries the
// page's SHAPE and nothing of the user's: element tag names, indented; attribute NAMES (never
// their values, except an input's or button's `type` and an element's `role`, checked against
// fixed lists); and only those texts that are labels the extension knows — whole, nothing
// around them. No values, identities, account IDs, tokens or URLs can pass: a text is kept only
// when, once the known label phrases are taken out, nothing but separators and a few filler
// words remains.
import { ACCOUNT_FIELD_LABELS, NOT_A_FIELD_LABEL_TEXTS, ROLE_FIELD_LABELS, SUBMIT_LABELS, normaliseLabel } from './labels';

/** Values of `type` and `role` that say what a control is, and nothing about anyone. */
const TYPES = new Set(['text', 'hidden', 'password', 'submit', 'button', 'search', 'email', 'tel', 'url', 'checkbox', 'radio', 'number', 'image', 'reset', 'file']);
const ROLES = new Set(['alert', 'button', 'status', 'menu', 'menuitem', 'menubar', 'dialog', 'navigation', 'banner', 'main', 'form', 'link', 'list', 'listitem', 'tab', 'tablist', 'tooltip', 'presentation', 'none', 'group', 'region', 'img', 'textbox', 'combobox', 'option', 'listbox']);
/** Words that may stand between label phrases ("Enterprise Alias/Default Domain Name"). */
const FILLERS = new Set(['name', 'or', 'and', 'ram', 'id', '名称', '或', '和']);
const SEPARATORS = /[\s/|,，、:：*()（）.·-]+/;
/** Elements whose content is never the page's structure. */
const SKIP_CONTENT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg']);

const MAX_REPORT = 30_000;
const MAX_DEPTH = 40;

export interface DiagnosticOptions {
  /** More label phrases to keep (the top bar's label families), lower-case: e.g. 'current identity', '当前身份'. */
  extraLabels?: Iterable<string>;
}

/** Whether a text is made of known label phrases only (and separators and fillers). */
function isLabelText(text: string, phrases: readonly string[]): boolean {
  let rest = normaliseLabel(text);
  if (!rest || rest.length > 80) return false;
  let found = false;
  for (const phrase of phrases) {
    if (rest.includes(phrase)) {
      rest = rest.split(phrase).join(' ');
      found = true;
    }
  }
  return found && rest.split(SEPARATORS).every((word) => word === '' || FILLERS.has(word));
}

/**
 * The page's element structure as indented lines: `tag [attribute names] type=… role=… "label"`.
 * Capped at 30 000 characters. Safe to show and copy: see the module comment.
 */
export function diagnosticReport(doc: Document, options: DiagnosticOptions = {}): string {
  // Longest first, so "role name" is taken out before "role" could split it.
  const phrases = [...new Set([...ACCOUNT_FIELD_LABELS, ...ROLE_FIELD_LABELS, ...SUBMIT_LABELS, ...NOT_A_FIELD_LABEL_TEXTS, ...(options.extraLabels ?? [])].map(normaliseLabel))]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const lines: string[] = ['Switch Roles diagnostic report: tag names, attribute names and known labels only'];
  let size = lines[0]!.length;
  let truncated = false;

  const visit = (el: Element, depth: number) => {
    if (truncated) return;
    // A name is the page's code, not the user's data; one carrying a number could be both.
    const tag = /\d{4}/.test(el.tagName) ? 'element' : el.tagName.toLowerCase();
    const parts = [tag];
    const names = [...el.attributes].map((a) => a.name.toLowerCase()).filter((n) => /^[a-z][a-z0-9_:.-]{0,40}$/.test(n) && !/\d{4}/.test(n));
    if (names.length) parts.push(`[${[...new Set(names)].sort().join(', ')}]`);
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if ((tag === 'input' || tag === 'button') && TYPES.has(type)) parts.push(`type=${type}`);
    const role = (el.getAttribute('role') ?? '').toLowerCase();
    if (ROLES.has(role)) parts.push(`role=${role}`);
    if (!SKIP_CONTENT.has(el.tagName)) {
      let own = '';
      for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE) own += n.textContent;
      own = own.replace(/\s+/g, ' ').trim();
      if (own && isLabelText(own, phrases)) parts.push(JSON.stringify(own));
    }
    const line = `${'  '.repeat(depth)}${parts.join(' ')}`;
    if (size + line.length + 1 > MAX_REPORT) {
      truncated = true;
      return;
    }
    lines.push(line);
    size += line.length + 1;
    if (SKIP_CONTENT.has(el.tagName) || depth >= MAX_DEPTH) return;
    for (const child of el.children) visit(child, depth + 1);
  };
  if (doc.documentElement) visit(doc.documentElement, 0);
  if (truncated) lines.push('… (cut at 30 000 characters)');
  return lines.join('\n');
}
