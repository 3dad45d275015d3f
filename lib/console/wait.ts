// Waiting by observing: re-check a probe when the DOM changes, until it answers, the deadline
// passes or the signal aborts. Checks are coalesced to one per animation frame (one per timer
// tick in a hidden tab), and a caller that knows which changes can matter (`relevant`) skips
// the probe for all others, so a busy console page pays almost nothing while the answer is not
// there yet.

export interface WaitOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /**
   * A cheap test of an added or changed node: could it be the start of an answer? Until one
   * node passes it, changes do not re-run the probe (and attribute changes are not observed).
   * Once one has, or the page already held one (`relevant(doc.body)`), every change re-runs it,
   * once per frame. Without it, every change does.
   */
  relevant?: (node: Node) => boolean;
}

/**
 * Resolves with the probe's first non-null answer, or null at the deadline or on abort. A probe
 * that throws counts as no answer (logged): the wait still ends, never leaving a caller hanging.
 */
export function waitFor<T>(doc: Document, unsafeProbe: () => T | null, { timeoutMs, signal, relevant }: WaitOptions): Promise<T | null> {
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
  const isRelevant = (node: Node): boolean => {
    try {
      return relevant!(node);
    } catch (e) {
      console.error('Switch Roles: a page check failed:', e);
      return true;
    }
  };
  return new Promise((resolve) => {
    let scheduled = false;
    let armed = !relevant || (doc.body !== null && isRelevant(doc.body));
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
    const matters = (records: MutationRecord[]): boolean => {
      for (const r of records) {
        if (r.type === 'characterData' ? isRelevant(r.target) : [...r.addedNodes].some(isRelevant)) return true;
      }
      return false;
    };
    const observer = new (win as typeof globalThis).MutationObserver((records) => {
      if (scheduled) return;
      if (!armed) {
        if (!matters(records)) return;
        armed = true;
        observe();
      }
      scheduled = true;
      // Called on `win`, never off it: Firefox's content-script global is not a Window, so an
      // unbound page function throws ("called on an object that does not implement Window").
      // A hidden tab (the user moved on) gets no animation frames in Firefox: a timer then.
      if (typeof win.requestAnimationFrame === 'function' && doc.visibilityState !== 'hidden') win.requestAnimationFrame(check);
      else win.setTimeout(check, 16);
    });
    // Observe only what can change the answer: before a relevant node, no attributes.
    const observe = () => observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: armed });
    observe();
    const timer = win.setTimeout(() => finish(probe()), timeoutMs);
    const onAbort = () => finish(null);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
