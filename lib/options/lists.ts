// The imported lists as the options page's table shows them, and what each exports with.
import { groupOf, type Bookmark } from '../bookmark';
import { t } from '../i18n';
import type { ExportOptions, TeamList } from '../teamlist';

export interface ListRow {
  list: TeamList;
  source: string;
  roles: number;
  importedAt: string;
}

/** "File team.json", "https://…", "Pasted text", "Alibaba Cloud CLI config"; and the
 *  document's own `source` when that is what the list is recognised by. */
export function listSourceLabel(list: TeamList): string {
  const how = sourceKindLabel(list);
  return list.sourceKey.startsWith('source:') ? t('lists_sourceNamed', { how, source: list.sourceKey.slice('source:'.length) }) : how;
}

function sourceKindLabel(list: TeamList): string {
  switch (list.sourceKind) {
    case 'url':
      return list.url ?? 'URL';
    case 'file':
      return list.sourceKey.startsWith('file:') ? t('origin_file', { name: list.sourceKey.slice('file:'.length) }) : t('lists_file');
    case 'paste':
      return t('origin_paste');
    case 'cli-config':
      return t('origin_cli');
  }
}

export function formatWhen(at: number, locale?: string): string {
  return new Date(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Roles per list id (the user's own bookmarks are in none). */
export function countByList(bookmarks: readonly Bookmark[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const b of bookmarks) if (b.listId !== undefined) counts[b.listId] = (counts[b.listId] ?? 0) + 1;
  return counts;
}

/** Lists by name, each with its number of bookmarks (countByList). */
export function listRows(lists: readonly TeamList[], counts: Readonly<Record<string, number>>, locale?: string): ListRow[] {
  return [...lists]
    .sort((a, b) => a.name.localeCompare(b.name, locale) || a.importedAt - b.importedAt)
    .map((list) => ({ list, source: listSourceLabel(list), roles: counts[list.id] ?? 0, importedAt: formatWhen(list.importedAt, locale) }));
}

/** A list's export names it as its import did, so importing the export again updates the
 *  same list — when the list was recognised by its `source` or its `name` (a list recognised
 *  by URL or file name is recognised by its name once exported). */
export function exportOptionsOfList(list: TeamList): ExportOptions {
  const source = list.sourceKey.startsWith('source:') ? list.sourceKey.slice('source:'.length) : undefined;
  return source ? { name: list.name, source } : { name: list.name };
}

export interface GroupChoice {
  name: string;
  count: number;
}

/** The groups bookmarks are listed under (groupOf), by name, with how many each holds. */
export function exportGroups(bookmarks: readonly Bookmark[], locale?: string): GroupChoice[] {
  const counts = new Map<string, number>();
  for (const b of bookmarks) counts.set(groupOf(b), (counts.get(groupOf(b)) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name, locale));
}
