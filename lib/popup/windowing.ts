// Windowed rendering maths: where each row sits, which rows a scroll position shows, and
// where to scroll so a row is in view. Pure numbers, no DOM.

/** Row tops in pixels: offsets[i] is the top of row i; offsets[n] is the total height
 *  (rows.ts, layoutRows). */
export type Offsets = ArrayLike<number>;

/** The row that contains pixel `y` (binary search); clamped to the rows there are. */
export function rowAt(offsets: Offsets, y: number): number {
  const n = offsets.length - 1;
  if (n <= 0) return 0;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface RowRange {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
}

/** The rows visible in a viewport, plus `overscan` rows either side so fast scrolling shows no gaps. */
export function visibleRange(offsets: Offsets, scrollTop: number, viewportHeight: number, overscan = 4): RowRange {
  const n = offsets.length - 1;
  if (n <= 0) return { start: 0, end: 0 };
  const first = rowAt(offsets, Math.max(0, scrollTop));
  const last = rowAt(offsets, Math.max(0, scrollTop + viewportHeight - 1));
  return { start: Math.max(0, first - overscan), end: Math.min(n, last + 1 + overscan) };
}

/**
 * The scrollTop that brings row `index` fully into view with the least movement; with
 * `leading` > 0 that many rows above it come into view too (a group's header).
 */
export function revealScrollTop(offsets: Offsets, index: number, scrollTop: number, viewportHeight: number, leading = 0): number {
  const top = offsets[Math.max(0, index - leading)];
  const bottom = offsets[index + 1];
  if (top === undefined || bottom === undefined) return scrollTop;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}
