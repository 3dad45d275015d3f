// The popup's list of rows: section and group headers, bookmark rows and history rows.
// Keyboard selection and windowed rendering both read it one row at a time.
import { bookmarkLabel, groupOf, type Bookmark, type BookmarkFields } from '../bookmark';
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
type HeaderRow = Extract<Row, { kind: 'header' }>;

/** Pixel heights, fixed per kind, so positions are arithmetic and nothing is measured. Every
 *  option is as tall as every other: a row's top is a sum of two counts. */
const HEADER_HEIGHT = 26;
const OPTION_HEIGHT = 44;
export const ROW_HEIGHT: Record<Row['kind'], number> = { header: HEADER_HEIGHT, bookmark: OPTION_HEIGHT, history: OPTION_HEIGHT };

export const RECENT_TITLE = 'Recent';

/** A header and the options under it; never empty. */
interface Section {
  header: HeaderRow;
  options: readonly SelectableRow[];
}

/**
 * The popup's rows, read one at a time: a header per section, then its options. Nothing is
 * made per row, so listing 100 000 matches costs what listing their few thousand groups does;
 * where a row sits and which option it is are worked out from two counts when asked.
 */
export class RowList {
  readonly length: number;
  /** How many rows are options (aria-setsize). */
  readonly options: number;
  /** The list's height in pixels. */
  readonly height: number;
  private readonly sections: readonly Section[];
  /** optionsBefore[s]: options in the sections before section s; one more entry for the end. */
  private readonly optionsBefore: Int32Array;

  constructor(sections: readonly Section[]) {
    this.sections = sections;
    this.optionsBefore = new Int32Array(sections.length + 1);
    for (let s = 0; s < sections.length; s++) this.optionsBefore[s + 1] = this.optionsBefore[s]! + sections[s]!.options.length;
    this.options = this.optionsBefore[sections.length]!;
    this.length = sections.length + this.options;
    this.height = sections.length * HEADER_HEIGHT + this.options * OPTION_HEIGHT;
  }

  /** Row i, or undefined outside the list (as an array's `at`, without counting from the end). */
  at(i: number): Row | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const s = this.sectionOf(i);
    const k = i - this.firstRow(s);
    const section = this.sections[s]!;
    return k === 0 ? section.header : section.options[k - 1];
  }

  /** Row i's top in pixels (i ≥ 0); for i = length, the list's height. */
  top(i: number): number {
    if (i >= this.length) return this.height;
    const s = this.sectionOf(i);
    const k = i - this.firstRow(s);
    return this.headerTop(s) + (k === 0 ? 0 : HEADER_HEIGHT + (k - 1) * OPTION_HEIGHT);
  }

  /** Row i's place among the options, from 1 (aria-posinset); 0 for a header. */
  position(i: number): number {
    const s = this.sectionOf(i);
    const k = i - this.firstRow(s);
    return k === 0 ? 0 : this.optionsBefore[s]! + k;
  }

  /** The row that contains pixel y, clamped to the rows there are. */
  rowAt(y: number): number {
    if (this.length === 0) return 0;
    const lo = this.lastSectionWhere((s) => this.headerTop(s) <= y);
    const below = y - this.headerTop(lo) - HEADER_HEIGHT;
    if (below < 0) return this.firstRow(lo);
    return this.firstRow(lo) + 1 + Math.min(this.sections[lo]!.options.length - 1, Math.floor(below / OPTION_HEIGHT));
  }

  /** The index of the row with this key, or -1. */
  indexOfKey(key: string): number {
    for (let s = 0; s < this.sections.length; s++) {
      const section = this.sections[s]!;
      if (section.header.key === key) return this.firstRow(s);
      const k = section.options.findIndex((row) => row.key === key);
      if (k >= 0) return this.firstRow(s) + 1 + k;
    }
    return -1;
  }

  private firstRow(s: number): number {
    return s + this.optionsBefore[s]!;
  }

  private headerTop(s: number): number {
    return s * HEADER_HEIGHT + this.optionsBefore[s]! * OPTION_HEIGHT;
  }

  /** The section row i is in. */
  private sectionOf(i: number): number {
    return this.lastSectionWhere((s) => this.firstRow(s) <= i);
  }

  /** The last section for which `before` holds, or the first section (binary search: `before`
   *  holds for a run of sections from the first). */
  private lastSectionWhere(before: (s: number) => boolean): number {
    let lo = 0;
    let hi = this.sections.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (before(mid)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * Recent roles first (only while not searching), then the groups. A bookmark shown under
 * Recent is left out of its group, so no role appears twice: only the groups of those few
 * bookmarks are copied, each group being found by its name.
 */
export function buildRows(groups: readonly IndexedGroup[], recent: readonly RecentItem[], searching: boolean): RowList {
  const sections: Section[] = [];
  const shownByGroup = new Map<string, Set<string>>();
  if (!searching && recent.length > 0) {
    const options: SelectableRow[] = [];
    for (const item of recent) {
      if (item.bookmark) {
        const group = groupOf(item.bookmark);
        const ids = shownByGroup.get(group) ?? new Set<string>();
        shownByGroup.set(group, ids.add(item.bookmark.id));
        options.push(bookmarkRow(item.bookmark));
      } else options.push({ kind: 'history', key: `h:${item.entry.key}`, entry: item.entry });
    }
    sections.push({ header: { kind: 'header', key: 'section:recent', title: RECENT_TITLE }, options });
  }
  for (const g of groups) {
    const shown = shownByGroup.get(g.name);
    // Each entry is its own row (search.ts): a group is listed as it is, not copied.
    const options = shown ? g.entries.filter((e) => !shown.has(e.bookmark.id)) : g.entries;
    if (options.length > 0) sections.push({ header: { kind: 'header', key: `group:${g.name}`, title: g.name }, options });
  }
  return new RowList(sections);
}

/** The row key of a bookmark, wherever it is listed (it is listed once). */
export function bookmarkKey(id: string): string {
  return `b:${id}`;
}

function bookmarkRow(bookmark: Bookmark): SelectableRow {
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
