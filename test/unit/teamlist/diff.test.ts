// The import preview: added, changed (which fields), unchanged, removed (replace) or kept
// (merge), per group.
import { describe, expect, it } from 'vitest';
import type { Bookmark } from '@/lib/bookmark';
import { changedFields, isEmptyPlan, planImport, type ImportMode } from '@/lib/teamlist/diff';
import { planWrites } from '@/lib/teamlist/records';
import type { ListRole } from '@/lib/teamlist/types';

const bookmark = (over: Partial<Bookmark>): Bookmark => ({
  id: `id-${over.account ?? 'acme'}-${over.roleName ?? 'dev'}`,
  account: 'acme',
  roleName: 'dev',
  colour: '#1565c0',
  favourite: false,
  listId: 'L1',
  createdAt: 1,
  updatedAt: 2,
  ...over,
});
const role = (over: Partial<ListRole>): ListRole => ({ account: 'acme', roleName: 'dev', colour: '#1565c0', ...over });

type Row = {
  name: string;
  existing: Bookmark[];
  incoming: ListRole[];
  mode: ImportMode;
  want: { added: string[]; changed: string[]; unchanged: string[]; removed: string[]; kept: string[] };
};
const label = (r: { account: string; roleName: string }) => `${r.account}/${r.roleName}`;
const none = { added: [], changed: [], unchanged: [], removed: [], kept: [] };

const rows: Row[] = [
  { name: 'a new list: everything is added', existing: [], incoming: [role({}), role({ roleName: 'ops' })], mode: 'merge', want: { ...none, added: ['acme/dev', 'acme/ops'] } },
  { name: 'the same list again: nothing changes', existing: [bookmark({})], incoming: [role({})], mode: 'merge', want: { ...none, unchanged: ['acme/dev'] } },
  { name: 'a new colour is a change', existing: [bookmark({})], incoming: [role({ colour: '#d32f2f' })], mode: 'merge', want: { ...none, changed: ['acme/dev'] } },
  { name: 'merge keeps roles the document dropped', existing: [bookmark({}), bookmark({ roleName: 'ops' })], incoming: [role({})], mode: 'merge', want: { ...none, unchanged: ['acme/dev'], kept: ['acme/ops'] } },
  { name: 'replace removes them', existing: [bookmark({}), bookmark({ roleName: 'ops' })], incoming: [role({})], mode: 'replace', want: { ...none, unchanged: ['acme/dev'], removed: ['acme/ops'] } },
  { name: 'replace with an empty document removes all', existing: [bookmark({}), bookmark({ roleName: 'ops' })], incoming: [], mode: 'replace', want: { ...none, removed: ['acme/dev', 'acme/ops'] } },
  // Identity is roleKey: site, account key (alias = its default domain), role name in any case.
  { name: 'the default domain names the same account', existing: [bookmark({})], incoming: [role({ account: 'acme.onaliyun.com', roleName: 'DEV' })], mode: 'merge', want: { ...none, changed: ['acme.onaliyun.com/DEV'] } },
  { name: 'another site is another role', existing: [bookmark({ site: 'cn' })], incoming: [role({ site: 'intl' })], mode: 'replace', want: { ...none, added: ['acme/dev'], removed: ['acme/dev'] } },
];

describe('planImport', () => {
  it.each(rows)('$name', ({ existing, incoming, mode, want }) => {
    const plan = planImport(existing, incoming, mode);
    expect({
      added: plan.added.map(label),
      changed: plan.changed.map((c) => label(c.after)),
      unchanged: plan.unchanged.map(label),
      removed: plan.removed.map(label),
      kept: plan.kept.map(label),
    }).toEqual(want);
  });

  it('merges by default', () => {
    expect(planImport([bookmark({})], []).mode).toBe('merge');
    expect(planImport([bookmark({})], []).removed).toEqual([]);
  });

  it.each([
    [{}, {}, []],
    [{ displayName: 'Dev' }, {}, ['displayName']],
    [{}, { group: 'Prod', tags: ['x'] }, ['group', 'tags']],
    [{ tags: ['a', 'b'] }, { tags: ['b', 'a'] }, ['tags']],
    [{ tags: ['a'] }, { tags: ['a'] }, []],
    [{ site: 'cn', landingUrl: 'https://ecs.console.aliyun.com/' }, { site: 'cn' }, ['landingUrl']],
    [{ favourite: true, createdAt: 99 }, {}, []], // the user's own fields are not the list's
  ] as [Partial<Bookmark>, Partial<ListRole>, string[]][])('changedFields(%j, %j) = %j', (b, r, fields) => {
    expect(changedFields(bookmark(b), role(r))).toEqual(fields);
  });

  it('groups by the group, else the account, sorted; a removed role under its old group', () => {
    const plan = planImport(
      [bookmark({ roleName: 'old', group: 'Legacy' }), bookmark({ roleName: 'ops', group: 'Prod' })],
      [role({ group: 'Prod' }), role({ roleName: 'ops', group: 'Prod', colour: '#000000' }), role({ account: 'beta', roleName: 'x' })],
      'replace',
    );
    expect(plan.groups.map((g) => [g.name, g.added.length, g.changed.length, g.unchanged.length, g.removed.length])).toEqual([
      ['beta', 1, 0, 0, 0],
      ['Legacy', 0, 0, 0, 1],
      ['Prod', 1, 1, 0, 0],
    ]);
  });

  it('records the list it was made from', () => {
    expect(planImport([bookmark({ id: 'a', updatedAt: 5 })], []).basis).toEqual({ a: 5 });
  });

  it('knows when there is nothing to write', () => {
    expect(isEmptyPlan(planImport([bookmark({})], [role({})]))).toBe(true);
    expect(isEmptyPlan(planImport([bookmark({})], [], 'merge'))).toBe(true);
    expect(isEmptyPlan(planImport([bookmark({})], [], 'replace'))).toBe(false);
  });
});

describe('planWrites', () => {
  const options = { listId: 'L1', now: 1000, newId: () => 'new-id' };

  it('gives new bookmarks an id, dates, the list, and no favourite', () => {
    const { put } = planWrites(planImport([], [role({ group: 'G' })]), options);
    expect(put).toEqual([{ id: 'new-id', account: 'acme', roleName: 'dev', colour: '#1565c0', group: 'G', favourite: false, listId: 'L1', createdAt: 1000, updatedAt: 1000 }]);
  });

  it("keeps a changed bookmark's id, createdAt and favourite, and drops fields the list dropped", () => {
    const before = bookmark({ id: 'keep', favourite: true, createdAt: 7, group: 'Old', displayName: 'Old name', tags: ['t'] });
    const { put } = planWrites(planImport([before], [role({ displayName: 'New name' })]), options);
    expect(put).toEqual([{ id: 'keep', account: 'acme', roleName: 'dev', colour: '#1565c0', displayName: 'New name', favourite: true, listId: 'L1', createdAt: 7, updatedAt: 1000 }]);
  });

  it('deletes what replace removes, and writes nothing for unchanged roles', () => {
    const plan = planImport([bookmark({ id: 'same' }), bookmark({ id: 'gone', roleName: 'ops' })], [role({})], 'replace');
    expect(planWrites(plan, options)).toEqual({ put: [], remove: ['gone'] });
  });
});
