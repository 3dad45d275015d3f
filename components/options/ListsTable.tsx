// The imported lists: where each came from, how many roles, when; refresh (URL lists),
// export, and remove (after a confirming second click).
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
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
  if (rows === null) return <p class="hint">{t('history_reading')}</p>;
  if (rows.length === 0) return <p class="hint">{t('lists_none')}</p>;

  return (
    <table class="lists">
      <thead>
        <tr>
          <th scope="col">{t('lists_name')}</th>
          <th scope="col">{t('lists_source')}</th>
          <th scope="col">{t('lists_roles')}</th>
          <th scope="col">{t('lists_imported')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('lists_actions')}</span>
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
                  <button type="button" class="danger" aria-label={t('lists_confirmLabel', { name: list.name })}
                    onClick={() => void onRemove(list).finally(() => setConfirming(null))}>
                    {t('lists_confirm')}
                  </button>
                  <button type="button" aria-label={t('lists_keepLabel', { name: list.name })} onClick={() => setConfirming(null)}>
                    {t('lists_keep')}
                  </button>
                </>
              ) : (
                <>
                  {list.sourceKind === 'url' && list.url && (
                    <button type="button" aria-label={t('lists_refreshLabel', { name: list.name })} title={t('lists_refreshTip', { url: list.url })}
                      onClick={() => onRefresh(list)}>
                      {t('lists_refresh')}
                    </button>
                  )}
                  <button type="button" aria-label={t('lists_exportLabel', { name: list.name })} onClick={() => onExport(list)}>
                    {t('lists_export')}
                  </button>
                  <button type="button" aria-label={t('lists_removeLabel', { name: list.name })} onClick={() => setConfirming(list.id)}>
                    {t('lists_remove')}
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
