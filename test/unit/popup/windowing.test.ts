import { describe, expect, it } from 'vitest';
import { buildRows } from '../../../lib/popup/rows';
import { indexBookmarks } from '../../../lib/popup/search';
import { revealScrollTop, visibleRange } from '../../../lib/popup/windowing';
import { bookmark } from './factories';

function groupsOf(...sizes: number[]) {
  return indexBookmarks(sizes.flatMap((n, g) => Array.from({ length: n }, (_, k) => bookmark({ account: `g${g}`, roleName: `r${k}` }))));
}

describe('windowing', () => {
  // Rows: a header of 26 px, three rows of 44, a header, two rows: tops 0, 26, 70, 114, 158, 184, 228; height 272.
  const rows = buildRows(groupsOf(3, 2), [], false);

  it.each([
    [0, 0],
    [25, 0],
    [26, 1],
    [69, 1],
    [70, 2],
    [271, 6],
    [9999, 6],
    [-5, 0],
  ])('pixel %i is in row %i', (y, row) => expect(rows.rowAt(y)).toBe(row));

  it.each([
    [0, 100, 0, { start: 0, end: 3 }],
    [70, 100, 0, { start: 2, end: 5 }],
    [70, 100, 1, { start: 1, end: 6 }],
    [200, 500, 2, { start: 3, end: 7 }],
  ])('scrollTop %i, viewport %i, overscan %i → %o', (top, viewport, overscan, range) => {
    expect(visibleRange(rows, top, viewport, overscan)).toEqual(range);
  });

  it('renders nothing for no rows', () => {
    expect(visibleRange(buildRows([], [], false), 0, 500)).toEqual({ start: 0, end: 0 });
  });

  it('keeps 5 000 rows to a window of a few dozen', () => {
    // One header, then 5 000 rows of 44 px: row i + 1 starts at 26 + 44 i.
    const big = buildRows(groupsOf(5000), [], false);
    const { start, end } = visibleRange(big, 26 + 44 * 2500, 440, 6);
    expect(start).toBe(2495);
    expect(end).toBe(2517);
  });

  it.each([
    ['a row in view: no scroll', 2, 0, 200, 0, 0],
    ['a row below: scrolls so its bottom is at the bottom', 6, 0, 100, 0, 172],
    ['a row above: scrolls to its top', 1, 150, 100, 0, 26],
    ['with its header: the header comes into view too', 5, 200, 100, 1, 158],
  ])('reveal %s', (_, index, scrollTop, viewport, leading, expected) => {
    expect(revealScrollTop(rows, index, scrollTop, viewport, leading)).toBe(expected);
  });
});
