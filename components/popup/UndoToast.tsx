// "Deleted "X". Undo", for as long as the undo is on offer.
import { bookmarkLabel, type Bookmark } from '../../lib/bookmark';

export function UndoToast({ deleted, onUndo }: { deleted: Bookmark | null; onUndo(): void }) {
  return (
    <div class="toast-slot" aria-live="polite">
      {deleted && (
        <div class="toast">
          <span>Deleted "{bookmarkLabel(deleted)}".</span>
          <button type="button" class="link" onClick={onUndo}>
            Undo
          </button>
        </div>
      )}
    </div>
  );
}
