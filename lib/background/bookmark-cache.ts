// The bookmarks as the background last read them. Every console page's report needs them for
// its banner's name and colour, and reading the whole store each time put ~250 ms between the
// top bar and the banner with 10 000 bookmarks. Forgotten on every bookmark write
// (store/changes.ts) and on bookmarksChanged, which also comes before the open tabs re-report.
import type { Bookmark } from '../bookmark';
import { onBookmarksChanged } from '../store/changes';
import { listBookmarks } from '../store/bookmarks';
import { db } from '../store/db';

let kept: Promise<Bookmark[]> | null = null;

export function currentBookmarks(): Promise<Bookmark[]> {
  if (kept) return kept;
  const reading = db().then(listBookmarks);
  kept = reading;
  // A failed read is not kept: the next report reads again.
  reading.catch(() => {
    if (kept === reading) kept = null;
  });
  return reading;
}

export function forgetBookmarks(): void {
  kept = null;
}

/** Forgets the bookmarks whenever another page or worker writes them; returns the unsubscribe. */
export function forgetOnEveryWrite(): () => void {
  return onBookmarksChanged(forgetBookmarks);
}
