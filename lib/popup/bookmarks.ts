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
import { FIRST_SCREEN_HISTORY, RECENT_LIMIT, type FirstScreen } from './first-screen';
import type { PopupHost } from './host';
import { UNDO_MS, UndoSlot, type Timers } from './undo';

export { RECENT_LIMIT };

export interface Notice {
  tone: 'error' | 'info';
  text: string;
}

export interface BookmarkOutputs {
  /** The whole store; null: could not be loaded (the notice says why). */
  bookmarks(list: Bookmark[] | null): void;
  /** The first screen kept from the last load, shown until the whole store is read. */
  firstScreen?(snapshot: FirstScreen): void;
  history(list: HistoryEntry[]): void;
  notice(notice: Notice | null): void;
  /** The deleted bookmark that Undo would bring back, or null. */
  undo(bookmark: Bookmark | null): void;
}

export class BookmarkActions {
  readonly #undo: UndoSlot<Bookmark>;

  constructor(
    private readonly host: Pick<PopupHost, 'db' | 'firstScreen' | 'afterPaint'>,
    private readonly out: BookmarkOutputs,
    timers?: Timers,
  ) {
    this.#undo = new UndoSlot<Bookmark>((b) => out.undo(b), UNDO_MS, timers);
  }

  /** Shows the kept first screen (if any) at once, then, once it is painted, the whole store. */
  async load(): Promise<void> {
    const snapshot = await this.host.firstScreen?.read().catch((e: unknown) => {
      console.error('Switch Roles: the popup\'s first screen could not be read:', e);
      return undefined;
    });
    if (snapshot && this.out.firstScreen) {
      this.out.firstScreen(snapshot);
      await this.host.afterPaint?.();
    }
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
      this.out.history(await listHistory(await this.host.db(), FIRST_SCREEN_HISTORY));
    } catch (e) {
      this.out.notice({ tone: 'error', text: t('notice_readHistory', { error: errorText(e) }) });
    }
  }

  /** Adds (no id) or updates a bookmark. Throws what the form should show (duplicate, storage). */
  /** `original`: the bookmark as the form was opened on. Only the fields changed since are
   *  written, so an edit made meanwhile in another popup or window to other fields is kept. */
  async save(id: string | undefined, fields: BookmarkFields, original?: Bookmark): Promise<Bookmark> {
    const db = await this.host.db();
    const saved = id ? await updateBookmark(db, id, original ? changedSince(original, fields) : fields) : await addBookmark(db, fields);
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

/** The fields the form changed, compared with the bookmark it was opened on. */
export function changedSince(original: Bookmark, fields: BookmarkFields): Partial<BookmarkFields> {
  const changed: Partial<BookmarkFields> = {};
  for (const k of Object.keys(fields) as (keyof BookmarkFields)[]) {
    if (fields[k] !== original[k]) (changed as Record<string, unknown>)[k] = fields[k];
  }
  // A field the form cleared (an optional one it leaves out) is a change too.
  for (const k of ['displayName', 'site'] as const) if (original[k] !== undefined && !(k in fields)) (changed as Record<string, unknown>)[k] = undefined;
  return changed;
}
