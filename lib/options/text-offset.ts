// Where a syntax problem's line and column fall in the text: used where the text is, the paste
// box's frame or this page's box, to select what the problem names.

/** The offset in `text` of a 1-based line and column as a syntax problem gives them (lines end
 *  at "\r\n", "\n" or "\r"; a leading byte order mark is not counted), clamped to the text. */
export function offsetOf(text: string, line: number, column: number): number {
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  for (let l = 1; l < line && at < text.length; l++) {
    const n = text.slice(at).search(/\r\n|\n|\r/);
    if (n < 0) return text.length;
    at += n + (text.startsWith('\r\n', at + n) ? 2 : 1);
  }
  return Math.min(at + Math.max(column, 1) - 1, text.length);
}

/** The character a problem at line:column names, as a selection [start, end) of `text`. */
export function selectionAt(text: string, line: number, column = 1): [start: number, end: number] {
  const at = offsetOf(text, line, column);
  return [at, Math.min(at + 1, text.length)];
}
