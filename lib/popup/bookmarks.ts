// The popup's bookmark and history data: loading, and every edit the popup makes, each followed
// by a reload and a bookmarksChanged to the background. Plain TypeScript with its outputs as
// callbacks. Failures reach the user: the form shows its own; the rest become a notice.
import { bookmarkLabel, type Bookmark, type BookmarkFields } from '../bookmark';
import type { HistoryEntry } from '../history';
import { t } from '../i18n';
import { sendToBackground } from '../messages';
import { addBookmark, deleteBookmark, listBookmarks, restoreBookmark, setFavourite, updateBookmark } from '../store/bookmarks';
import { listHistory } from '../store/history';
import { fieldsFromHistory } from './draft';
import { errorText } from './errors';
import type { PopupHost } from './host';
import { UNDO_MS, UndoSlot, type Timers } from './undo';

/** How many recent roles the popup shows. */
export const RECENT_LIMIT = 5;

export interface Notice {
  tone: 'error' | 'info';
  text: string;
}

export interface BookmarkOutputs {
  /** null: could not be loaded (the notice says why). */
  bookmarks(list: Bookmark[] | null): void;
  history(list: HistoryEntry[]): void;
  notice(notice: Notice | null): void;
  /** The deleted bookmark that Undo would bring back, or null. */
  undo(bookmark: Bookmark | null): void;
}

export class BookmarkActions {
  readonly #undo: UndoSlot<Bookmark>;

  constructor(
    private readonly host: Pick<PopupHost, 'db'>,
    private readonly out: BookmarkOutputs,
    timers?: Timers,
  ) {
    this.#undo = new UndoSlot<Bookmark>((b) => out.undo(b), UNDO_MS, timers);
  }

  async load(): Promise<void> {
    await Promise.all([this.loadBookmarks(), this.loadHistory()]);
  }

  async loadBookmarks(): Promise<void> {
    try {
      this.out.bookmarks(await listBookmarks(await this.host.db()));
    } catch (e) {
      this.out.bookmarks(null);
      this.out.notice({ tone: 'error', text: t('notice_readBookmarks', { error: errorText(e) }) });
    }
  }

  async loadHistory(): Promise<void> {
    try {
      // Twice the rows shown: an alias and an ID of one account can be two entries for one bookmark.
      this.out.history(await listHistory(await this.host.db(), RECENT_LIMIT * 2));
    } catch (e) {
      this.out.notice({ tone: 'error', text: t('notice_readHistory', { error: errorText(e) }) });
    }
  }

  /** Adds (no id) or updates a bookmark. Throws what the form should show (duplicate, storage). */
  async save(id: string | undefined, fields: BookmarkFields): Promise<Bookmark> {
    const db = await this.host.db();
    const saved = id ? await updateBookmark(db, id, fields) : await addBookmark(db, fields);
    await this.#changed();
    return saved;
  }

  delete = async (bookmark: Bookmark): Promise<void> => {
    await this.#attempt(t('doing_delete', { label: bookmarkLabel(bookmark) }), async () => {
      const removed = await deleteBookmark(await this.host.db(), bookmark.id);
      await this.#changed();
      if (removed) this.#undo.offer(removed);
    });
  };

  /** Brings the last deleted bookmark back, exactly as it was. */
  undoDelete = async (): Promise<void> => {
    const bookmark = this.#undo.take();
    if (!bookmark) return;
    await this.#attempt(t('doing_restore', { label: bookmarkLabel(bookmark) }), async () => {
      await restoreBookmark(await this.host.db(), bookmark);
      await this.#changed();
    });
  };

  dismissUndo = (): void => this.#undo.dismiss();

  toggleFavourite = async (bookmark: Bookmark): Promise<void> => {
    await this.#attempt(t('doing_favourite', { label: bookmarkLabel(bookmark) }), async () => {
      await setFavourite(await this.host.db(), bookmark.id, !bookmark.favourite);
      await this.#changed();
    });
  };

  /** One-click bookmark of a recent role: default colour, the site it was used on. */
  bookmarkHistory = async (entry: HistoryEntry): Promise<void> => {
    const fields = fieldsFromHistory(entry);
    if (!fields.ok) {
      this.out.notice({ tone: 'error', text: fields.error });
      return;
    }
    await this.#attempt(t('doing_bookmark', { role: entry.roleName }), async () => {
      await addBookmark(await this.host.db(), fields.value);
      await this.#changed();
    });
  };

  async #attempt(what: string, work: () => Promise<void>): Promise<void> {
    try {
      this.out.notice(null);
      await work();
    } catch (e) {
      // Storage and duplicate errors are already sentences; others get their context.
      const text = e instanceof Error && (e.name === 'StorageError' || e.name === 'DuplicateBookmarkError') ? e.message : t('notice_couldNot', { doing: what, error: errorText(e) });
      this.out.notice({ tone: 'error', text });
      await this.loadBookmarks();
    }
  }

  /** After a write: reload, and tell the background (banners may show a new name or colour). */
  async #changed(): Promise<void> {
    await this.loadBookmarks();
    try {
      await sendToBackground('bookmarksChanged', {});
    } catch (e) {
      this.out.notice({ tone: 'error', text: t('notice_savedNoBackground', { error: errorText(e) }) });
    }
  }
}
