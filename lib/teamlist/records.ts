// An import plan as the records to write: new bookmarks get an id and dates; changed ones
// keep the user's (id, createdAt, favourite) and take the list's fields.
import type { Bookmark } from '../bookmark';
import type { ImportPlan } from './diff';
import { LIST_FIELDS, type ListField, type ListRole } from './types';

export interface PlanWrites {
  put: Bookmark[];
  /** Ids of bookmarks to delete (replace mode). */
  remove: string[];
}

export interface RecordOptions {
  listId: string;
  now: number;
  newId: () => string;
}

/** What is the user's about a bookmark: everything but the fields a list owns. */
type UserPart = Omit<Bookmark, ListField>;

/** The bookmark without the list's fields, so a field the list dropped is dropped. */
function userPart(b: Bookmark): UserPart {
  const rest: Partial<Bookmark> = { ...b };
  for (const f of LIST_FIELDS) delete rest[f];
  return rest as UserPart;
}

function withRole(base: UserPart, role: ListRole): Bookmark {
  const b: Bookmark = { ...base, ...role };
  if (role.tags) b.tags = [...role.tags];
  return b;
}

export function planWrites(plan: ImportPlan, { listId, now, newId }: RecordOptions): PlanWrites {
  const put: Bookmark[] = [];
  for (const role of plan.added) {
    put.push(withRole({ id: newId(), favourite: false, listId, createdAt: now, updatedAt: now }, role));
  }
  for (const { before, after } of plan.changed) {
    put.push(withRole({ ...userPart(before), listId, updatedAt: now }, after));
  }
  return { put, remove: plan.removed.map((b) => b.id) };
}
