// A bookmark row's text, and its favourite, edit and delete buttons (icons with a tooltip).
import { bookmarkLabel, type Bookmark } from '../../lib/bookmark';
import { t } from '../../lib/i18n';
import { siteName } from '../../lib/popup/rows';
import { Icon } from './Icon';

export interface BookmarkRowActions {
  onFavourite(bookmark: Bookmark): void;
  onEdit(bookmark: Bookmark): void;
  onDelete(bookmark: Bookmark): void;
}

/** The smaller line: role and account when a display name hides them; the site when pinned. */
export function bookmarkSubline(b: Bookmark, alsoIn?: string): string | undefined {
  const parts: string[] = [];
  if (b.displayName) parts.push(`${b.roleName} · ${b.account}`);
  if (b.site) parts.push(siteName(b.site));
  if (alsoIn) parts.push(alsoIn);
  return parts.length ? parts.join(' · ') : undefined;
}

export function BookmarkActions({ bookmark, onFavourite, onEdit, onDelete }: BookmarkRowActions & { bookmark: Bookmark }) {
  const label = bookmarkLabel(bookmark);
  return (
    <>
      <button
        type="button"
        class={bookmark.favourite ? 'icon star on' : 'icon star'}
        aria-pressed={bookmark.favourite}
        aria-label={t('popup_favouriteLabel', { label })}
        title={bookmark.favourite ? t('popup_favouriteOnTip') : t('popup_favouriteOffTip')}
        onClick={() => onFavourite(bookmark)}
      >
        <Icon name="star" filled={bookmark.favourite} />
      </button>
      <button type="button" class="icon" aria-label={t('popup_editLabel', { label })} title={t('popup_editTip')} onClick={() => onEdit(bookmark)}>
        <Icon name="pencil" />
      </button>
      <button type="button" class="icon danger" aria-label={t('popup_deleteLabel', { label })} title={t('popup_deleteTip')} onClick={() => onDelete(bookmark)}>
        <Icon name="trash" />
      </button>
    </>
  );
}
