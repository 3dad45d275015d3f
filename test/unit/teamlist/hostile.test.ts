// Every document in test/fixtures/teamlist/hostile is refused, with a message at the right
// path saying what to fix (expectations.json), and without a single role coming out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTeamList } from '@/lib/teamlist';

const DIR = join(__dirname, '../../fixtures/teamlist/hostile');
const expectations: Record<string, { path: string; message: string; secret?: boolean }> = JSON.parse(
  readFileSync(join(DIR, 'expectations.json'), 'utf8'),
);
const files = readdirSync(DIR).filter((f) => f !== 'expectations.json').sort();

describe('hostile corpus', () => {
  it('has at least 60 documents, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(expectations).sort()).toEqual(files);
  });

  it.each(files)('%s is refused with a precise message', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const result = readTeamList(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const want = expectations[file]!;
    const match = result.problems.find((p) => p.path === want.path && p.message.includes(want.message));
    // On failure, show every problem so the mismatch is obvious.
    expect(match, JSON.stringify(result.problems, null, 2)).toBeDefined();
    if (want.secret) expect(match!.secret).toBe(true);
    expect(result.problems.length).toBeLessThanOrEqual(21);
    for (const p of result.problems) {
      expect(p.message.length).toBeGreaterThan(10);
      expect(p.message.length).toBeLessThan(600); // a huge value is quoted short, never whole
    }
  });
});
