// Binds BookmarkActions to component state.
import { useEffect, useState } from 'preact/hooks';
import type { Bookmark } from '../../lib/bookmark';
import type { HistoryEntry } from '../../lib/history';
import { BookmarkActions, type Notice } from '../../lib/popup/bookmarks';
import type { PopupHost } from '../../lib/popup/host';

export interface BookmarkState {
  /** undefined while loading; null when they could not be read. */
  bookmarks: Bookmark[] | null | undefined;
  history: HistoryEntry[];
  notice: Notice | null;
  undoable: Bookmark | null;
  actions: BookmarkActions;
  clearNotice(): void;
}

export function useBookmarks(host: PopupHost): BookmarkState {
  const [bookmarks, setBookmarks] = useState<Bookmark[] | null | undefined>(undefined);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [undoable, setUndoable] = useState<Bookmark | null>(null);
  const [actions] = useState(
    () => new BookmarkActions(host, { bookmarks: setBookmarks, history: setHistory, notice: setNotice, undo: setUndoable }),
  );
  useEffect(() => {
    void actions.load();
    return actions.dismissUndo;
  }, [actions]);
  return { bookmarks, history, notice, undoable, actions, clearNotice: () => setNotice(null) };
}
