// The preview of an import: what it would add, change, leave alone and (replace) remove, per
// group. Pure: the store applies the plan (lib/store/teamlists.ts).
import { groupOf, roleKey, type Bookmark } from '../bookmark';
import { LIST_FIELDS, type ListField, type ListRole } from './types';

/** merge (the default): add and update, keep roles the document no longer has.
 *  replace: the list becomes exactly the document; roles it no longer has are removed. */
export type ImportMode = 'merge' | 'replace';

export interface RoleChange {
  before: Bookmark;
  after: ListRole;
  /** The list-owned fields that differ, in LIST_FIELDS order. */
  fields: ListField[];
}

export interface GroupPlan {
  /** The group heading: the role's group, else its account (groupOf). */
  name: string;
  added: ListRole[];
  changed: RoleChange[];
  unchanged: Bookmark[];
  /** replace only: in the list, not in the document. */
  removed: Bookmark[];
  /** merge only: in the list, not in the document, and kept. */
  kept: Bookmark[];
}

export interface ImportPlan {
  mode: ImportMode;
  added: ListRole[];
  changed: RoleChange[];
  unchanged: Bookmark[];
  removed: Bookmark[];
  kept: Bookmark[];
  groups: GroupPlan[];
  /** The list's bookmarks the plan was made from (id → updatedAt): applying refuses when the
   *  list changed since, rather than overwrite what the preview did not show. */
  basis: Record<string, number>;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
  }
  return a === b;
}

/** The list-owned fields in which a bookmark differs from a role. */
export function changedFields(before: Bookmark, after: ListRole): ListField[] {
  return LIST_FIELDS.filter((f) => !sameValue(before[f], after[f]));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** existing: the list's bookmarks now (empty for a new list). incoming: the validated roles. */
export function planImport(existing: readonly Bookmark[], incoming: readonly ListRole[], mode: ImportMode = 'merge'): ImportPlan {
  const byKey = new Map<string, Bookmark>();
  for (const b of existing) if (!byKey.has(roleKey(b))) byKey.set(roleKey(b), b);

  const plan: ImportPlan = { mode, added: [], changed: [], unchanged: [], removed: [], kept: [], groups: [], basis: {} };
  const groups = new Map<string, GroupPlan>();
  const group = (name: string) => {
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, added: [], changed: [], unchanged: [], removed: [], kept: [] }));
    return g;
  };

  const matched = new Set<Bookmark>();
  for (const role of incoming) {
    const before = byKey.get(roleKey(role));
    if (!before) {
      plan.added.push(role);
      group(groupOf(role)).added.push(role);
      continue;
    }
    matched.add(before);
    const fields = changedFields(before, role);
    if (fields.length === 0) {
      plan.unchanged.push(before);
      group(groupOf(role)).unchanged.push(before);
    } else {
      const change = { before, after: role, fields };
      plan.changed.push(change);
      group(groupOf(role)).changed.push(change);
    }
  }
  for (const b of existing) {
    plan.basis[b.id] = b.updatedAt;
    if (matched.has(b)) continue;
    const bucket = mode === 'replace' ? 'removed' : 'kept';
    plan[bucket].push(b);
    group(groupOf(b))[bucket].push(b);
  }
  plan.groups = [...groups.values()].sort((a, b) => collator.compare(a.name, b.name));
  return plan;
}

/** True when applying the plan would write nothing. */
export function isEmptyPlan(plan: ImportPlan): boolean {
  return plan.added.length === 0 && plan.changed.length === 0 && plan.removed.length === 0;
}
