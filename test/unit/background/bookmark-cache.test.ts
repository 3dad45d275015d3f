// The background keeps the bookmarks it reads for banners, and forgets them after any write:
// one made in another page (announced on the store's side) or said by bookmarksChanged.
import { describe, expect, it } from 'vitest';
import { currentBookmarks, forgetBookmarks, forgetOnEveryWrite } from '@/lib/background/bookmark-cache';
import { addBookmark, deleteBookmark } from '@/lib/store/bookmarks';
import { onBookmarksChanged } from '@/lib/store/changes';
import { applyImport } from '@/lib/store/teamlists';
import { listMetaOf, planImport, readTeamList } from '@/lib/teamlist';
import { db } from '@/lib/store/db';

const devops = { account: 'company1', roleName: 'devops', displayName: 'Prod', colour: '#d32f2f', favourite: false };
const roleNames = async () => (await currentBookmarks()).map((b) => b.roleName).sort();
/** Resolves after the next announced write has reached this context (as it reaches the background). */
const nextWrite = () =>
  new Promise<void>((resolve) => {
    const stop = onBookmarksChanged(() => {
      stop();
      resolve();
    });
  });

describe('the background’s bookmarks', () => {
  it('reads the store once, until a write anywhere makes it forget', async () => {
    const stop = forgetOnEveryWrite();
    try {
      const saved = await addBookmark(await db(), devops);
      expect(await roleNames()).toEqual(['devops']);
      expect(currentBookmarks()).toBe(currentBookmarks());

      let written = nextWrite();
      await addBookmark(await db(), { ...devops, roleName: 'reader' });
      await written;
      expect(await roleNames()).toEqual(['devops', 'reader']);

      written = nextWrite();
      await deleteBookmark(await db(), saved.id);
      await written;
      expect(await roleNames()).toEqual(['reader']);

      written = nextWrite();
      const read = readTeamList(JSON.stringify({ version: 1, name: 'Team', roles: [{ account: 'company2', roleName: 'billing' }] }));
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      await applyImport(await db(), planImport([], read.roles), listMetaOf(read, { kind: 'file', fileName: 'team.json' }));
      await written;
      expect(await roleNames()).toEqual(['billing', 'reader']);
    } finally {
      stop();
    }
  });

  it('forgets when told (bookmarksChanged), without waiting for an announcement', async () => {
    const before = currentBookmarks();
    await before;
    forgetBookmarks();
    expect(currentBookmarks()).not.toBe(before);
  });
});
