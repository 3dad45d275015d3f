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
