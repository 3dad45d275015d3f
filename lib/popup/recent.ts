// Recent roles: history entries, each shown as the bookmark it matches when there is one.
// History names the account as the console showed it (alias or default domain) and sometimes
// its 16-digit ID; a bookmark may use any of the three, so both are tried.
import { accountKey } from '../account';
import { AccountNames } from '../known-accounts';
import type { Bookmark } from '../bookmark';
import type { Site } from '../console/hosts';
import type { HistoryEntry } from '../history';

export interface RecentItem {
  entry: HistoryEntry;
  /** The bookmark for this role, when there is one. */
  bookmark?: Bookmark;
}

/** Looks up bookmarks by account and role the way roleKey compares them, site aside. */
export class BookmarkMatcher {
  readonly #byRole = new Map<string, Bookmark[]>();

  /** With `forRoles`, only bookmarks of those role names are looked up: the popup asks about its
   *  history's few roles, and a key and an entry for each of 100 000 bookmarks cost ~100 ms. */
  constructor(
    bookmarks: readonly Bookmark[],
    private readonly names = new AccountNames(),
    forRoles?: readonly string[],
  ) {
    const wanted = forRoles && new Set(forRoles.map((r) => r.toLowerCase()));
    // A length test first: lower-casing makes a string, and most role names differ in length
    // (role names are ASCII, account.ts: lower case keeps the length).
    const lengths = forRoles && new Set(forRoles.map((r) => r.length));
    for (const b of bookmarks) {
      if (wanted && !(lengths!.has(b.roleName.length) && wanted.has(b.roleName.toLowerCase()))) continue;
      const key = matchKey(names.keyOf(b.account), b.roleName);
      const list = this.#byRole.get(key);
      if (list) list.push(b);
      else this.#byRole.set(key, [b]);
    }
  }

  /**
   * The bookmark for a role on `site`: one for that site wins over one for "the tab's site".
   * `accounts` are the names the account goes by (alias, default domain, ID); blanks are skipped.
   */
  find(accounts: readonly (string | undefined)[], roleName: string, site: Site | undefined): Bookmark | undefined {
    let generic: Bookmark | undefined;
    for (const account of accounts) {
      if (!account) continue;
      for (const b of this.#byRole.get(matchKey(this.names.keyOf(account), roleName)) ?? []) {
        if (b.site === site) return b;
        if (b.site === undefined) generic ??= b;
      }
    }
    return generic;
  }
}

function matchKey(account: string, roleName: string): string {
  return `${accountKey(account)}|${roleName.toLowerCase()}`;
}

/** The first `limit` history entries, each with its bookmark; one item per role. */
export function recentItems(history: readonly HistoryEntry[], matcher: BookmarkMatcher, limit: number): RecentItem[] {
  const out: RecentItem[] = [];
  const seen = new Set<string>();
  for (const entry of history) {
    if (out.length >= limit) break;
    const bookmark = matcher.find([entry.account, entry.accountId], entry.roleName, entry.site);
    // Two history entries (alias and ID of one account) can be one bookmark: show it once.
    const id = bookmark ? `b:${bookmark.id}` : `h:${entry.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(bookmark ? { entry, bookmark } : { entry });
  }
  return out;
}
