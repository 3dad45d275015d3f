// "Deleted "X". Undo", for as long as the undo is on offer.
import { bookmarkLabel, type Bookmark } from '../../lib/bookmark';
import { t } from '../../lib/i18n';

export function UndoToast({ deleted, onUndo }: { deleted: Bookmark | null; onUndo(): void }) {
  return (
    <div class="toast-slot" aria-live="polite">
      {deleted && (
        <div class="toast">
          <span>{t('popup_deleted', { label: bookmarkLabel(deleted) })}</span>
          <button type="button" class="link" onClick={onUndo}>
            {t('popup_undo')}
          </button>
        </div>
      )}
    </div>
  );
}
