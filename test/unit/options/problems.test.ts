// How a refused document's problems are listed.
import { describe, expect, it } from 'vitest';
import { problemsHeading, problemText } from '@/lib/options/problems';
import { offsetOf } from '@/lib/options/text-offset';
import { readTeamList } from '@/lib/teamlist';
import { capProblems } from '@/lib/teamlist/problems';

describe('problemText', () => {
  it.each([
    [{ path: 'roles[3].roleName', message: 'Too long.' }, 'roles[3].roleName: Too long.'],
    [{ path: '', message: 'Empty.' }, 'Empty.'],
    // A syntax error's message already starts with its place: not said twice.
    [{ path: '', message: 'Line 3, column 26: unexpected "}".', line: 3, column: 26 }, 'Line 3, column 26: unexpected "}".'],
    // One that does not gets it in front.
    [{ path: 'roles', message: 'Odd.', line: 2, column: 5 }, 'Line 2, column 5: roles: Odd.'],
    [{ path: 'roles', message: 'Odd.', line: 2 }, 'Line 2: roles: Odd.'],
  ])('%j → %s', (problem, text) => {
    expect(problemText(problem)).toBe(text);
  });

  it('gives a real syntax error its line and column once', () => {
    const read = readTeamList('{\n  "version": 1,\n  "roles": [,]\n}');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const text = problemText(read.problems[0]!);
    expect(text).toMatch(/^Line 3, column \d+: /);
    expect(text.match(/Line 3/g)).toHaveLength(1);
  });
});

describe('problemsHeading', () => {
  it.each([
    [1, 'Nothing was imported: the document has 1 problem.'],
    [3, 'Nothing was imported: the document has 3 problems.'],
    [20, 'Nothing was imported: the document has 20 problems.'],
    // Capped: the "…and N more" line stands for N.
    [25, 'Nothing was imported: the document has 25 problems.'],
    [21, 'Nothing was imported: the document has 21 problems.'],
  ])('%i problems', (n, heading) => {
    const problems = capProblems(Array.from({ length: n }, (_, i) => ({ path: `roles[${i}]`, message: 'Bad.' })));
    expect(problemsHeading(problems)).toBe(heading);
  });
});

describe('offsetOf', () => {
  it.each([
    ['abc', 1, 1, 0],
    ['abc', 1, 3, 2],
    ['ab\ncd', 2, 2, 4],
    ['ab\r\ncd', 2, 1, 4],
    ['ab\rcd\nef', 3, 2, 7],
    ['\uFEFFab\ncd', 2, 1, 4],
    ['ab', 5, 1, 2],
    ['ab', 1, 99, 2],
  ])('%j line %i column %i → %i', (text, line, column, offset) => {
    expect(offsetOf(text, line, column)).toBe(offset);
  });

  it.each([
    '{\n  "version": 1,\n  "roles": [\n    { "account": "x", "roleName": "y", }\n  ]\n}',
    '{\r\n  "version": 1,\r\n  "roles": [,]\r\n}',
    '\uFEFF{\n  "version": 1\n  "roles": []\n}',
    '{"version": 1, "roles": ["unterminated]}',
  ])('points at what the syntax problem names (%#)', (text) => {
    const read = readTeamList(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const p = read.problems[0]!;
    const at = offsetOf(text, p.line!, p.column!);
    const body = text.replace(/^\uFEFF/, '');
    const before = body.slice(0, at - (text.length - body.length));
    const lines = before.split(/\r\n|\n|\r/);
    expect([lines.length, lines.at(-1)!.length + 1]).toEqual([p.line, p.column]);
  });
});
