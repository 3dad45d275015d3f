// What the import preview shows, as plain data: per group, the roles added, changed (which
// fields, from what to what), unchanged, removed (replace) and kept (merge). All text: the
// component renders it as text nodes, never as HTML.
import { bookmarkLabel, type Bookmark } from '../bookmark';
import { t, type MessageKey } from '../i18n';
import { siteName } from '../popup/rows';
import type { ImportMode, ListField, ListRole, Warning } from '../teamlist';
import { originLabel, type PreparedImport } from './import';

export interface RoleLine {
  /** Stable within one preview, for keyed lists. */
  key: string;
  /** The display name, else the role name. */
  label: string;
  /** "role admin · account acme-prod · China". */
  detail: string;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface ChangeLine extends RoleLine {
  /** "display name, colour". */
  fields: string;
  changes: FieldChange[];
}

/** Role lines a preview lists at most: the added, changed and removed lines of every group
 *  share this many, in the order they are shown; a folded part (unchanged, kept) lists up to
 *  this many of its own once unfolded. Totals say how many each part holds. A 20 000-role list
 *  previews at once, and the page is sent only the lines it can show. */
export const PREVIEW_LINES = 200;

export interface GroupView {
  name: string;
  /** How many roles each part holds; its lines are the first of them the preview shows (PREVIEW_LINES). */
  totals: PreviewCounts;
  added: RoleLine[];
  changed: ChangeLine[];
  unchanged: RoleLine[];
  removed: RoleLine[];
  kept: RoleLine[];
}

export interface PreviewCounts {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  kept: number;
}

export interface PreviewView {
  mode: ImportMode;
  /** Worth telling before applying (e.g. that a CLI config's access keys were ignored). */
  warnings: Warning[];
  listName: string;
  /** "Updates your list "X" (3 roles)" or "A new list". */
  listLine: string;
  sourceLine: string;
  counts: PreviewCounts;
  /** "2 added · 1 changed · 3 unchanged". */
  countsLine: string;
  /** Applying would write no role: said in words. */
  nothingToChange: string | null;
  groups: GroupView[];
}

const FIELD_LABELS = {
  account: 'field_account',
  roleName: 'field_roleName',
  displayName: 'field_displayName',
  colour: 'field_colour',
  site: 'field_site',
  group: 'field_group',
  tags: 'field_tags',
  landingUrl: 'field_landingUrl',
} as const satisfies Record<ListField, MessageKey>;

/** A field's name as the preview says it: "display name". */
export function fieldLabel(field: ListField): string {
  return t(FIELD_LABELS[field]);
}

type RoleLike = Pick<Bookmark, 'account' | 'roleName'> & Partial<Pick<Bookmark, 'displayName' | 'site'>>;

export function roleDetail(r: RoleLike): string {
  const parts = [t('preview_detailRole', { role: r.roleName }), t('preview_detailAccount', { account: r.account })];
  if (r.site) parts.push(siteName(r.site));
  return parts.join(' · ');
}

function roleLine(r: RoleLike, key: string): RoleLine {
  return { key, label: bookmarkLabel(r), detail: roleDetail(r) };
}

/** A field's value as the preview shows it. */
export function fieldText(field: ListField, value: unknown): string {
  if (value === undefined || value === null || value === '') return t('preview_none');
  if (field === 'site' && (value === 'cn' || value === 'intl')) return siteName(value);
  if (Array.isArray(value)) return value.length ? value.join(', ') : t('preview_none');
  return String(value);
}

export function previewView(prepared: PreparedImport): PreviewView {
  const { plan, existing, meta } = prepared;
  const counts: PreviewCounts = {
    added: plan.added.length,
    changed: plan.changed.length,
    unchanged: plan.unchanged.length,
    removed: plan.removed.length,
    kept: plan.kept.length,
  };
  const parts = [
    t('preview_countAdded', { count: counts.added }),
    t('preview_countChanged', { count: counts.changed }),
    t('preview_countUnchanged', { count: counts.unchanged }),
  ];
  if (plan.mode === 'replace') parts.push(t('preview_countRemoved', { count: counts.removed }));
  else if (counts.kept > 0) parts.push(t('preview_countKept', { count: counts.kept }));

  const incoming = counts.added + counts.changed + counts.unchanged;
  let nothingToChange: string | null = null;
  if (counts.added + counts.changed + counts.removed === 0) {
    nothingToChange = incoming === 0 ? t('preview_noRoles') : incoming === 1 ? t('preview_nothingOne') : t('preview_nothing', { count: incoming });
  }

  let left = PREVIEW_LINES;
  const listed = <T,>(items: readonly T[]) => {
    const out = items.slice(0, left);
    left -= out.length;
    return out;
  };
  const groups = plan.groups.map((g, gi): GroupView => {
    const k = (what: string, i: number) => `${gi}:${what}:${i}`;
    const first = <T,>(items: readonly T[]) => items.slice(0, PREVIEW_LINES);
    return {
      name: g.name,
      totals: { added: g.added.length, changed: g.changed.length, unchanged: g.unchanged.length, removed: g.removed.length, kept: g.kept.length },
      // The order the preview shows them in: each group's added, changed, removed.
      added: listed(g.added).map((r: ListRole, i) => roleLine(r, k('a', i))),
      changed: listed(g.changed).map((c, i) => ({
        ...roleLine(c.after, k('c', i)),
        fields: c.fields.map(fieldLabel).join(t('list_comma')),
        changes: c.fields.map((f) => ({ field: fieldLabel(f), before: fieldText(f, c.before[f]), after: fieldText(f, c.after[f]) })),
      })),
      unchanged: first(g.unchanged).map((b, i) => roleLine(b, k('u', i))),
      removed: listed(g.removed).map((b, i) => roleLine(b, k('r', i))),
      kept: first(g.kept).map((b, i) => roleLine(b, k('k', i))),
    };
  });

  return {
    mode: plan.mode,
    warnings: prepared.read.warnings,
    listName: meta.name,
    listLine: !existing.list
      ? t('preview_newList')
      : existing.bookmarks.length === 1
        ? t('preview_updatesOne', { name: existing.list.name })
        : t('preview_updates', { name: existing.list.name, count: existing.bookmarks.length }),
    sourceLine: originLabel(prepared),
    counts,
    countsLine: parts.join(' · '),
    nothingToChange,
    groups,
  };
}
