// Finding the Switch Role form. The real markup is not known (console-spec.md), so each field
// is found by independent signals — its label (English or Chinese), its name/id/autocomplete,
// its placeholder — cross-checked with its position (account before role). When signals
// disagree, or two fields claim one role, we refuse to guess and say why.
import {
  ACCOUNT_FIELD_HINT,
  ACCOUNT_FIELD_LABELS,
  ROLE_FIELD_HINT,
  ROLE_FIELD_LABELS,
  SUBMIT_LABELS,
  containsAny,
  matchesAny,
  normaliseLabel,
} from './labels';

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
}

const TEXT_TYPES = new Set(['', 'text', 'search', 'email', 'tel', 'url']);

function isUsable(input: HTMLInputElement): boolean {
  return (
    TEXT_TYPES.has((input.getAttribute('type') ?? '').toLowerCase()) &&
    !input.disabled &&
    !input.readOnly &&
    !input.closest('[hidden], [aria-hidden="true"]')
  );
}

/** The visible label of an input: <label for>, a wrapping <label>, aria, or the nearest label before it. */
export function labelTextOf(input: HTMLInputElement): string {
  const labelled = [...(input.labels ?? [])].map((l) => l.textContent ?? '').join(' ');
  if (labelled.trim()) return labelled;
  const aria = input.getAttribute('aria-label');
  if (aria) return aria;
  const by = input.getAttribute('aria-labelledby');
  if (by) {
    const text = by
      .split(/\s+/)
      .map((id) => input.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text;
  }
  // Client-rendered forms often put a <label> (without `for`) in the same field wrapper. A label
  // that already names another field (by `for` or by wrapping it) is that field's, not this one's.
  for (let node: Element | null = input.parentElement, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    const labels = [...node.querySelectorAll('label')].filter(
      (l) => l.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING && !l.control,
    );
    const nearest = labels.at(-1);
    if (nearest?.textContent?.trim()) return nearest.textContent;
  }
  return '';
}

function votesFor(input: HTMLInputElement): Record<FieldKind, string[]> {
  const votes: Record<FieldKind, string[]> = { account: [], role: [] };
  const label = labelTextOf(input);
  if (containsAny(label, ACCOUNT_FIELD_LABELS)) votes.account.push(`label "${label.trim()}"`);
  if (containsAny(label, ROLE_FIELD_LABELS)) votes.role.push(`label "${label.trim()}"`);
  const hints = ['name', 'id', 'autocomplete'].map((a) => input.getAttribute(a) ?? '').join(' ');
  // A hint that names both (e.g. "roleAccount") counts for the role only.
  if (ACCOUNT_FIELD_HINT.test(hints) && !ROLE_FIELD_HINT.test(hints)) votes.account.push(`name/id "${hints.trim()}"`);
  if (ROLE_FIELD_HINT.test(hints)) votes.role.push(`name/id "${hints.trim()}"`);
  const placeholder = input.getAttribute('placeholder') ?? '';
  if (ACCOUNT_FIELD_HINT.test(placeholder) && !ROLE_FIELD_HINT.test(placeholder)) votes.account.push(`placeholder "${placeholder}"`);
  if (ROLE_FIELD_HINT.test(placeholder)) votes.role.push(`placeholder "${placeholder}"`);
  return votes;
}

function describe(input: HTMLInputElement): string {
  const label = labelTextOf(input).trim();
  return label ? `"${label}"` : `<input${input.name ? ` name="${input.name}"` : ''}${input.placeholder ? ` placeholder="${input.placeholder}"` : ''}>`;
}

function findSubmit(scope: ParentNode, form: HTMLFormElement | null): HTMLElement | null {
  const buttons = [...scope.querySelectorAll<HTMLElement>('button, input[type="submit"], [role="button"]')].filter(
    (b) => !(b as HTMLButtonElement).disabled && !b.closest('[hidden]'),
  );
  const text = (b: HTMLElement) => (b instanceof HTMLInputElement ? b.value : (b.textContent ?? ''));
  const labelled = buttons.filter((b) => matchesAny(text(b), SUBMIT_LABELS));
  if (labelled.length === 1) return labelled[0]!;
  if (form) {
    const submits = buttons.filter((b) => b.closest('form') === form && (b.getAttribute('type') ?? 'submit') === 'submit');
    if (submits.length === 1) return submits[0]!;
  }
  return null;
}

/** The smallest element holding both fields: the form, or the app's wrapper around them. */
function commonScope(a: Element, b: Element): ParentNode {
  const form = a.closest('form');
  if (form && form === b.closest('form')) return form;
  for (let node: Element | null = a.parentElement; node; node = node.parentElement) if (node.contains(b)) return node;
  return a.ownerDocument;
}

export function findSwitchForm(doc: Document): FormLookup {
  const candidates: Candidate[] = [...doc.querySelectorAll('input')]
    .filter(isUsable)
    .map((input) => ({ input, votes: votesFor(input) }));

  const conflicting = candidates.find((c) => c.votes.account.length > 0 && c.votes.role.length > 0);
  if (conflicting) {
    return {
      ok: false,
      cause: 'form-ambiguous',
      detail: `the field ${describe(conflicting.input)} looks like both the account (${conflicting.votes.account.join(', ')}) and the role name (${conflicting.votes.role.join(', ')})`,
    };
  }
  const of = (kind: FieldKind) => candidates.filter((c) => c.votes[kind].length > 0);
  const accounts = of('account');
  const roles = of('role');
  for (const [kind, found] of [['account', accounts], ['role name', roles]] as const) {
    if (found.length > 1) {
      return {
        ok: false,
        cause: 'form-ambiguous',
        detail: `${found.length} fields look like the ${kind} field (${found.map((c) => describe(c.input)).join(', ')})`,
      };
    }
  }
  if (accounts.length === 0 || roles.length === 0) {
    const missing = accounts.length === 0 ? 'account' : 'role name';
    const seen = candidates.length === 0 ? 'the page has no text fields' : `no label, name or placeholder matched among ${candidates.length} text field(s)`;
    return { ok: false, cause: 'form-not-found', detail: `${missing} field not found: ${seen}` };
  }
  const account = accounts[0]!.input;
  const role = roles[0]!.input;
  if (account.compareDocumentPosition(role) & Node.DOCUMENT_POSITION_PRECEDING) {
    return {
      ok: false,
      cause: 'form-ambiguous',
      detail: 'the role name field comes before the account field, unlike every known version of the page',
    };
  }
  const scope = commonScope(account, role);
  const submit = findSubmit(scope, account.closest('form'));
  if (!submit) {
    return {
      ok: false,
      cause: 'form-not-found',
      detail: `submit button not found: no button labelled ${SUBMIT_LABELS.slice(0, 4).map((l) => `"${l}"`).join(', ')} near the fields`,
    };
  }
  return { ok: true, form: { account, role, submit } };
}

/** Whether what the user would see in the fields is what we filled. */
export function filledAsExpected(form: SwitchForm, account: string, roleName: string): FormFailure | null {
  if (normaliseLabel(form.account.value) !== normaliseLabel(account) || form.role.value.trim() !== roleName) {
    return {
      cause: 'fill-rejected',
      detail: `the page did not keep the values typed into its fields (it shows "${form.account.value}" and "${form.role.value}")`,
    };
  }
  return null;
}
