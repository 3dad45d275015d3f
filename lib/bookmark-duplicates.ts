// One role, one row, one banner: when the user's bookmarks and imported team lists name the same
// role (in the same account, however it is named), one deterministic rule picks the bookmark
// that speaks for it — the user's own first, then the oldest list import, then the oldest
// bookmark, then the id — and the others are "also listed in".
import { t } from './i18n';
import type { Bookmark } from './bookmark';
import type { AccountNames } from './known-accounts';

/** Negative when `a` speaks for the role before `b`. Total: the same order on every machine. */
export function precedence(a: Bookmark, b: Bookmark): number {
  const own = Number(a.listId !== undefined) - Number(b.listId !== undefined);
  if (own) return own;
  return a.createdAt - b.createdAt || (a.listId ?? '').localeCompare(b.listId ?? '') || a.id.localeCompare(b.id);
}

function roleKey(b: Bookmark, names: AccountNames): string {
  return `${names.keyOf(b.account)}|${b.roleName.toLowerCase()}`;
}

/** Sites that do not contradict each other: a bookmark without one follows the tab's site. */
const compatibleSites = (a: Bookmark, b: Bookmark) => !a.site || !b.site || a.site === b.site;

export interface Deduplicated {
  /** One bookmark per role, in the input order. */
  primary: Bookmark[];
  /** Primary bookmark id → the other bookmarks of that role, in precedence order. */
  alsoListed: Map<string, Bookmark[]>;
}

export function dedupeBookmarks(bookmarks: readonly Bookmark[], names: AccountNames): Deduplicated {
  // An array only for a role named more than once: most are named once (100 000 arrays fewer).
  const byRole = new Map<string, Bookmark | Bookmark[]>();
  for (const b of bookmarks) {
    const key = roleKey(b, names);
    const seen = byRole.get(key);
    if (seen === undefined) byRole.set(key, b);
    else if (Array.isArray(seen)) seen.push(b);
    else byRole.set(key, [seen, b]);
  }
  const alsoListed = new Map<string, Bookmark[]>();
  const hidden = new Set<string>();
  for (const group of byRole.values()) {
    if (!Array.isArray(group)) continue;
    const heads: Bookmark[] = [];
    for (const b of [...group].sort(precedence)) {
      const head = heads.find((h) => compatibleSites(h, b));
      if (!head) {
        heads.push(b);
        continue;
      }
      hidden.add(b.id);
      alsoListed.set(head.id, [...(alsoListed.get(head.id) ?? []), b]);
    }
  }
  return { primary: hidden.size ? bookmarks.filter((b) => !hidden.has(b.id)) : [...bookmarks], alsoListed };
}

/** "Also in team list “Platform roles”", "Also in your bookmarks and 2 team lists". */
export function alsoListedText(others: readonly Bookmark[], listNames: ReadonlyMap<string, string>): string {
  const own = others.some((b) => b.listId === undefined);
  const lists = [...new Set(others.filter((b) => b.listId !== undefined).map((b) => listNames.get(b.listId!) ?? t('also_aTeamList')))];
  const parts = [
    ...(own ? [t('also_yourBookmarks')] : []),
    ...(lists.length === 1 ? [t('also_teamList', { name: lists[0]! })] : lists.length > 1 ? [t('also_teamLists', { count: lists.length, names: lists.join(t('list_comma')) })] : []),
  ];
  return t('also_in', { where: parts.join(t('list_and')) });
}
