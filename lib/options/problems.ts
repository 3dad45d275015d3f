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
