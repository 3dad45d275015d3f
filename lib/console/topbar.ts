// Reading the console's top bar tolerantly: any label/value layout — a label element and its
// sibling, dt/dd, table cells, "Label: value" in one text node, rows inside a hidden menu —
// with labels recognised by word families (topbar-labels.ts) and values by their form
// (principal.ts). Classes and structure are not relied on: they change between releases.
// This reader only reports what the bar says; lib/console/decide-identity.ts decides.
import { accountKey } from '../account';
import { PATHS } from './hosts';
import { parseAccountValue, parsePrincipal, MAX_VALUE_LENGTH, type AccountValue, type PrincipalValue } from './principal';
import { badgeKindOf, CURRENT_ANYWHERE, labelMeaning, LABEL_HINT, MAX_LABEL_LENGTH, type BadgeKind, type LabelMeaning, type RowSide } from './topbar-labels';
import { SWITCH_BACK_LABELS, matchesAny } from './labels';

/** What the top bar says, before anything else is weighed. Sent as is to the background. */
export interface TopBarEvidence {
  /** How many identity rows (a known label with a readable value) the page has. */
  rows: number;
  /** The current identity, when a row shows it as a role session or a login name. */
  current?: Exclude<PrincipalValue, { form: 'plain' }>;
  /** A "Role: ops-admin" row. */
  roleName?: string;
  /** The account acted in, from its own row or from the current identity's value. */
  account?: AccountValue;
  /** The logon identity, when a row shows it. */
  logon?: { principal: string; account?: string };
  /** The badge next to the current identity. */
  badge?: BadgeKind;
  /** The page offers "Switch Back to Logon User". */
  switchBack: boolean;
  /** Ways the bar contradicts itself: then nothing it says is used. Worded by the background
   *  (decide-identity.ts), in the UI language: the content script carries no messages. */
  conflicts: TopBarConflict[];
}

/** At most this many identities are named in a conflict (the background refuses more). */
const MAX_CONFLICTING = 10;

/** How the bar contradicted itself, with the values shown (each as the page showed it). */
export type TopBarConflict =
  | { kind: 'twoCurrent'; identities: string[] }
  | { kind: 'twoAccounts'; first: string; second: string }
  | { kind: 'twoBadges'; kinds: BadgeKind[] };

interface Row {
  meaning: LabelMeaning;
  value: string;
  label: Element;
  /** Position in the walk over the page's text: rows compare by it. */
  at: number;
  badge?: BadgeKind;
}

const SKIP = 'script, style, template, noscript, textarea, switch-roles-banner';
/** How far up two rows may share an ancestor and still be one identity's rows. */
const BLOCK_DEPTH = 5;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const isColon = (s: string) => /^[\s:：]*$/.test(s);

/** An element's text with a space at each element boundary, leaving out badges (reported apart). */
function textOf(node: Node, badges: BadgeKind[]): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE || (node as Element).matches(SKIP)) return '';
  const own = squash(node.textContent ?? '');
  const badge = own.length <= 24 ? badgeKindOf(own) : null;
  if (badge) {
    badges.push(badge);
    return '';
  }
  let text = '';
  for (const child of node.childNodes) text += ` ${textOf(child, badges)} `;
  return text;
}

/** Whether an element holds another row's label: a value never runs into the next row. */
function holdsLabel(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return labelIn(node.textContent ?? '') !== null;
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const doc = node.ownerDocument!;
  const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (labelIn(t.textContent ?? '')) return true;
  return false;
}

/**
 * The value after a label: the text after it in its element, else in the following siblings,
 * else — when the label sits alone in a wrapper (a cell, a dt) — after that wrapper. Only the
 * first piece of text is the value, plus a following "@ account" or "(account)" piece.
 */
function valueAfter(labelNode: Node, badges: BadgeKind[]): string {
  let start: Node | null = labelNode;
  for (let level = 0; start && level < 3; level++) {
    const pieces: string[] = [];
    for (let n = start.nextSibling; n && pieces.length < 2; n = n.nextSibling) {
      if (holdsLabel(n)) break;
      const text = squash(textOf(n, badges));
      if (isColon(text)) continue;
      if (pieces.length === 1 && !/^[@(（]/.test(text)) break;
      pieces.push(text.replace(/^[:：]\s*/, ''));
    }
    if (pieces.length) return squash(pieces.join(' '));
    // Nothing after the label in its element: look after the element, if the label is all it holds.
    const parent: HTMLElement | null = start.parentElement;
    if (!parent || parent === parent.ownerDocument.body || !isColon(squash(parent.textContent ?? '').replace(squash(labelNode.textContent ?? ''), ''))) return '';
    start = parent;
  }
  return '';
}

/**
 * A pure function of a text, with its answers kept: a page's texts repeat, within a read (a
 * column's header and cells) and from one read to the next. At most `limit` texts are kept.
 * Answers are shared between callers: never change one.
 */
function remembered<T>(fn: (text: string) => T, limit = 5_000): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text)!;
    const answer = fn(text);
    if (kept.size >= limit) kept.clear();
    kept.set(text, answer);
    return answer;
  };
}

/** "Current identity", "Alias:" — or "Label: value" in one text: the label and the inline value.
 *  A label holds no digit (labelMeaning): a text with one before its first colon ("Instance
 *  1024", a table's cells) is none, decided before the kept answers are looked up. */
const labelIn = (raw: string) => (/^[^:：]*\d/.test(raw) ? null : labelInText(raw));
const labelInText = remembered((raw: string): { meaning: LabelMeaning; inline: string } | null => {
  const text = squash(raw);
  if (!text || text.length > MAX_LABEL_LENGTH + MAX_VALUE_LENGTH || !LABEL_HINT.test(text)) return null;
  const whole = labelMeaning(text);
  if (whole) return { meaning: whole, inline: '' };
  const colon = text.search(/[:：]/);
  if (colon <= 0) return null;
  const meaning = labelMeaning(text.slice(0, colon));
  return meaning ? { meaning, inline: text.slice(colon + 1).trim() } : null;
});

/** A badge holds no digit either (badgeKindOf). */
const badgeIn = (raw: string) => (/\d/.test(raw) ? null : keptBadgeKindOf(raw));
const keptBadgeKindOf = remembered(badgeKindOf);

interface Badge {
  kind: BadgeKind;
  el: Element;
}

/** The "@ account" or "(account)" right after an inline value, when the bar splits it off. */
function continuation(textNode: Node, badges: BadgeKind[]): string {
  const next = textNode.nextSibling ?? (textNode.parentElement?.lastChild === textNode ? textNode.parentElement.nextSibling : null);
  const text = next && !holdsLabel(next) ? squash(textOf(next, badges)) : '';
  return /^[@(（]/.test(text) ? ` ${text}` : '';
}

/** More rows than any identity block has: a product's table body or list this long (2 000
 *  instances) is passed over without reading its text. */
const LONG_LIST = 50;

/** The page's long table bodies and lists, outermost only, each with the first text node in
 *  it (the walk jumps past the list when it meets that node); lists without text are left out. */
function longListsOf(body: HTMLElement): { list: Element; firstText: Node }[] {
  const found: { list: Element; firstText: Node }[] = [];
  for (const list of body.querySelectorAll('tbody, ul, ol')) {
    if (list.childElementCount <= LONG_LIST || found.at(-1)?.list.contains(list)) continue;
    const firstText = list.ownerDocument.createTreeWalker(list, NodeFilter.SHOW_TEXT).nextNode();
    if (firstText) found.push({ list, firstText });
  }
  return found;
}

/** The last node inside an element, in document order. */
function lastDescendant(node: Node): Node {
  while (node.lastChild) node = node.lastChild;
  return node;
}

/** Anything a text worth a closer look holds: LABEL_HINT's words, without its word boundaries
 *  (a neighbour's text touches them in the page's whole text), or a principal's "/" or "@". */
const WORTH_A_LOOK = new RegExp(`${LABEL_HINT.source.replaceAll('\\b', '')}|[/@]`, 'gi');

interface TextAt {
  node: Text;
  /** The text's place among the page's text nodes: rows and names compare by it. */
  at: number;
}

/** Longer texts are prose, never a label or a value. */
const MAX_ROW_TEXT = MAX_LABEL_LENGTH + MAX_VALUE_LENGTH;

/**
 * The short texts outside long lists that hold a hint of a label or a principal, in document
 * order. The hints are found by one regular expression over the page's whole text, and only the
 * texts they fall in are read: reading every text node's string cost ~20 ms for the first read
 * of a page of 14 000 elements here, against a few ms for the walk over their lengths
 * (docs/performance.md). A walker with no filter: a filter is a call into script per node.
 */
export function textsWorthALook(body: HTMLElement): TextAt[] {
  const longLists = longListsOf(body);
  const all = textBeside(body, longLists);
  let nextLong = 0;
  const found: TextAt[] = [];
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  WORTH_A_LOOK.lastIndex = 0;
  let hit = WORTH_A_LOOK.exec(all);
  /** Where the walk is in `all`. */
  let offset = 0;
  let at = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null, at++) {
    if (n === longLists[nextLong]?.firstText) {
      offset += LIST_MARK.length;
      walker.currentNode = lastDescendant(longLists[nextLong++]!.list);
    } else {
      const end = offset + n.length;
      if (hit && hit.index < end && n.length <= MAX_ROW_TEXT) found.push({ node: n, at });
      offset = end;
    }
    // The next hint starts in a later text: look from that text's start, so a hint running
    // across two texts never hides one that starts in the second.
    if (hit && hit.index < offset) {
      WORTH_A_LOOK.lastIndex = offset;
      hit = WORTH_A_LOOK.exec(all);
    }
  }
  return offset === all.length ? found : everyText(body, longLists);
}

/** Stands for a long list in the page's text: no hint holds it, so none runs across a list. */
const LIST_MARK = '\0';

/** The body's text with each long list in it replaced by LIST_MARK: a 2 000-row table's text is
 *  never made into a string. Only the lists' ancestors are taken apart. */
function textBeside(body: HTMLElement, longLists: readonly { list: Element }[]): string {
  const lists = new Set<Node>(longLists.map(({ list }) => list));
  const holdsList = new Set<Node>();
  for (const list of lists) for (let up = list.parentNode; up && !holdsList.has(up); up = up.parentNode) holdsList.add(up);
  const textOf = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) return (node as CharacterData).data;
    if (node.nodeType !== Node.ELEMENT_NODE) return ''; // a comment is no part of the page's text
    if (lists.has(node)) return LIST_MARK;
    if (!holdsList.has(node)) return node.textContent ?? '';
    let text = '';
    for (let child = node.firstChild; child; child = child.nextSibling) text += textOf(child);
    return text;
  };
  return textOf(body);
}

/** Every short text outside long lists: what textsWorthALook falls back on should the page's
 *  whole text and its text nodes ever disagree (its offsets would then point at the wrong texts). */
export function everyText(body: HTMLElement, longLists = longListsOf(body)): TextAt[] {
  const found: TextAt[] = [];
  let nextLong = 0;
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null, at++) {
    if (n === longLists[nextLong]?.firstText) walker.currentNode = lastDescendant(longLists[nextLong++]!.list);
    else if (n.length <= MAX_ROW_TEXT) found.push({ node: n, at });
  }
  return found;
}

/** Identity rows and badges in document order, from the texts worth a look (textsWorthALook). */
function rowsOf(texts: readonly TextAt[]): { rows: Row[]; badges: Badge[]; names: number[] } {
  const rows: Row[] = [];
  const badges: Badge[] = [];
  /** Where texts shaped like a principal ("x/y", "x@y") sit, labelled or not. */
  const names: number[] = [];
  for (const { node: n, at } of texts) {
    const text = n.data;
    const form = /[/@]/.test(text) ? parsePrincipal(text)?.form : undefined;
    if ((form === 'role' || form === 'user') && !n.parentElement?.closest(SKIP)) names.push(at);
    if (!LABEL_HINT.test(text)) continue;
    // The text first: most texts with a hint are neither a badge nor a label, and then their
    // place in the page is never looked up.
    const badge = badgeIn(text);
    const found = labelIn(text);
    if (!badge && !found) continue;
    const el = n.parentElement;
    // Column headers (a product page's "Account" or "Role" column) are no identity rows.
    if (!el || el.closest(SKIP) || el.closest('thead')) continue;
    if (badge) badges.push({ kind: badge, el });
    if (!found) continue;
    const inValue: BadgeKind[] = [];
    const value = found.inline ? found.inline + continuation(n, inValue) : valueAfter(n, inValue);
    if (value) rows.push({ meaning: found.meaning, value, label: el, at, ...(inValue[0] ? { badge: inValue[0] } : {}) });
  }
  return { rows, badges, names };
}

/** Whether two elements are close enough in the tree to belong to one identity block. */
function sameBlock(a: Element, b: Element): boolean {
  let node: Element | null = a;
  for (let depth = 0; node && depth <= BLOCK_DEPTH; node = node.parentElement, depth++) {
    if (node === a.ownerDocument.body) return false;
    if (node.contains(b)) return true;
  }
  return false;
}

/** The badges in a row's block that belong to it: each to the identity row nearest before it. */
function badgesOf(row: Row, rows: Row[], badges: Badge[]): BadgeKind[] {
  const principals = rows.filter((r) => r.meaning.field === 'principal');
  return badges
    .filter(({ el }) => {
      if (!sameBlock(row.label, el)) return false;
      const owner = principals.filter((r) => sameBlock(r.label, el) && r.label.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1);
      return owner ? owner === row : row.meaning.side !== 'logon';
    })
    .map((b) => b.kind);
}

function principalKey(p: Exclude<PrincipalValue, { form: 'plain' }>): string {
  return p.form === 'role' ? `role:${p.roleName}/${p.sessionName}`.toLowerCase() : `user:${p.principal}`.toLowerCase();
}

function accountOf(p: PrincipalValue | null): AccountValue | undefined {
  if (!p || p.form !== 'role' || (!p.account && !p.accountId)) return undefined;
  return { ...(p.account ? { name: p.account } : {}), ...(p.accountId ? { accountId: p.accountId } : {}) };
}

/** Whether two views of an account can be one account (an alias and an ID always can). */
function accountsAgree(a: AccountValue, b: AccountValue): boolean {
  if (a.accountId && b.accountId && a.accountId !== b.accountId) return false;
  if (a.name && b.name && accountKey(a.name) !== accountKey(b.name)) return false;
  return true;
}

/** What the bar says, and the block it says it in (`blockOf`): one walk over the page for both. */
export interface TopBarReading {
  evidence: TopBarEvidence;
  block: Element | null;
}

export function readTopBar(doc: Document): TopBarEvidence {
  return readTopBarAndBlock(doc).evidence;
}

export function readTopBarAndBlock(doc: Document): TopBarReading {
  return readingOf(doc, doc.body ? textsWorthALook(doc.body) : []);
}

/** What the bar says and where, from the page's texts worth a look. */
function readingOf(doc: Document, texts: readonly TextAt[]): TopBarReading {
  const found = rowsOf(texts);
  return { evidence: evidenceOf(doc, found), block: blockOf(doc, found.rows) };
}

/**
 * The bar, read only if it can name who acts now; null when no text the reader reads (scripts
 * aside: a page's scripts hold any word) has a word a "current identity" label needs
 * (CURRENT_ANYWHERE): then no reading has `current`, and no text of a large page whose bar is
 * not drawn yet is tested as a label (the first read of 12 000 elements: 50–80 ms here).
 */
export function readTopBarNamingCurrent(doc: Document): TopBarReading | null {
  if (!doc.body) return null;
  const texts = textsWorthALook(doc.body);
  // CURRENT's words are among LABEL_HINT's: every text that may name who acts now is here.
  if (!texts.some(({ node }) => CURRENT_ANYWHERE.test(node.data) && !node.parentElement?.closest(SKIP))) return null;
  const reading = readingOf(doc, texts);
  return reading.evidence.current ? reading : null;
}

function evidenceOf(doc: Document, { rows, badges, names }: ReturnType<typeof rowsOf>): TopBarEvidence {
  const conflicts: TopBarConflict[] = [];
  const evidence: TopBarEvidence = { rows: rows.length, switchBack: findSwitchBackLink(doc) !== null, conflicts };

  // A value decides what a row is when its label is vague: "登录账号: alice@…" names a person.
  const typed = rows.map((row) => {
    const principal = parsePrincipal(row.value);
    let { field, side } = row.meaning;
    if (field === 'account' && principal && principal.form !== 'plain' && !parseAccountValue(row.value)) field = 'principal';
    return { row, field, side, principal };
  });

  // Rows without a side belong to the identity row before them in their block — unless another
  // name stands between them (an identity whose label we do not know): then they are nobody's.
  let owner: (typeof typed)[number] | undefined;
  const sideOf = new Map<(typeof typed)[number], RowSide | null>();
  const namesBetween = (from: number, to: number) => names.filter((i) => i > from && i < to).length;
  for (const t of typed) {
    if (t.field === 'principal' && t.side) owner = t;
    const owned = owner && sameBlock(owner.row.label, t.row.label) && namesBetween(owner.row.at, t.row.at) <= 1;
    sideOf.set(t, t.side ?? (owned ? owner!.side : null));
  }
  const principalsOn = (side: RowSide) => typed.filter((t) => t.field === 'principal' && sideOf.get(t) === side);

  const currents = principalsOn('current');
  const readable = currents.map((t) => t.principal).filter((p): p is Exclude<PrincipalValue, { form: 'plain' }> => !!p && p.form !== 'plain');
  const distinct = [...new Map(readable.map((p) => [principalKey(p), p])).values()];
  if (distinct.length > 1) conflicts.push({ kind: 'twoCurrent', identities: distinct.slice(0, MAX_CONFLICTING).map((p) => (p.form === 'role' ? `${p.roleName}/${p.sessionName}` : p.principal)) });
  const current = distinct[0];
  const currentRow = current && currents.find((t) => t.principal?.form !== 'plain' && t.principal && principalKey(t.principal) === principalKey(current));
  if (current) evidence.current = current;

  // The account acted in: inline in the current value, or its own row on the current side.
  const accounts = [
    ...(current ? [accountOf(current)] : []),
    ...typed.filter((t) => t.field === 'account' && sideOf.get(t) === 'current').map((t) => parseAccountValue(t.row.value) ?? undefined),
  ].filter((a): a is AccountValue => !!a);
  for (const a of accounts) {
    if (evidence.account && !accountsAgree(evidence.account, a)) {
      conflicts.push({ kind: 'twoAccounts', first: evidence.account.name ?? evidence.account.accountId ?? '', second: a.name ?? a.accountId ?? '' });
      break;
    }
    evidence.account = { ...evidence.account, ...a };
  }

  // A "Role" row counts only inside an identity block: a product page's "Role" column is no identity.
  const anchors = typed.filter((t) => t.field !== 'role' && t.side !== null);
  const roleRow = typed.find((t) => t.field === 'role' && anchors.some((a) => sameBlock(a.row.label, t.row.label)));
  const roleName = roleRow?.principal;
  if (roleName?.form === 'plain' && /^[A-Za-z0-9.-]{1,64}$/.test(roleName.text)) evidence.roleName = roleName.text;
  else if (roleName?.form === 'role') evidence.roleName = roleName.roleName;

  const logonRow = principalsOn('logon').find((t) => t.principal?.form === 'user');
  if (logonRow?.principal?.form === 'user') {
    const logonAccount = typed.find((t) => t.field === 'account' && sideOf.get(t) === 'logon');
    const account = logonAccount && parseAccountValue(logonAccount.row.value);
    evidence.logon = { principal: logonRow.principal.principal, ...(account?.name || account?.accountId ? { account: account.name ?? account.accountId! } : {}) };
  }

  if (currentRow) {
    const kinds = [...new Set([...(currentRow.row.badge ? [currentRow.row.badge] : []), ...badgesOf(currentRow.row, rows, badges)])];
    if (kinds.length > 1) conflicts.push({ kind: 'twoBadges', kinds });
    else if (kinds[0]) evidence.badge = kinds[0];
  }
  return evidence;
}

/**
 * The element that holds the bar's identity rows, and any row drawn next to them later: their
 * closest common ancestor, BLOCK_DEPTH levels further up (rows that far apart are still read as
 * one identity's), below the body. Null when there is none: then the whole page is watched.
 */
function blockOf(doc: Document, rows: readonly Row[]): Element | null {
  const labels = rows.filter((r) => r.meaning.side).map((r) => r.label);
  let block: Element | null = labels[0] ?? null;
  while (block && !labels.every((l) => block!.contains(l))) block = block.parentElement;
  for (let up = 0; block && up < BLOCK_DEPTH && block.parentElement && block.parentElement !== doc.body; up++) block = block.parentElement;
  return block && block !== doc.body && block !== doc.documentElement ? block : null;
}

/** The console's own "Switch Back to Logon User" link, if the page has one. */
export function findSwitchBackLink(doc: Document): HTMLAnchorElement | null {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[href]')];
  return (
    // The link's own parsed path (no URL built per link: a console page has hundreds of links).
    links.find((a) => a.pathname === PATHS.exitSwitchedRole) ??
    links.find((a) => matchesAny(a.textContent ?? '', SWITCH_BACK_LABELS)) ??
    null
  );
}

/**
 * For waiting (waitFor's `relevant`): could this added or changed node hold one of the top
 * bar's labels? A cheap text test, so changes elsewhere on a busy page do not re-read the page.
 */
export function mayShowIdentity(node: Node): boolean {
  const text = node.textContent;
  return text !== null && text.length > 0 && LABEL_HINT.test(text);
}
