// One bookmark in the list: switch on click, and its favourite, edit and delete buttons.
import { bookmarkLabel, type Bookmark } from '../../lib/bookmark';
import { siteName } from '../../lib/popup/rows';
import { RowOption } from './RowOption';

export interface BookmarkRowActions {
  onActivate(): void;
  onFavourite(bookmark: Bookmark): void;
  onEdit(bookmark: Bookmark): void;
  onDelete(bookmark: Bookmark): void;
}

interface Props extends BookmarkRowActions {
  id: string;
  bookmark: Bookmark;
  /** "Also in team list …", when another list names the same role. */
  alsoIn?: string | undefined;
  selected: boolean;
  posinset: number;
  setsize: number;
}

/** The smaller line: role and account when a display name hides them; the site when pinned. */
export function bookmarkSubline(b: Bookmark, alsoIn?: string): string | undefined {
  const parts: string[] = [];
  if (b.displayName) parts.push(`${b.roleName} · ${b.account}`);
  if (b.site) parts.push(siteName(b.site));
  if (alsoIn) parts.push(alsoIn);
  return parts.length ? parts.join(' · ') : undefined;
}

export function BookmarkRow({ id, bookmark, alsoIn, selected, posinset, setsize, onActivate, onFavourite, onEdit, onDelete }: Props) {
  const label = bookmarkLabel(bookmark);
  return (
    <>
      <RowOption
        id={id}
        selected={selected}
        colour={bookmark.colour}
        label={label}
        sub={bookmarkSubline(bookmark, alsoIn)}
        posinset={posinset}
        setsize={setsize}
        onActivate={onActivate}
      />
      <div class="row-actions">
        <button
          type="button"
          class={bookmark.favourite ? 'icon star on' : 'icon star'}
          aria-pressed={bookmark.favourite}
          aria-label={`Favourite ${label}`}
          title={bookmark.favourite ? 'Favourite (listed first)' : 'Mark as favourite'}
          onClick={() => onFavourite(bookmark)}
        >
          {bookmark.favourite ? '★' : '☆'}
        </button>
        <button type="button" class="icon" aria-label={`Edit ${label}`} title="Edit" onClick={() => onEdit(bookmark)}>
          ✎
        </button>
        <button type="button" class="icon danger" aria-label={`Delete ${label}`} title="Delete" onClick={() => onDelete(bookmark)}>
          ✕
        </button>
      </div>
    </>
  );
}
