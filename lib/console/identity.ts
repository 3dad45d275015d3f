// Reading who is acting from the console's top bar, English or Chinese, in the legacy markup
// (div.console-component-topbar, "CurrentName: devops/alice", "Alias: company1") and in newer
// client-rendered ones (label/value pairs with hashed classes). Label text is the signal;
// classes are not. Where the page does not say, or its signals disagree, we say "unknown".
import type { ConsoleConfigFields, Identity, IdentityKind, IdentityReading } from './identity-types';
import {
  ACCOUNT_LABELS,
  CURRENT_IDENTITY_LABELS,
  LOGON_IDENTITY_LABELS,
  ROLE_BADGES,
  ROOT_BADGES,
  SWITCH_BACK_LABELS,
  USER_BADGES,
  matchesAny,
  normaliseLabel,
} from './labels';
import { PATHS } from './hosts';
import { accountKey } from '../account';

type RowKind = 'current' | 'logon' | 'account';

interface Row {
  kind: RowKind;
  value: string;
  label: Element;
}

const LABEL_SETS: [RowKind, readonly string[]][] = [
  ['current', CURRENT_IDENTITY_LABELS],
  ['logon', LOGON_IDENTITY_LABELS],
  ['account', ACCOUNT_LABELS],
];

const LABEL_KIND = new Map<string, RowKind>(LABEL_SETS.flatMap(([kind, labels]) => labels.map((l) => [l, kind] as const)));

/** What row a label element starts, judged by its own text nodes (a label may hold a colon <span>). */
function rowKindOf(el: Element): RowKind | null {
  let text = '';
  for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE) text += n.textContent;
  return LABEL_KIND.get(normaliseLabel(text)) ?? null;
}

/** The text after a label inside its row: following siblings up to the next label. */
function valueAfter(label: Element): string {
  let value = '';
  for (let n = label.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === Node.ELEMENT_NODE) {
      const el = n as Element;
      if (rowKindOf(el) || [...el.querySelectorAll('*')].some(rowKindOf)) break;
      if (isBadge(el)) continue;
    }
    value += n.textContent ?? '';
  }
  return value.replace(/\s+/g, ' ').trim().replace(/^[:：]\s*/, '').trim();
}

function isBadge(el: Element): boolean {
  return /sign|badge|tag/i.test(el.className.toString()) && badgeKind(el.textContent ?? '') !== null;
}

function badgeKind(text: string): IdentityKind | null {
  if (matchesAny(text, ROLE_BADGES)) return 'role';
  if (matchesAny(text, USER_BADGES)) return 'user';
  if (matchesAny(text, ROOT_BADGES)) return 'root';
  return null;
}

/** Label rows in document order. Walks text nodes only: cheap even on a large console page. */
function rowsOf(doc: Document): Row[] {
  const rows: Row[] = [];
  if (!doc.body) return rows;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let previous: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent ?? '';
    if (text.length > 40 || !LABEL_KIND.has(normaliseLabel(text))) continue;
    const el = n.parentElement;
    if (!el || el === previous || el.closest('script, style, template')) continue;
    previous = el;
    const kind = rowKindOf(el);
    const value = kind && valueAfter(el);
    if (kind && value) rows.push({ kind, value, label: el });
  }
  return rows;
}

/** The element a few levels up that holds one identity's rows (and badge). */
function blockOf(label: Element): Element {
  let node = label;
  for (let depth = 0; depth < 3 && node.parentElement && node.parentElement !== node.ownerDocument.body; depth++) node = node.parentElement;
  return node;
}

/** The badge shown in the identity block that holds `label`, if any. */
function badgeNear(label: Element): IdentityKind | null {
  for (let node: Element | null = label.parentElement, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    for (const el of node.querySelectorAll('[class*="sign" i], [class*="badge" i], [class*="tag" i]')) {
      const kind = badgeKind(el.textContent ?? '');
      if (kind) return kind;
    }
  }
  return null;
}

export function readIdentity(doc: Document, config?: ConsoleConfigFields | null): IdentityReading {
  const rows = rowsOf(doc);
  const current = rows.find((r) => r.kind === 'current');
  if (!current) return { state: 'unknown', reason: 'the page shows no current identity in its top bar' };
  const logon = rows.find((r) => r.kind === 'logon');
  // An account row belongs to the identity row above it, when they sit in one block.
  let owner: Row | null = null;
  let account: string | undefined;
  let logonAccount: string | undefined;
  for (const r of rows) {
    if (r.kind !== 'account') owner = r;
    else if (owner && blockOf(owner.label).contains(r.label)) {
      if (owner.kind === 'current') account ??= r.value;
      else logonAccount ??= r.value;
    }
  }

  const slash = current.value.indexOf('/');
  const looksLikeRole = slash > 0 && !current.value.includes('@');
  const badge = badgeNear(current.label);
  const fromConfig: IdentityKind | undefined =
    config?.accountType === 'sts' ? 'role' : config?.accountType === 'sub' ? 'user' : config?.accountType === 'main' ? 'root' : undefined;
  const kind: IdentityKind = looksLikeRole ? 'role' : (badge ?? fromConfig ?? 'user');
  // Signals that disagree mean the page is not telling us clearly: do not guess. Only a
  // "<RoleName>/<RoleSessionName>" name is a role: a badge or config alone would give no role name.
  for (const [signal, said] of [['badge', badge], ['console config', fromConfig]] as const) {
    if (said && (said === 'role') !== looksLikeRole) {
      return { state: 'unknown', reason: `the top bar shows "${current.value}" but the ${signal} says ${said}` };
    }
  }
  // An account shown by ID (or its default domain) must be the ID the page acts in.
  const configId = config?.currentPk && /^\d{16}$/.test(config.currentPk) ? config.currentPk : undefined;
  const shownKey = account ? accountKey(account) : undefined;
  if (configId && shownKey && /^\d{16}$/.test(shownKey) && shownKey !== configId) {
    return { state: 'unknown', reason: `the top bar shows the account ${account} but the console config says ${configId}` };
  }
  const identity: Identity = { kind, principal: current.value };
  if (kind === 'role') {
    identity.roleName = current.value.slice(0, slash).trim();
    identity.sessionName = current.value.slice(slash + 1).trim();
  }
  if (account) identity.account = account;
  if (configId) identity.accountId = configId;
  if (logon) identity.logon = { principal: logon.value, ...(logonAccount ? { account: logonAccount } : {}) };
  return { state: 'known', identity };
}

/** The console's own "Switch Back to Logon User" link, if the page has one. */
export function findSwitchBackLink(doc: Document): HTMLAnchorElement | null {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[href]')];
  return (
    links.find((a) => {
      try {
        return new URL(a.href, doc.baseURI).pathname === PATHS.exitSwitchedRole;
      } catch {
        return false;
      }
    }) ??
    links.find((a) => matchesAny(a.textContent ?? '', SWITCH_BACK_LABELS)) ??
    null
  );
}

/** One line for people: "devops in company1", "alice@company2.onaliyun.com". */
export function describeIdentity(identity: Identity): string {
  if (identity.kind === 'role') return `${identity.roleName} in ${identity.account ?? identity.accountId ?? 'an unknown account'}`;
  return identity.principal;
}

const LABEL_PATTERN = new RegExp(
  [...LABEL_KIND.keys()].map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|'),
  'i',
);

/**
 * For waiting (waitFor's `relevant`): could this added or changed node hold one of the top
 * bar's labels? A cheap text test, so changes elsewhere on a busy page do not re-read the page.
 */
export function mayShowIdentity(node: Node): boolean {
  const text = node.textContent;
  return text !== null && text.length > 0 && LABEL_PATTERN.test(text);
}
