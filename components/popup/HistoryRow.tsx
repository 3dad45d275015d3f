// A recent role that is not bookmarked: switch on click, or bookmark it in one click.
import type { HistoryEntry } from '../../lib/history';
import { siteName } from '../../lib/popup/rows';
import { RowOption } from './RowOption';

interface Props {
  id: string;
  entry: HistoryEntry;
  selected: boolean;
  posinset: number;
  setsize: number;
  onActivate(): void;
  onBookmark(entry: HistoryEntry): void;
}

export function HistoryRow({ id, entry, selected, posinset, setsize, onActivate, onBookmark }: Props) {
  return (
    <>
      <RowOption
        id={id}
        selected={selected}
        colour={undefined}
        label={entry.roleName}
        sub={`${entry.account} · ${siteName(entry.site)}`}
        posinset={posinset}
        setsize={setsize}
        onActivate={onActivate}
      />
      <div class="row-actions">
        <button type="button" class="button small" aria-label={`Bookmark ${entry.roleName} in ${entry.account}`} onClick={() => onBookmark(entry)}>
          Bookmark
        </button>
      </div>
    </>
  );
}
