// Finding the Switch Role form the way password managers find login forms. The real markup is
// not known (console-spec.md), so:
// - scope: only inputs in the form (or the app's container) that holds a submit control count;
//   a search box in the header or a newsletter field in the footer is never a candidate;
// - visibility: an input nobody can see (type=hidden, `hidden`, display:none, aria-hidden,
//   zero size, off-screen) is never filled — honeypots and decoys are made of those;
// - signals: each field's label — linked (`for`, wrapping, aria-labelledby), named (aria-label,
//   title), or merely near it (text before it in its row, table cell, form item or list
//   entry) — its placeholder and its name/id/autocomplete, in English and Chinese;
// - position: two visible text inputs in the submit control's form, in that order, are the
//   account then the role, unless another signal disagrees.
// When signals really disagree (one field looks like both, two fields like one, a label
// contradicts the position) we refuse to guess and say why: the caller falls back to the
// pre-filled page. Never fill the wrong field.
import { t } from '../i18n';
import {
  ACCOUNT_FIELD_HINT,
  ACCOUNT_FIELD_LABELS,
  NOT_A_FIELD_LABEL_TEXTS,
  OTHER_FIELD_HINT,
  ROLE_FIELD_HINT,
  ROLE_FIELD_LABELS,
  SUBMIT_LABELS,
  containsAny,
  matchesAny,
  normaliseLabel,
} from './labels';
import { visibilityChecker } from './visibility';

export interface SwitchForm {
  account: HTMLInputElement;
  role: HTMLInputElement;
  submit: HTMLElement;
}

export interface FormFailure {
  cause: 'form-not-found' | 'form-ambiguous' | 'fill-rejected';
  detail: string;
}

export type FormLookup = { ok: true; form: SwitchForm } | ({ ok: false } & FormFailure);

type FieldKind = 'account' | 'role';

interface Candidate {
  input: HTMLInputElement;
  votes: Record<FieldKind, string[]>;
  /** Says it is something else (a search box, an e-mail, a label in other words): never filled by position. */
  otherwise: string | null;
}

const TEXT_TYPES = new Set(['', 'text', 'search', 'email', 'tel', 'url']);
/** Longer than any field label: a sentence of help or an intro, not a label. */
const MAX_LABEL_LENGTH = 60;
/** Controls that end one field's surroundings and start the next one's. */
const FIELD_CONTROLS = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="image"]):not([type="reset"]), select, textarea';
const SUBMIT_CONTROLS = 'button, input[type="submit"], input[type="button"], input[type="image"], [role="button"]';
/** Text in these is never a field's label. */
const NOT_LABEL_CONTAINERS = 'script, style, template, noscript, button, select, option, h1, h2, h3, h4, h5, h6, [role="button"], [role="alert"], [role="status"], [aria-live]';

const isTextInput = (input: HTMLInputElement) => TEXT_TYPES.has((input.getAttribute('type') ?? '').toLowerCase());

function isUsable(input: HTMLInputElement, visible: (el: Element) => boolean): boolean {
  return isTextInput(input) && !input.disabled && !input.readOnly && visible(input);
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Has something to read: a letter or a CJK character, not just "*" or ":". */
const readable = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** A label's or placeholder's words: the account, the role, both, something else, or nothing. */
function kindOfText(text: string): FieldKind | 'both' | 'other' | null {
  const t = normaliseLabel(text);
  if (!readable(t)) return null;
  const strong = { account: containsAny(t, ACCOUNT_FIELD_LABELS), role: containsAny(t, ROLE_FIELD_LABELS) };
  if (strong.account && strong.role) return 'both';
  if (strong.account) return 'account';
  if (strong.role) return 'role';
  const weak = { account: ACCOUNT_FIELD_HINT.test(t), role: ROLE_FIELD_HINT.test(t) };
  // "the alias of the account that owns the role": words of both and no label of either says nothing.
  if (weak.account && weak.role) return null;
  if (weak.account) return 'account';
  if (weak.role) return 'role';
  return 'other';
}

/** The <label>s bound to some control (by `for` or by wrapping it): their text is that control's. */
function boundLabelOf(node: Node): HTMLLabelElement | null {
  const label = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest('label');
  return label && label.control ? label : null;
}

/** Text of a node usable as a label: not in a button, heading, alert or script, not a title. */
function labelTextNode(node: Node, visible: (el: Element) => boolean): string | null {
  const parent = node.parentElement;
  if (!parent || parent.closest(NOT_LABEL_CONTAINERS) || !visible(parent)) return null;
  const text = clean(node.textContent ?? '');
  return readable(text) ? text : null;
}

/** The block around a label's text node: the label, cell, term or div that holds only it. */
function labelBlock(node: Node, stop: Element, input: Element): string {
  let block: Element = node.parentElement!;
  while (block.parentElement && block.parentElement !== stop && !block.parentElement.contains(input)) {
    const up = clean(block.parentElement.textContent ?? '');
    if (up.length > MAX_LABEL_LENGTH || block.parentElement.querySelector(FIELD_CONTROLS)) break;
    block = block.parentElement;
  }
  return clean(block.textContent ?? '');
}

/**
 * The nearest readable text before `input` inside `region` and after the previous field, as its
 * block ("Role Name:", "角色名称"), or null. A label bound to another control is that control's.
 */
function textBefore(input: HTMLInputElement, region: Element, visible: (el: Element) => boolean, isBoundary: (el: Element) => boolean): string | null {
  const doc = input.ownerDocument;
  const walker = doc.createTreeWalker(region, 0x1 | 0x4 /* elements and text */);
  let last: string | null = null;
  let lastNode: Node | null = null;
  for (let node = walker.nextNode(); node && node !== input; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if ((node as Element).matches(FIELD_CONTROLS) && isBoundary(node as Element)) {
        last = null; // a field in between: what came before it is that field's
        lastNode = null;
      }
      continue;
    }
    if (boundLabelOf(node)) continue;
    const text = labelTextNode(node, visible);
    if (text) {
      last = text;
      lastNode = node;
    }
  }
  if (!lastNode || !last) return null;
  const block = labelBlock(lastNode, region, input);
  return block.length <= MAX_LABEL_LENGTH ? block : last.length <= MAX_LABEL_LENGTH ? last : null;
}

/** The largest element around `input` that holds no other visible field: its row, cell or form item. */
function fieldItem(input: HTMLInputElement, scope: Element, visible: (el: Element) => boolean): Element {
  let item: Element = input;
  while (item.parentElement && item !== scope) {
    const parent = item.parentElement;
    const others = [...parent.querySelectorAll(FIELD_CONTROLS)].some((c) => c !== input && visible(c));
    if (others) break;
    item = parent;
    if (parent === scope) break;
  }
  return item;
}

/**
 * The visible label of an input, the way a person would read it: a linked <label>, aria, title,
 * or the text before it in its row, cell or form item (or since the previous field).
 */
export function labelTextOf(input: HTMLInputElement, scope?: Element): string {
  return labelOf(input, scope ?? input.form ?? input.ownerDocument.body ?? input.ownerDocument.documentElement, visibilityChecker(input.ownerDocument)).text;
}

function labelOf(input: HTMLInputElement, scope: Element, visible: (el: Element) => boolean): { text: string; source: string } {
  const linked = clean([...(input.labels ?? [])].map((l) => l.textContent ?? '').join(' '));
  if (readable(linked)) return { text: linked, source: 'label' };
  const by = input.getAttribute('aria-labelledby');
  if (by) {
    const text = clean(by.split(/\s+/).map((id) => input.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
    if (readable(text)) return { text, source: 'label' };
  }
  for (const attr of ['aria-label', 'title']) {
    const text = clean(input.getAttribute(attr) ?? '');
    if (readable(text)) return { text, source: attr };
  }
  // Near it: first inside its own row/cell/item, then back to the previous field.
  const item = fieldItem(input, scope, visible);
  // Inside the item only a visible field ends a label's reach (a hidden decoy may sit beside the
  // field); across items any field does: the label before a hidden decoy is the decoy's.
  const near = (item !== input && textBefore(input, item, visible, visible)) || textBefore(input, scope, visible, () => true);
  if (near && !matchesAny(near, NOT_A_FIELD_LABEL_TEXTS)) return { text: near, source: 'text before it' };
  // A floating label drawn after its input, inside the field's own item.
  if (item !== input) {
    const after = [...item.querySelectorAll('label')].find((l) => !l.control && readable(l.textContent ?? '') && visible(l));
    if (after) return { text: clean(after.textContent ?? ''), source: 'label' };
  }
  return { text: '', source: '' };
}

function candidateOf(input: HTMLInputElement, scope: Element, visible: (el: Element) => boolean): Candidate {
  const votes: Record<FieldKind, string[]> = { account: [], role: [] };
  let otherwise: string | null = null;
  const vote = (kind: ReturnType<typeof kindOfText>, why: string, strict: boolean) => {
    if (kind === 'account' || kind === 'role') votes[kind].push(why);
    else if (kind === 'both' && strict) votes.account.push(why), votes.role.push(why);
    else if (kind === 'other' && strict) otherwise ??= why;
  };
  const label = labelOf(input, scope, visible);
  if (label.text) vote(kindOfText(label.text), `${label.source === 'label' ? 'label' : label.source} "${label.text}"`, true);
  const placeholder = clean(input.getAttribute('placeholder') ?? '');
  // A placeholder in other words is an example value ("company1"), not a disagreement.
  if (placeholder) vote(kindOfText(placeholder), `placeholder "${placeholder}"`, false);
  if (OTHER_FIELD_HINT.test(placeholder) && !votes.account.length && !votes.role.length) otherwise ??= `placeholder "${placeholder}"`;
  const hints = clean(['name', 'id', 'autocomplete'].map((a) => input.getAttribute(a) ?? '').join(' '));
  // A hint that names both (e.g. "roleAccount") counts for the role only.
  if (ROLE_FIELD_HINT.test(hints)) votes.role.push(`name/id "${hints}"`);
  else if (ACCOUNT_FIELD_HINT.test(hints)) votes.account.push(`name/id "${hints}"`);
  else if (OTHER_FIELD_HINT.test(hints)) otherwise ??= `name/id "${hints}"`;
  const type = (input.getAttribute('type') ?? '').toLowerCase();
  if (type && type !== 'text') otherwise ??= `type "${type}"`;
  return { input, votes, otherwise };
}

function describe(c: Candidate, scope: Element, visible: (el: Element) => boolean): string {
  const label = labelOf(c.input, scope, visible).text;
  const { input } = c;
  return label ? `"${label}"` : `<input${input.name ? ` name="${input.name}"` : ''}${input.placeholder ? ` placeholder="${input.placeholder}"` : ''}>`;
}

const controlText = (b: HTMLElement) => clean(b instanceof HTMLInputElement ? b.value : b.textContent || b.getAttribute('aria-label') || '');

/** Where a submit control's fields are: its form, or the nearest container holding a visible field. */
function scopeOf(control: HTMLElement, fields: HTMLInputElement[]): Element | null {
  const form = (control as HTMLButtonElement).form ?? control.closest('form');
  if (form) return form;
  for (let node = control.parentElement; node; node = node.parentElement) {
    if (fields.some((f) => node.contains(f) && !foreignForm(f, control))) return node;
  }
  return null;
}

/** A field inside a form the control is not part of: that form's, not this control's. */
const foreignForm = (field: HTMLInputElement, control: HTMLElement) => !!field.form && !field.form.contains(control);

/** The scope's submit control: the one labelled Switch/Submit/…, or a form's only submit button. */
function submitOf(scope: Element, controls: HTMLElement[]): HTMLElement | null {
  const labelled = controls.filter((b) => matchesAny(controlText(b), SUBMIT_LABELS));
  if (labelled.length === 1) return labelled[0]!;
  if (scope instanceof HTMLFormElement) {
    const pool = labelled.length ? labelled : controls;
    const submits = pool.filter((b) => (b.tagName === 'BUTTON' || b.tagName === 'INPUT') && (b.getAttribute('type') ?? 'submit').toLowerCase() === 'submit');
    if (submits.length === 1) return submits[0]!;
  }
  return null;
}

type Assignment = { ok: true; account: Candidate; role: Candidate } | { ok: false; cause: FormFailure['cause']; detail: string };

/** Which of the scope's fields is the account and which the role, from all signals. */
function assign(candidates: Candidate[], scope: Element, visible: (el: Element) => boolean): Assignment {
  const say = (c: Candidate) => describe(c, scope, visible);
  const conflicting = candidates.find((c) => c.votes.account.length > 0 && c.votes.role.length > 0);
  if (conflicting) {
    return {
      ok: false,
      cause: 'form-ambiguous',
      detail: t('sf_bothKinds', { field: say(conflicting), account: conflicting.votes.account.join(', '), role: conflicting.votes.role.join(', ') }),
    };
  }
  const accounts = candidates.filter((c) => c.votes.account.length > 0);
  const roles = candidates.filter((c) => c.votes.role.length > 0);
  for (const [kind, found] of [['field_account', accounts], ['field_roleName', roles]] as const) {
    if (found.length > 1) {
      return { ok: false, cause: 'form-ambiguous', detail: t('sf_manyFields', { count: found.length, kind: t(kind), fields: found.map(say).join(', ') }) };
    }
  }
  // Both named by their own signals: their order does not matter.
  if (accounts.length === 1 && roles.length === 1) return { ok: true, account: accounts[0]!, role: roles[0]! };
  // Position: of two fields that say nothing against it, the first is the account.
  const eligible = candidates.filter((c) => c.votes.account.length > 0 || c.votes.role.length > 0 || !c.otherwise);
  if (eligible.length === 2) {
    const [first, second] = eligible as [Candidate, Candidate];
    if (first.votes.role.length > 0 || second.votes.account.length > 0) {
      return {
        ok: false,
        cause: 'form-ambiguous',
        detail: t('sf_wrongPlace', {
          field: say(first.votes.role.length > 0 ? first : second),
          looks:
            first.votes.role.length > 0
              ? t('sf_looks', { kind: t('field_roleName'), votes: first.votes.role.join(', ') })
              : t('sf_looks', { kind: t('field_account'), votes: second.votes.account.join(', ') }),
          expected: first.votes.role.length > 0 ? t('field_account') : t('field_roleName'),
        }),
      };
    }
    return { ok: true, account: first, role: second };
  }
  const missing = accounts.length === 0 ? t('field_account') : t('field_roleName');
  const seen = candidates.length === 0 ? t('sf_noFields') : t('sf_noMatch', { count: candidates.length });
  return { ok: false, cause: 'form-not-found', detail: t('sf_notFound', { missing, seen }) };
}

export function findSwitchForm(doc: Document): FormLookup {
  const visible = visibilityChecker(doc);
  const fields = [...doc.querySelectorAll('input')].filter((i) => isUsable(i, visible));
  const controls = [...doc.querySelectorAll<HTMLElement>(SUBMIT_CONTROLS)].filter(
    (b) => !(b as HTMLButtonElement).disabled && b.getAttribute('aria-disabled') !== 'true' && visible(b),
  );

  // Group the submit controls by the form or container they act on.
  const scopes = new Map<Element, HTMLElement[]>();
  for (const control of controls) {
    const scope = scopeOf(control, fields);
    if (scope) scopes.set(scope, [...(scopes.get(scope) ?? []), control]);
  }

  const found: { scope: Element; form: SwitchForm }[] = [];
  const refused: FormFailure[] = [];
  for (const [scope, scoped] of scopes) {
    const own = fields.filter((f) => scope.contains(f) && !foreignForm(f, scoped[0]!));
    if (own.length < 2) continue;
    const submit = submitOf(scope, scoped);
    if (!submit) continue;
    const result = assign(own.map((f) => candidateOf(f, scope, visible)), scope, visible);
    if (result.ok) found.push({ scope, form: { account: result.account.input, role: result.role.input, submit } });
    else if (result.cause === 'form-ambiguous') refused.push(result);
  }

  if (refused.length > 0) return { ok: false, ...refused[0]! };
  // Nested containers may each see the same two fields: the innermost one's button is theirs.
  const distinct = found.filter((f, i) => found.findIndex((g) => g.form.account === f.form.account && g.form.role === f.form.role) === i);
  if (distinct.length > 1) {
    return {
      ok: false,
      cause: 'form-ambiguous',
      detail: t('sf_manyForms', { count: distinct.length }),
    };
  }
  if (distinct.length === 1) {
    const same = found.filter((f) => f.form.account === distinct[0]!.form.account && f.form.role === distinct[0]!.form.role);
    const innermost = same.find((f) => same.every((g) => g.scope.contains(f.scope)))!;
    return { ok: true, form: (innermost ?? same[0]!).form };
  }

  // No form that a button submits: say what is missing, judged over the whole page.
  const page = doc.body ?? doc.documentElement;
  const result = assign(fields.map((f) => candidateOf(f, f.form ?? page, visible)), page, visible);
  if (!result.ok) return { ok: false, cause: result.cause, detail: result.detail };
  return {
    ok: false,
    cause: 'form-not-found',
    detail: t('sf_noSubmit', { labels: SUBMIT_LABELS.slice(0, 4).map((l) => `"${l}"`).join(', ') }),
  };
}

/** Whether what the user would see in the fields is what we filled. */
export function filledAsExpected(form: SwitchForm, account: string, roleName: string): FormFailure | null {
  if (normaliseLabel(form.account.value) !== normaliseLabel(account) || form.role.value.trim() !== roleName) {
    return {
      cause: 'fill-rejected',
      detail: t('sf_notKept', { account: form.account.value, role: form.role.value }),
    };
  }
  return null;
}
