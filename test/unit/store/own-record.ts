// Test set-up: puts bookmarks straight into the store as the user's own (one record), as a
// database holding them would be, without the store module's checks or announcements.
import type { Bookmark } from '@/lib/bookmark';
import { OWN_KEY, type Db } from '@/lib/store/db';

export async function putOwnBookmarks(db: Db, bookmarks: Bookmark[]): Promise<void> {
  await db.put('own', { id: OWN_KEY, bookmarks });
}

export async function ownBookmarks(db: Db): Promise<Bookmark[]> {
  return (await db.get('own', OWN_KEY))?.bookmarks ?? [];
}
