// Binds BookmarkActions to component state.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Bookmark } from '../../lib/bookmark';
import type { HistoryEntry } from '../../lib/history';
import { BookmarkActions, type Notice } from '../../lib/popup/bookmarks';
import { firstScreenOf } from '../../lib/popup/first-screen';
import type { PopupHost } from '../../lib/popup/host';
import type { RecentItem } from '../../lib/popup/recent';
import type { IndexedGroup } from '../../lib/popup/search';

export interface BookmarkState {
  /** undefined while loading; null when they could not be read. Until `complete`, only the
   *  first screen kept from the last load. */
  bookmarks: Bookmark[] | null | undefined;
  /** The whole store has been read. */
  complete: boolean;
  history: HistoryEntry[];
  notice: Notice | null;
  undoable: Bookmark | null;
  actions: BookmarkActions;
  clearNotice(): void;
}

export function useBookmarks(host: PopupHost): BookmarkState {
  const [loaded, setLoaded] = useState<{ bookmarks: Bookmark[] | null | undefined; complete: boolean }>({ bookmarks: undefined, complete: false });
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [undoable, setUndoable] = useState<Bookmark | null>(null);
  const [actions] = useState(
    () =>
      new BookmarkActions(host, {
        bookmarks: (list) => setLoaded({ bookmarks: list, complete: true }),
        firstScreen: (snapshot) => {
          setLoaded((l) => (l.complete ? l : { bookmarks: snapshot.bookmarks, complete: false }));
          setHistory((h) => (h.length ? h : snapshot.history));
        },
        history: setHistory,
        notice: setNotice,
        undo: setUndoable,
      }),
  );
  // Before the first paint, not after it (useEffect): the kept first screen, already asked for
  // (host.ts, prefetching), is then in the page a frame sooner.
  useLayoutEffect(() => {
    void actions.load();
    return actions.dismissUndo;
  }, [actions]);
  return { bookmarks: loaded.bookmarks, complete: loaded.complete, history, notice, undoable, actions, clearNotice: () => setNotice(null) };
}

/**
 * Keeps the first screen for the next open: after each full load, the bookmarks the list starts
 * with and those Recent shows. An effect runs once the whole list is painted; not waiting for
 * an idle moment too: a popup closed soon after it has loaded would never keep it.
 */
export function useKeepFirstScreen(host: PopupHost, data: BookmarkState, groups: readonly IndexedGroup[], recent: readonly RecentItem[]): void {
  useEffect(() => {
    const store = host.firstScreen;
    if (!store || !data.complete || !data.bookmarks) return;
    const snapshot = firstScreenOf({
      total: data.bookmarks.length,
      groups: bookmarksOf(groups),
      recent: recent.flatMap((r) => (r.bookmark ? [r.bookmark] : [])),
      history: data.history,
    });
    void store.write(snapshot).catch((e: unknown) => console.error('Switch Roles: could not keep the popup\'s first screen:', e));
  }, [host, data.complete, data.bookmarks, data.history, groups, recent]);
}

/** The groups' bookmarks in list order, read lazily: the first screen reads only its first few. */
function* bookmarksOf(groups: readonly IndexedGroup[]): Generator<Iterable<Bookmark>> {
  for (const g of groups) yield (function* () {
    for (const e of g.entries) yield e.bookmark;
  })();
}
