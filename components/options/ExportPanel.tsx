// Export: all bookmarks or the chosen groups, as a team-list file.
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { GroupChoice } from '../../lib/options/lists';

interface Props {
  /** Every bookmark's group with its size (exportGroups); null while reading. */
  groups: readonly GroupChoice[] | null;
  onExport(options: { groups?: string[]; name?: string }): void;
}

export function ExportPanel({ groups, onExport }: Props) {
  // Groups left out; any group not named here (including one added since) is exported.
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [name, setName] = useState('');
  if (groups === null) return <p class="hint">{t('history_reading')}</p>;
  if (groups.length === 0) return <p class="hint">{t('export_none')}</p>;

  const chosen = groups.filter((g) => !left.has(g.name)).map((g) => g.name);
  const toggle = (group: string, on: boolean) => {
    const next = new Set(left);
    if (on) next.delete(group);
    else next.add(group);
    setLeft(next);
  };

  const all = chosen.length === groups.length;
  function exportChosen(e: Event) {
    e.preventDefault();
    onExport({
      ...(all ? {} : { groups: chosen }),
      ...(name.trim() ? { name: name.trim() } : {}),
    });
  }

  return (
    <form onSubmit={exportChosen}>
      <fieldset class="groups">
        <legend>{t('export_groups')}</legend>
        {groups.map((g) => (
          <label key={g.name}>
            <input type="checkbox" checked={!left.has(g.name)} onChange={(e) => toggle(g.name, e.currentTarget.checked)} />
            {g.name} <span class="hint">({g.count})</span>
          </label>
        ))}
      </fieldset>
      <div class="row">
        <label for="export-name">{t('export_name')}</label>
        <input id="export-name" type="text" maxLength={100} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <button type="submit" class="primary" disabled={chosen.length === 0}>
        {t('lists_export')}
      </button>
    </form>
  );
}
