// The imported lists: where each came from, how many roles, when; refresh (URL lists),
// export, and remove (after a confirming second click).
import { useState } from 'preact/hooks';
import type { ListRow } from '../../lib/options/lists';
import type { TeamList } from '../../lib/teamlist';

interface Props {
  rows: readonly ListRow[] | null;
  onRefresh(list: TeamList): void;
  onExport(list: TeamList): void;
  onRemove(list: TeamList): Promise<void>;
}

export function ListsTable({ rows, onRefresh, onExport, onRemove }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (rows === null) return <p class="hint">Reading…</p>;
  if (rows.length === 0) return <p class="hint">No lists imported yet.</p>;

  return (
    <table class="lists">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Source</th>
          <th scope="col">Roles</th>
          <th scope="col">Imported</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ list, source, roles, importedAt }) => (
          <tr key={list.id}>
            <th scope="row">{list.name}</th>
            <td class="source">{source}</td>
            <td class="num">{roles}</td>
            <td>{importedAt}</td>
            <td class="row-actions">
              {confirming === list.id ? (
                <>
                  <button type="button" class="danger" aria-label={`Confirm removal of ${list.name}`}
                    onClick={() => void onRemove(list).finally(() => setConfirming(null))}>
                    Confirm removal
                  </button>
                  <button type="button" aria-label={`Keep ${list.name}`} onClick={() => setConfirming(null)}>
                    Keep
                  </button>
                </>
              ) : (
                <>
                  {list.sourceKind === 'url' && list.url && (
                    <button type="button" aria-label={`Refresh ${list.name}`} title={`Fetch ${list.url} again and preview the changes`}
                      onClick={() => onRefresh(list)}>
                      Refresh
                    </button>
                  )}
                  <button type="button" aria-label={`Export ${list.name}`} onClick={() => onExport(list)}>
                    Export
                  </button>
                  <button type="button" aria-label={`Remove ${list.name}`} onClick={() => setConfirming(list.id)}>
                    Remove
                  </button>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
