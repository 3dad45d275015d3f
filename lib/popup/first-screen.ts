// The popup's first screen, kept small and ready: the bookmarks the popup shows before any
// scrolling (the first ones in list order, and those the recent roles show) plus the recent
// history. The popup paints it at once and then reads the whole store; whoever has the whole
// store after a change (the popup after loading, the background after bookmarksChanged) writes
// it again. A snapshot that is out of date is only ever shown until the whole store is read.
import { groupBookmarks, type Bookmark } from '../bookmark';
import type { HistoryEntry } from '../history';
import { BookmarkMatcher, recentItems } from './recent';

/** More than a 600 px popup shows (about 13 rows), with room for the rows Recent takes out. */
export const FIRST_SCREEN_BOOKMARKS = 40;
/** How many recent roles the popup shows. */
export const RECENT_LIMIT = 5;
/** History entries read and kept: twice the rows shown, as an alias and an ID of one account
 *  can be two entries for one bookmark. */
export const FIRST_SCREEN_HISTORY = RECENT_LIMIT * 2;

export interface FirstScreen {
  version: 1;
  /** How many bookmarks the whole store holds. */
  total: number;
  bookmarks: Bookmark[];
  history: HistoryEntry[];
}

/**
 * The first screen: the bookmarks Recent shows, then the first ones in list order.
 * `groups` are the bookmarks in list order (grouped), `recent` those Recent shows.
 */
export function firstScreenOf(input: {
  total: number;
  groups: Iterable<Iterable<Bookmark>>;
  recent: Iterable<Bookmark>;
  history: readonly HistoryEntry[];
}): FirstScreen {
  const picked = new Map<string, Bookmark>();
  for (const b of input.recent) picked.set(b.id, b);
  const limit = picked.size + FIRST_SCREEN_BOOKMARKS;
  outer: for (const g of input.groups) {
    for (const b of g) {
      if (picked.size >= limit) break outer;
      picked.set(b.id, b);
    }
  }
  return { version: 1, total: input.total, bookmarks: [...picked.values()], history: input.history.slice(0, FIRST_SCREEN_HISTORY) };
}

/** The first screen of the whole store, for a context that has not grouped it (the background). */
export function firstScreenOfStore(bookmarks: readonly Bookmark[], history: readonly HistoryEntry[]): FirstScreen {
  const recentHistory = history.slice(0, FIRST_SCREEN_HISTORY);
  const recent = recentItems(recentHistory, new BookmarkMatcher(bookmarks, undefined, recentHistory.map((e) => e.roleName)), RECENT_LIMIT);
  return firstScreenOf({
    total: bookmarks.length,
    groups: groupBookmarks(bookmarks).map((g) => g.bookmarks),
    recent: recent.flatMap((r) => (r.bookmark ? [r.bookmark] : [])),
    history,
  });
}

export function isFirstScreen(value: unknown): value is FirstScreen {
  const v = value as FirstScreen | null;
  return typeof v === 'object' && v !== null && v.version === 1 && typeof v.total === 'number' && Array.isArray(v.bookmarks) && Array.isArray(v.history);
}

/** Where the snapshot is kept: storage.local in the extension, a map in tests. */
export interface FirstScreenStore {
  read(): Promise<FirstScreen | undefined>;
  write(snapshot: FirstScreen): Promise<void>;
}

export const FIRST_SCREEN_KEY = 'popupFirstScreen';

/** A store over a storage.local-like area (get/set of one key). */
export function firstScreenStore(area: {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}): FirstScreenStore {
  let last = '';
  return {
    async read() {
      const value = (await area.get(FIRST_SCREEN_KEY))[FIRST_SCREEN_KEY];
      if (!isFirstScreen(value)) return undefined;
      last = JSON.stringify(value);
      return value;
    },
    async write(snapshot) {
      // Written after every full load: skip the write when nothing on the first screen changed.
      const text = JSON.stringify(snapshot);
      if (text === last) return;
      last = text;
      await area.set({ [FIRST_SCREEN_KEY]: snapshot });
    },
  };
}
