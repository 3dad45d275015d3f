// Keeps the banner in the page when the console's app replaces the body's children (or the
// body itself). Only the body's and the root element's own children are watched, never the
// whole page: a console that keeps changing its content costs nothing here.

export function keepInPage(doc: Document, isAttached: () => boolean, reattach: () => void, signal: AbortSignal): void {
  const win = doc.defaultView ?? globalThis;
  const observer = new (win as typeof globalThis).MutationObserver(() => {
    if (isAttached()) return;
    reattach();
    watch(); // the body may be a new one
  });
  const watch = () => {
    observer.disconnect();
    observer.observe(doc.documentElement, { childList: true });
    if (doc.body) observer.observe(doc.body, { childList: true });
  };
  if (signal.aborted) return;
  watch();
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
