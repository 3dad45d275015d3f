// Search over bookmarks: each bookmark's searchable text is built once when the bookmarks
// load, so a keystroke is a substring test per bookmark and no sorting.
import { bookmarkLabel, groupBookmarks, groupOf, type Bookmark } from '../bookmark';
import { bookmarkKey } from './rows';

/** A bookmark with its search text; also the list's row for it (rows.ts), made once per load
 *  instead of once per keystroke: 100 000 of them are listed again on every keystroke. */
export interface IndexedBookmark {
  kind: 'bookmark';
  key: string;
  bookmark: Bookmark;
  /** Label, role name, account, group and tags, lower-case, one per line. */
  text: string;
}

export interface IndexedGroup {
  name: string;
  entries: IndexedBookmark[];
}

/** Groups and orders the bookmarks (groupBookmarks) and precomputes their search text. */
export function indexBookmarks(bookmarks: readonly Bookmark[]): IndexedGroup[] {
  return groupBookmarks(bookmarks).map((g) => ({
    name: g.name,
    entries: g.bookmarks.map((bookmark) => ({ kind: 'bookmark', key: bookmarkKey(bookmark.id), bookmark, text: searchText(bookmark) })),
  }));
}

export function searchText(b: Bookmark): string {
  // A newline between fields: tokens never contain whitespace, so no token matches across two fields.
  return [bookmarkLabel(b), b.roleName, b.account, groupOf(b), ...(b.tags ?? [])].join('\n').toLowerCase();
}

/** The query's whitespace-separated tokens, lower-case; none for a blank query. */
export function queryTokens(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesTokens(text: string, tokens: readonly string[]): boolean {
  // An index, not for…of: called 100 000 times by a keystroke in code not yet optimised, where
  // each for…of makes an iterator object for the collector.
  for (let i = 0; i < tokens.length; i++) if (!text.includes(tokens[i]!)) return false;
  return true;
}

/**
 * The groups with only the bookmarks every token matches; empty groups dropped, order kept.
 * With `limit`, only the first `limit` matches: the start of the full answer, found without
 * reading the rest.
 */
export function filterGroups(groups: readonly IndexedGroup[], tokens: readonly string[], limit = Infinity): IndexedGroup[] {
  if (tokens.length === 0) return groups as IndexedGroup[];
  const out: IndexedGroup[] = [];
  let left = limit;
  for (const g of groups) {
    if (left <= 0) break;
    // Copied only from the first entry that does not match: a group every entry matches is
    // listed as it is (a short query matches most of 100 000 bookmarks; no copy to collect).
    let entries: IndexedBookmark[] | null = null;
    let i = 0;
    for (; i < g.entries.length && left > 0; i++) {
      const e = g.entries[i]!;
      if (matchesTokens(e.text, tokens)) {
        entries?.push(e);
        left--;
      } else entries ??= g.entries.slice(0, i);
    }
    if (entries === null && i === g.entries.length) {
      if (i > 0) out.push(g);
    } else {
      entries ??= g.entries.slice(0, i);
      if (entries.length > 0) out.push({ name: g.name, entries });
    }
  }
  return out;
}
