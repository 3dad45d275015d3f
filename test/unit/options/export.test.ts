// An export as the options page makes it: text, file name, what the user is told.
import { describe, expect, it } from 'vitest';
import type { Bookmark } from '@/lib/bookmark';
import { prepareExport } from '@/lib/options/export';
import { readTeamList } from '@/lib/teamlist';

let n = 0;
const bm = (fields: Partial<Bookmark> & Pick<Bookmark, 'account' | 'roleName'>): Bookmark => ({
  id: `b${++n}`,
  colour: '#1565c0',
  favourite: true,
  createdAt: 1,
  updatedAt: 2,
  ...fields,
});
const DAY = new Date(2026, 2, 9);

describe('prepareExport', () => {
  it('exports the chosen groups, names the file, and reads back as the same roles', () => {
    const made = prepareExport(
      [bm({ account: 'acme', roleName: 'dev', group: 'Dev' }), bm({ account: 'acme', roleName: 'ops', group: 'Ops' })],
      { groups: ['Dev'], name: 'Platform team' },
      DAY,
    );
    expect(made).toMatchObject({ ok: true, fileName: 'switch-roles-platform-team-2026-03-09.json', message: 'Exported 1 role to switch-roles-platform-team-2026-03-09.json.', warning: null });
    if (!made.ok) return;
    const read = readTeamList(made.text);
    expect(read).toMatchObject({ ok: true, doc: { name: 'Platform team' }, roles: [{ account: 'acme', roleName: 'dev', group: 'Dev' }] });
    expect(made.text).not.toMatch(/favourite|createdAt|updatedAt/);
  });

  it('says which bookmarks were left out as naming a role already exported', () => {
    const made = prepareExport([bm({ account: 'acme', roleName: 'dev' }), bm({ account: 'acme', roleName: 'DEV', displayName: 'Copy' })], {}, DAY);
    expect(made).toMatchObject({ ok: true, fileName: 'switch-roles-2026-03-09.json', message: 'Exported 1 role to switch-roles-2026-03-09.json.' });
    if (made.ok) expect(made.warning).toBe('1 bookmark left out: "Copy" (role DEV · account acme) — it names a role already in the export, and a list holds each role once.');
  });

  it("refuses an export the extension could not import again, naming the bookmark", () => {
    const made = prepareExport([bm({ account: 'acme', roleName: 'dev', displayName: 'x'.repeat(65) })], {}, DAY);
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.problems[0]!.path).toMatch(/^roles\[0\]/);
  });
});
