// What the user is told about a document: where (a path like "roles[3].roleName") and what
// is wrong and how to fix it, in one sentence each. Every problem leaves through capProblems,
// which bounds its length and hides anything that looks like a credential: a refusal is shown
// on screen, and a hostile document must not be able to make it huge or make it echo a key.
import { t } from '../i18n';
import { hiddenCredential, redactSecrets, secretValueKind } from './secrets';

export interface Problem {
  /** Where: "roles[3].roleName"; "" for the document as a whole. */
  path: string;
  /** What is wrong and what to fix. Plain text. */
  message: string;
  /** For JSON syntax errors: where in the text, 1-based. */
  line?: number;
  column?: number;
  /** The input carried something that looks like a credential: say so loudly. */
  secret?: boolean;
  /** The last line of a capped list: it stands for this many problems not shown. */
  more?: number;
}

/** Something the user should know about a document that was accepted. Same shape as Problem. */
export type Warning = Problem;

/** How many problems a result lists; the rest are summed up in one last line. */
export const MAX_PROBLEMS_SHOWN = 20;

export type PathSegment = string | number;

/** The most of one value (a key, a word, a field) a message quotes. */
export const MAX_QUOTED_CHARS = 80;
/** The longest message and path shown: a few quotes and the advice around them. */
export const MAX_MESSAGE_CHARS = 600;
export const MAX_PATH_CHARS = 200;

/** Cut to `max` characters, marked with "…" when cut. */
export function clip(text: string, max = MAX_QUOTED_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** ["roles", 3, "roleName"] → "roles[3].roleName"; odd keys are quoted: roles[3]["a b"]. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (secretValueKind(s)) out += `[${hiddenCredential()}]`;
    else if (IDENTIFIER.test(s) && s.length <= MAX_QUOTED_CHARS) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(clip(s))}]`;
    if (out.length > MAX_PATH_CHARS) break;
  }
  return clip(out, MAX_PATH_CHARS);
}

/** "/roles/3/roleName" (ajv's instancePath, a JSON Pointer) → ["roles", 3, "roleName"]. */
export function pointerSegments(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const s = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s;
    });
}

/** A problem as it may be shown: no credential-like text, and bounded. */
export function boundProblem(p: Problem): Problem {
  const bound = (text: string, max: number) => clip(redactSecrets(text), max);
  return { ...p, path: bound(p.path, MAX_PATH_CHARS), message: bound(p.message, MAX_MESSAGE_CHARS) };
}

/** Keeps the first MAX_PROBLEMS_SHOWN, in order, and says how many more there were; every
 *  problem bounded (boundProblem). Credential warnings come first, so no cap hides them. */
export function capProblems(problems: readonly Problem[], max = MAX_PROBLEMS_SHOWN): Problem[] {
  const ordered = [...problems.filter((p) => p.secret), ...problems.filter((p) => !p.secret)].map(boundProblem);
  if (ordered.length <= max) return ordered;
  const rest = ordered.length - max;
  return [
    ...ordered.slice(0, max),
    { path: '', message: rest === 1 ? t('problems_moreOne') : t('problems_more', { count: rest }), more: rest },
  ];
}

/** One line for a log or a plain-text list: "roles[3].roleName: …". (A syntax error's
 *  message already starts with its line and column.) */
export function describeProblem(p: Problem): string {
  return p.path ? t('problem_whereWhat', { where: p.path, what: p.message }) : p.message;
}

/** Characters that are invisible or reorder text: shown as \u{…} in messages so a message
 *  never hides or flips what it quotes. */
export const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`);
}

/** Quotes a value from the document for a message, cut short so a huge value stays readable;
 *  a value that looks like a credential is named, never quoted. */
export function quote(value: unknown, max = 40): string {
  if (typeof value === 'string') {
    if (secretValueKind(value)) return hiddenCredential();
    const s = value.length > max ? `${value.slice(0, Math.min(max, MAX_QUOTED_CHARS))}…` : value;
    return `"${showInvisible(s)}"`;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('value_list');
  if (typeof value === 'object') return t('value_object');
  return String(value);
}

/** "a number (42)", "the text "1"", "a list": what a value is, for type errors. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('value_list');
  switch (typeof value) {
    case 'string':
      return t('value_text', { text: quote(value) });
    case 'number':
      return t('value_number', { number: value });
    case 'boolean':
      return `${value}`;
    case 'object':
      return t('value_object');
    default:
      return typeof value;
  }
}
