// Every committed bookmark write says so to the extension's other pages and its background, on
// the store's side, so no writer can forget: the background keeps the bookmarks it reads for
// the banners (background/bookmark-cache.ts) and forgets them when this comes.
const CHANNEL = 'switch-roles:bookmarks-changed';

export function announceBookmarksChanged(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(null);
  channel.close();
}

/** Calls `listener` after each bookmark write in another page or worker; returns the unsubscribe. */
export function onBookmarksChanged(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
