// The top bar's label wording as families, not single strings. Part of lib/console. The real
// console has shipped at least two wordings for one control (console-spec.md), so a label is
// recognised by the words it is made of — "current" / "acting" / 当前, "logon" / "login" /
// "signed in" / 登录, "account" / "alias" / "ID" / 账号 — in English and Chinese.
// Sources: the legacy bar (CurrentName / Alias / Login Name, 当前身份 / 企业别名 / 登录身份),
// the modern bar, and the wordings users reported from consoles we have not seen.

/** Which side of the session a row speaks of. */
export type RowSide = 'current' | 'logon';
/** What a row's value is: who (a principal), where (an account), or which role. */
export type RowField = 'principal' | 'account' | 'role';

export interface LabelMeaning {
  field: RowField;
  /** null: the label names no side ("Alias"); the row belongs to the identity above it. */
  side: RowSide | null;
}

/** A label is short: longer text is prose, not a label. */
export const MAX_LABEL_LENGTH = 32;

const CURRENT = /\b(current|acting|active|now)\b|currentname|当前|目前|现在/;
/** CURRENT's words anywhere in a text, in any case: a text without one is no label that names
 *  who acts now (wider than CURRENT: its word boundaries dropped, so never narrower). */
export const CURRENT_ANYWHERE = new RegExp(CURRENT.source.replaceAll('\\b', ''), 'i');
const LOGON = /\b(log[ -]?in|log[ -]?on|sign(ed)?[ -]?in|logged[ -]?in)\b|loginname|logonname|登录|登陆/;
const ACCOUNT = /\b(account|alias|domain|id|uid|tenant)\b|accountid|别名|账号|帐号|域名|企业|租户/;
const ROLE = /\brole\b|角色/;
const WHO = /\b(identity|name|user|principal|as)\b|currentname|loginname|logonname|身份|用户|名称|(?<!别)名/;
/** Words a label may carry besides the ones above; anything else means it is not a label. */
const FILLER = /\b(the|your|you|are|is|in|of|to|by|a|an|enterprise|default|ram|sub|main|session|info|information)\b|的|为|：|:/g;
/** Every family's words at once, to see what a label holds besides them. */
const ANY_FAMILY = new RegExp(`${CURRENT.source}|${LOGON.source}|${ACCOUNT.source}|${ROLE.source}|${WHO.source}`, 'g');

/** Lower-case, single spaces, no trailing colon (ASCII or full-width) or dot. */
export function normaliseLabelText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[:：·.]\s*$/, '').trim().toLowerCase();
}

/**
 * What a label means, or null when the text is no top-bar label (too long, other words, or
 * words of two sides at once, like "current login identity": a guess would be a coin toss).
 */
export function labelMeaning(raw: string): LabelMeaning | null {
  const text = normaliseLabelText(raw);
  // No family or filler word holds a digit: "Instance 1024" is decided before the slower test.
  if (!text || text.length > MAX_LABEL_LENGTH || /\d/.test(text)) return null;
  const current = CURRENT.test(text);
  const logon = LOGON.test(text);
  const account = ACCOUNT.test(text);
  const role = ROLE.test(text);
  const who = WHO.test(text);
  // Every word must belong to a family: "Account settings" or "Current region" are no labels.
  const rest = text
    .replace(ANY_FAMILY, ' ')
    .replace(FILLER, ' ')
    .replace(/[\s/|()（）-]+/g, '');
  if (rest.length > 0) return null;
  if (current && logon) return null;
  const side: RowSide | null = current ? 'current' : logon ? 'logon' : null;
  if (role && !account) return side === 'logon' ? null : { field: 'role', side: 'current' };
  if (account && !who) return { field: 'account', side };
  if (side) return { field: 'principal', side };
  // "Identity", "User", "身份" alone name nobody in particular.
  return null;
}

/** Badges next to an identity: what kind of principal the console says it is. */
export type BadgeKind = 'role' | 'user' | 'root';

/** Each kind of identity in words (the messages kind_role…): "a role", "a RAM user", "the root account". */
export const KIND_WORDS = { role: 'kind_role', user: 'kind_user', root: 'kind_root' } as const satisfies Record<BadgeKind, string>;
const BADGES: [BadgeKind, RegExp][] = [
  ['role', /^(role|角色|sts|assumed role|扮演角色)$/],
  ['user', /^(subaccount|sub-account|sub account|ram user|ram 用户|ram用户|子账号|子用户|iam user)$/],
  ['root', /^(main account|root|root account|alibaba cloud account|主账号|根账号|主账户)$/],
];

export function badgeKindOf(raw: string): BadgeKind | null {
  const text = normaliseLabelText(raw);
  if (!text || text.length > 24 || /\d/.test(text)) return null;
  return BADGES.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/** Words that the top bar's texts may hold: a cheap test before the exact one. */
export const LABEL_HINT = /current|acting|active|now|log|sign|account|alias|domain|\bid\b|uid|role|name|identity|user|root|sts|当前|目前|登录|登陆|别名|账号|帐号|账户|域名|身份|角色|用户|现在|企业|租户/i;

/** Whether a text is one the diagnostic report may show: a label or a badge, nothing else. */
export function isTopBarVocabulary(text: string): boolean {
  return labelMeaning(text) !== null || badgeKindOf(text) !== null;
}
