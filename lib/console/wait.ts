// Waiting by observing: re-check a probe when the DOM changes, until it answers, the deadline
// passes or the signal aborts. Checks are coalesced to one per animation frame (one per timer
// tick in a hidden tab) so a busy console page pays almost nothing.

export interface WaitOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * Resolves with the probe's first non-null answer, or null at the deadline or on abort. A probe
 * that throws counts as no answer (logged): the wait still ends, never leaving a caller hanging.
 */
export function waitFor<T>(doc: Document, unsafeProbe: () => T | null, { timeoutMs, signal }: WaitOptions): Promise<T | null> {
  const probe = (): T | null => {
    try {
      return unsafeProbe();
    } catch (e) {
      console.error('Switch Roles: a page check failed:', e);
      return null;
    }
  };
  const first = probe();
  if (first !== null || signal?.aborted) return Promise.resolve(first);
  const win = doc.defaultView ?? globalThis;
  return new Promise((resolve) => {
    let scheduled = false;
    const finish = (value: T | null) => {
      observer.disconnect();
      win.clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const check = () => {
      scheduled = false;
      const value = probe();
      if (value !== null) finish(value);
    };
    const observer = new (win as typeof globalThis).MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      // Called on `win`, never off it: Firefox's content-script global is not a Window, so an
      // unbound page function throws ("called on an object that does not implement Window").
      // A hidden tab (the user moved on) gets no animation frames in Firefox: a timer then.
      if (typeof win.requestAnimationFrame === 'function' && doc.visibilityState !== 'hidden') win.requestAnimationFrame(check);
      else win.setTimeout(check, 16);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    const timer = win.setTimeout(() => finish(probe()), timeoutMs);
    const onAbort = () => finish(null);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
