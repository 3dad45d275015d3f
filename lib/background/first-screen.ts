// Keeps the popup's first screen in step with the store after a change made outside the popup
// (an import or a removed list on the options page): the options page says bookmarksChanged,
// and the background, which has no screen to keep responsive, reads the whole store here.
import { browser } from 'wxt/browser';
import { firstScreenOfStore, firstScreenStore, FIRST_SCREEN_HISTORY, type FirstScreenStore } from '../popup/first-screen';
import { listBookmarks } from '../store/bookmarks';
import { db as sharedDb, type Db } from '../store/db';
import { listHistory } from '../store/history';

let store: FirstScreenStore | undefined;

/** Writes the first screen of what is stored now. Never throws: the popup then reads the whole store. */
export async function refreshFirstScreen(db: () => Promise<Db> = sharedDb, to: FirstScreenStore = (store ??= firstScreenStore(browser.storage.local))): Promise<void> {
  try {
    const d = await db();
    const [bookmarks, history] = await Promise.all([listBookmarks(d), listHistory(d, FIRST_SCREEN_HISTORY)]);
    await to.write(firstScreenOfStore(bookmarks, history));
  } catch (e) {
    console.error('Switch Roles: could not keep the popup\'s first screen:', e);
  }
}
