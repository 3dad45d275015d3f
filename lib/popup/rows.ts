// The popup's list as one flat array of rows: section and group headers, bookmark rows and
// history rows. Keyboard selection and windowed rendering both work on this array.
import { bookmarkLabel, type Bookmark, type BookmarkFields } from '../bookmark';
import { t } from '../i18n';
import type { Site } from '../console/hosts';
import type { HistoryEntry } from '../history';
import type { SwitchTarget } from '../switch/types';
import type { RecentItem } from './recent';
import type { IndexedGroup } from './search';

export type Row =
  | { kind: 'header'; key: string; title: string }
  | { kind: 'bookmark'; key: string; bookmark: Bookmark }
  | { kind: 'history'; key: string; entry: HistoryEntry };

export type SelectableRow = Exclude<Row, { kind: 'header' }>;

/** Pixel heights, fixed per kind, so positions are arithmetic and nothing is measured. */
export const ROW_HEIGHT: Record<Row['kind'], number> = { header: 26, bookmark: 44, history: 44 };

export const RECENT_TITLE = 'Recent';

/** Where the rows sit and which option each is: offsets[i] is row i's top and offsets[n] the
 *  list's height; position[i] is row i's place among the options (aria-posinset), 0 for a
 *  header. Typed arrays, which the collector never walks. */
export interface RowLayout {
  offsets: Float64Array;
  position: Int32Array;
  options: number;
}

/** One pass over the rows: after a keystroke there may be 100 000 of them, in code not yet
 *  optimised, so no callback per row and no second pass. */
export function layoutRows(rows: readonly Row[]): RowLayout {
  const offsets = new Float64Array(rows.length + 1);
  const position = new Int32Array(rows.length);
  let y = 0;
  let options = 0;
  for (let i = 0; i < rows.length; i++) {
    offsets[i] = y;
    const kind = rows[i]!.kind;
    y += ROW_HEIGHT[kind];
    if (kind !== 'header') position[i] = ++options;
  }
  offsets[rows.length] = y;
  return { offsets, position, options };
}

/**
 * Recent roles first (only while not searching), then the groups. A bookmark shown under
 * Recent is left out of its group, so no role appears twice.
 */
export function buildRows(groups: readonly IndexedGroup[], recent: readonly RecentItem[], searching: boolean): Row[] {
  const rows: Row[] = [];
  const shown = new Set<string>();
  if (!searching && recent.length > 0) {
    rows.push({ kind: 'header', key: 'section:recent', title: RECENT_TITLE });
    for (const item of recent) {
      if (item.bookmark) {
        shown.add(item.bookmark.id);
        rows.push(bookmarkRow(item.bookmark));
      } else rows.push({ kind: 'history', key: `h:${item.entry.key}`, entry: item.entry });
    }
  }
  for (const g of groups) {
    // The header first, taken back if Recent already shows all its rows: never a splice, which
    // moves every row after it (thousands of groups × thousands of rows).
    rows.push({ kind: 'header', key: `group:${g.name}`, title: g.name });
    const header = rows.length;
    // Each entry is its own row (search.ts): nothing is made per bookmark here.
    if (shown.size === 0) for (const e of g.entries) rows.push(e);
    else for (const e of g.entries) if (!shown.has(e.bookmark.id)) rows.push(e);
    if (rows.length === header) rows.pop();
  }
  return rows;
}

/** The row key of a bookmark, wherever it is listed (it is listed once). */
export function bookmarkKey(id: string): string {
  return `b:${id}`;
}

function bookmarkRow(bookmark: Bookmark): Row {
  return { kind: 'bookmark', key: bookmarkKey(bookmark.id), bookmark };
}

export function isSelectable(row: Row | undefined): row is SelectableRow {
  return row !== undefined && row.kind !== 'header';
}

export function rowLabel(row: SelectableRow): string {
  return row.kind === 'bookmark' ? bookmarkLabel(row.bookmark) : row.entry.roleName;
}

/** What startSwitch is asked to switch to for a row. */
export function targetOf(row: SelectableRow): SwitchTarget {
  if (row.kind === 'history') {
    const e = row.entry;
    return { account: e.account, roleName: e.roleName, site: e.site, label: e.roleName };
  }
  const b = row.bookmark;
  const target: SwitchTarget = { account: b.account, roleName: b.roleName, label: bookmarkLabel(b), colour: b.colour, bookmarkId: b.id };
  if (b.site) target.site = b.site;
  if (b.landingUrl) target.landingUrl = b.landingUrl;
  return target;
}

/** What startSwitch is asked to switch to for a role typed in the form and not saved. */
export function targetOfFields(f: BookmarkFields): SwitchTarget {
  const target: SwitchTarget = { account: f.account, roleName: f.roleName, label: bookmarkLabel(f), colour: f.colour };
  if (f.site) target.site = f.site;
  return target;
}

/** "China" or "International", in the UI language. */
export function siteName(site: Site): string {
  return site === 'cn' ? t('site_cn') : t('site_intl');
}
