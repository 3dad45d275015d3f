// Moving the keyboard selection through the rows: headers are skipped, the ends stop it.
import { isSelectable, type Row } from './rows';

/** Rows read one at a time: a RowList, or an array. */
export interface RowSequence {
  readonly length: number;
  at(i: number): Row | undefined;
}

export type Move = 'next' | 'previous' | 'first' | 'last' | 'pageDown' | 'pageUp';

/** The key that moves the selection, or null for any other key. */
export function moveForKey(key: string): Move | null {
  switch (key) {
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'PageDown':
      return 'pageDown';
    case 'PageUp':
      return 'pageUp';
    default:
      return null;
  }
}

/** The first selectable row at or after `from` (step 1) or at or before it (step -1), or -1. */
export function selectableFrom(rows: RowSequence, from: number, step: 1 | -1): number {
  for (let i = from; i >= 0 && i < rows.length; i += step) if (isSelectable(rows.at(i))) return i;
  return -1;
}

/**
 * The row index the selection moves to; `current` is -1 when nothing is selected.
 * `page` is how many rows PageUp/PageDown move. Returns -1 only when no row is selectable.
 */
export function moveSelection(rows: RowSequence, current: number, move: Move, page = 10): number {
  const last = rows.length - 1;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  let found: number;
  switch (move) {
    case 'first':
      return selectableFrom(rows, 0, 1);
    case 'last':
      return selectableFrom(rows, last, -1);
    case 'next':
      if (current < 0) return selectableFrom(rows, 0, 1);
      found = selectableFrom(rows, current + 1, 1);
      return found < 0 ? current : found;
    case 'previous':
      if (current < 0) return selectableFrom(rows, last, -1);
      found = selectableFrom(rows, current - 1, -1);
      return found < 0 ? current : found;
    case 'pageDown':
      found = selectableFrom(rows, clamp(current + page), 1);
      return found < 0 ? selectableFrom(rows, last, -1) : found;
    case 'pageUp':
      found = selectableFrom(rows, clamp(current - page), -1);
      return found < 0 ? selectableFrom(rows, 0, 1) : found;
  }
}
