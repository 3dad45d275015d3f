// Export: the format, the order, the chosen groups; and export then import gives back the
// same bookmarks (a property over generated lists).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roleKey, type Bookmark } from '@/lib/bookmark';
import { exportTeamList, planImport, readTeamList } from '@/lib/teamlist';
import { planWrites } from '@/lib/teamlist/records';
import { LIST_FIELDS } from '@/lib/teamlist/types';
import { bookmarks } from './arbitraries';

const b = (over: Partial<Bookmark>): Bookmark => ({
  id: crypto.randomUUID(),
  account: 'acme',
  roleName: 'dev',
  colour: '#1565c0',
  favourite: false,
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

const exported = (list: Bookmark[], options = {}) => {
  const r = exportTeamList(list, options);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};

/** The fields a list carries, by role: what must survive a round trip. */
const listFields = (list: readonly Bookmark[]) =>
  Object.fromEntries(list.map((x) => [roleKey(x), Object.fromEntries(LIST_FIELDS.filter((f) => x[f] !== undefined).map((f) => [f, x[f]]))]));

describe('exportTeamList', () => {
  it('writes the documented format: keys in order, pretty, no user-only fields', () => {
    const text = exported(
      [b({ displayName: 'Prod', group: 'G', tags: ['t'], site: 'cn', landingUrl: 'https://ecs.console.aliyun.com/', favourite: true, listId: 'L' })],
      { name: 'Team', source: 'repo:roles.json' },
    ).text;
    expect(text).toBe(`{
  "version": 1,
  "name": "Team",
  "source": "repo:roles.json",
  "roles": [
    {
      "account": "acme",
      "roleName": "dev",
      "displayName": "Prod",
      "colour": "#1565c0",
      "site": "cn",
      "group": "G",
      "tags": [
        "t"
      ],
      "landingUrl": "https://ecs.console.aliyun.com/"
    }
  ]
}
`);
  });

  it('orders roles by group, account, role and site, whatever order they came in', () => {
    const list = [b({ account: 'zeta' }), b({ group: 'B', roleName: 'y' }), b({ group: 'B', roleName: 'x' }), b({ account: 'alpha', site: 'intl' }), b({ account: 'alpha', site: 'cn' })];
    const order = (l: Bookmark[]) => exported(l).doc.roles.map((r) => `${r.group ?? ''}/${r.account}/${r.roleName}/${r.site ?? ''}`);
    expect(order(list)).toEqual(['B/acme/x/', 'B/acme/y/', '/alpha/dev/cn', '/alpha/dev/intl', '/zeta/dev/']);
    expect(order([...list].reverse())).toEqual(order(list));
  });

  it('exports only the chosen groups (a role without a group is in its account)', () => {
    const list = [b({ group: 'Prod' }), b({ roleName: 'ops', group: 'Dev' }), b({ account: 'solo' })];
    expect(exported(list, { groups: ['Prod', 'solo'] }).doc.roles.map((r) => r.group ?? r.account)).toEqual(['Prod', 'solo']);
  });

  it('leaves out a second bookmark of the same role, and says so', () => {
    const own = b({ displayName: 'Mine' });
    const fromList = b({ account: 'acme.onaliyun.com', roleName: 'DEV', listId: 'L' });
    const r = exported([own, fromList]);
    expect(r.doc.roles).toHaveLength(1);
    expect(r.duplicatesLeftOut).toEqual([fromList]);
  });

  it('refuses a bookmark the format cannot carry, naming it', () => {
    const r = exportTeamList([b({ displayName: 'Fine' }), b({ roleName: 'x', landingUrl: 'http://example.com/' })]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/^Bookmark "x" \(acme\) cannot be exported: roles\[1\]\.landingUrl: /);
  });
});

describe('export then import', () => {
  it('gives back the same bookmarks, and exports to the same text again', () => {
    fc.assert(
      fc.property(bookmarks(), fc.option(fc.constantFrom('Team', 'Équipe <b>1</b>'), { nil: undefined }), (list, name) => {
        const { text } = exported(list, { name });
        const read = readTeamList(text);
        if (!read.ok) throw new Error(JSON.stringify(read.problems));
        const plan = planImport([], read.roles, 'merge');
        const imported = planWrites(plan, { listId: 'L', now: 5, newId: () => crypto.randomUUID() }).put;
        expect(listFields(imported)).toEqual(listFields(list));
        expect(read.doc.name).toBe(name);
        expect(exported(imported, { name }).text).toBe(text);
        // Importing the same text again into that list changes nothing.
        expect(planImport(imported, read.roles, 'replace')).toMatchObject({ added: [], changed: [], removed: [] });
      }),
      { numRuns: 300 },
    );
  });
});
