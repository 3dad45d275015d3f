// Windowed rendering maths: which rows a scroll position shows, and where to scroll so a row is
// in view. Pure numbers, no DOM.

/** Where rows sit: top(i) is row i's top in pixels and top(length) the list's height; rowAt(y)
 *  is the row that contains pixel y, clamped to the rows there are (rows.ts, RowList). */
export interface RowGeometry {
  readonly length: number;
  top(i: number): number;
  rowAt(y: number): number;
}

export interface RowRange {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
}

/** The rows visible in a viewport, plus `overscan` rows either side so fast scrolling shows no gaps. */
export function visibleRange(rows: RowGeometry, scrollTop: number, viewportHeight: number, overscan = 4): RowRange {
  const n = rows.length;
  if (n <= 0) return { start: 0, end: 0 };
  const first = rows.rowAt(Math.max(0, scrollTop));
  const last = rows.rowAt(Math.max(0, scrollTop + viewportHeight - 1));
  return { start: Math.max(0, first - overscan), end: Math.min(n, last + 1 + overscan) };
}

/**
 * The scrollTop that brings row `index` fully into view with the least movement; with
 * `leading` > 0 that many rows above it come into view too (a group's header).
 */
export function revealScrollTop(rows: RowGeometry, index: number, scrollTop: number, viewportHeight: number, leading = 0): number {
  if (index < 0 || index >= rows.length) return scrollTop;
  const top = rows.top(Math.max(0, index - leading));
  const bottom = rows.top(index + 1);
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}
