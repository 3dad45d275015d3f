// Problems and warnings as the options page lists them: one line each, where then what.
import { t } from '../i18n';
import { describeProblem, type Problem } from '../teamlist';

/** describeProblem, with the line and column in front when the message does not already
 *  start with them (a syntax error's does). */
export function problemText(p: Problem): string {
  const text = describeProblem(p);
  if (p.line === undefined) return text;
  const where = p.column === undefined ? t('problem_whereLine', { line: p.line }) : t('problem_where', { line: p.line, column: p.column });
  if (text.startsWith(t('problem_whereLine', { line: p.line }))) return text;
  return t('problem_whereWhat', { where, what: text });
}

/** "1 problem" / "3 problems": the heading over a refused document's list. */
export function problemsHeading(problems: readonly Problem[]): string {
  // capProblems' last line ("…and N more problems") stands for N problems.
  let n = 0;
  for (const p of problems) n += p.more ?? 1;
  return n === 1 ? t('problems_headingOne') : t('problems_heading', { count: n });
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
