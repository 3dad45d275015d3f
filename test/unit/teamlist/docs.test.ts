// The example in docs/team-list-format.md is the one the tests read, and it is accepted.
// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTeamList } from '@/lib/teamlist';

const ROOT = join(__dirname, '../../..');

describe('docs/team-list-format.md', () => {
  const markdown = readFileSync(join(ROOT, 'docs/team-list-format.md'), 'utf8');
  const example = /```json\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';

  it('shows the good fixture full-example.json as its example', () => {
    expect(example).toBe(readFileSync(join(ROOT, 'test/fixtures/teamlist/good/full-example.json'), 'utf8'));
    expect(readTeamList(example).ok).toBe(true);
  });
});
