// Problems and warnings as the options page lists them: one line each, where then what.
import { describeProblem, type Problem } from '../teamlist';

/** describeProblem, with the line and column in front when the message does not already
 *  start with them (a syntax error's does). */
export function problemText(p: Problem): string {
  const text = describeProblem(p);
  if (p.line === undefined || text.startsWith(`Line ${p.line}`)) return text;
  return `Line ${p.line}${p.column === undefined ? '' : `, column ${p.column}`}: ${text}`;
}

/** "1 problem" / "3 problems": the heading over a refused document's list. */
export function problemsHeading(problems: readonly Problem[]): string {
  // capProblems' last line ("…and N more problems") stands for N problems.
  let n = 0;
  for (const p of problems) {
    const more = /^…and (\d+) more problem/.exec(p.message);
    n += more && !p.path ? Number(more[1]) : 1;
  }
  return `Nothing was imported: the document has ${n} ${n === 1 ? 'problem' : 'problems'}.`;
}

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
