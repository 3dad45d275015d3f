// Validation results beyond the hostile corpus: which problems are shown, and how many.
import { describe, expect, it } from 'vitest';
import { validateDocument } from '@/lib/teamlist/validate';

const problemsOf = (value: unknown) => {
  const r = validateDocument(value);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
};

describe('validateDocument', () => {
  it('reports only the version when the version is wrong: the rest may be a newer format', () => {
    expect(problemsOf({ version: 2, roles: [{ newField: 1 }], extra: true })).toEqual([
      { path: 'version', message: expect.stringContaining('format version 2') },
    ]);
  });

  it('reports every problem of a role at once', () => {
    const paths = problemsOf({ version: 1, roles: [{ account: 'A', roleName: '!', colour: 'red', site: 'eu' }] }).map((p) => p.path);
    expect(paths).toEqual(['roles[0].account', 'roles[0].roleName', 'roles[0].colour', 'roles[0].site']);
  });

  it('shows at most 20 problems and counts the rest', () => {
    const roles = Array.from({ length: 50 }, () => ({ account: 'BAD', roleName: 'ok' }));
    const problems = problemsOf({ version: 1, roles });
    expect(problems).toHaveLength(21);
    expect(problems[20]!.message).toContain('30 more problems');
  });

  // How fast: `npm run bench` measures (no timing assertion in a test on a shared machine).
  it('explains a flood of errors in a capped list', () => {
    const roles = Array.from({ length: 5000 }, (_, i) => ({ account: `BAD_${i}`, roleName: '!', colour: 'x', site: 'y', landingUrl: 'http://x', extra: 1 }));
    expect(problemsOf({ version: 1, roles })).toHaveLength(21);
  });

  it('stays linear on a huge number of bad roles (one validator function, no error merging)', async () => {
    const { readTeamList } = await import('@/lib/teamlist');
    const text = `{"version": 1, "roles": [${Array(300_000).fill('{}').join(',')}]}`;
    const r = readTeamList(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ path: 'roles', message: 'The list has 300000 roles; a team list holds at most 20000. Split it into several lists.' }]);
  });

  it('reports all duplicates, each naming the first', () => {
    const role = { account: 'acme', roleName: 'dev' };
    expect(problemsOf({ version: 1, roles: [role, role, { ...role, roleName: 'ops' }, role] }).map((p) => p.message)).toEqual([
      'roles[1] repeats roles[0]: both are account "acme", role "dev". Remove one.',
      'roles[3] repeats roles[0]: both are account "acme", role "dev". Remove one.',
    ]);
  });

  it('does not take the same role on two sites, or two roles of an account, for duplicates', () => {
    const r = validateDocument({
      version: 1,
      roles: [
        { account: 'acme', roleName: 'dev', site: 'cn' },
        { account: 'acme', roleName: 'dev', site: 'intl' },
        { account: 'acme', roleName: 'dev' },
        { account: 'acme', roleName: 'ops' },
      ],
    });
    expect(r.ok).toBe(true);
  });

  it('turns tags into a trimmed list without repeats, and drops empty text', () => {
    const r = validateDocument({ version: 1, roles: [{ account: 'acme', roleName: 'dev', displayName: '   ', tags: [' a', 'a ', '  '] }] });
    expect(r.ok && r.roles[0]).toEqual({ account: 'acme', roleName: 'dev', colour: '#1565c0', tags: ['a'] });
  });
});

describe('the role limit', () => {
  it('is the schema\'s maxItems', async () => {
    const { MAX_ROLES } = await import('@/lib/teamlist/limits');
    const schema = (await import('@/lib/teamlist/schema.json')).default as { properties: { roles: { maxItems: number } } };
    expect(schema.properties.roles.maxItems).toBe(MAX_ROLES);
  });

  it('accepts a list of exactly 20 000 roles, and refuses one more', async () => {
    const { readTeamList } = await import('@/lib/teamlist');
    const doc = (n: number) => JSON.stringify({ version: 1, roles: Array.from({ length: n }, (_, i) => ({ account: 'acme', roleName: `r${i}` })) });
    const ok = readTeamList(doc(20_000));
    expect(ok.ok && ok.roles.length).toBe(20_000);
    const refused = readTeamList(doc(20_001));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0]!.message).toContain('holds at most 20000');
  });
});
