// Waiting by observing: re-check a probe when the DOM changes, until it answers, the deadline
// passes or the signal aborts. Checks are coalesced to one per animation frame (one per timer
// tick in a hidden tab), and a caller that knows which changes can matter (`relevant`) skips
// the probe for all others, so a busy console page pays almost nothing while the answer is not
// there yet.

export interface WaitOptions<T = unknown> {
  timeoutMs: number;
  signal?: AbortSignal;
  /**
   * A cheap test of a node: could it hold (part of) an answer? A change re-runs the probe only
   * when it adds a node that passes, or happens inside a small block that passes (a value filled
   * in next to its label: see `nearRelevant`). Attribute changes (a menu shown) are observed once
   * the page holds anything that passes. Without it, every change re-runs the probe.
   */
  relevant?: (node: Node) => boolean;
  /** Only changes inside this node can change the answer, while it is in the page (a bar
   *  already read, watched for changes): others are passed over without looking at them, and
   *  those inside still go through `relevant`. */
  within?: Node;
  /**
   * An answer counts only once no relevant change has come for `ms`: a page that draws its answer
   * in stages (a label, then its value, then the next row) is read when drawn, never halfway.
   * A relevant change has the page read `ms` after it (not sooner: a read then would only be
   * read again), and again while changes keep coming. A page that never goes quiet (a bar
   * redrawn every frame) gets its answer once it has read the same (`same`) for `patienceMs`.
   */
  settle?: { ms: number; patienceMs: number; same: (a: T, b: T) => boolean };
  /** The caller has just read the page and the probe would answer null now: only a change
   *  can bring an answer, so the page is not read before one comes. */
  answersNullNow?: boolean;
}

/** Runs `fn` at the page's next animation frame (a timer in a hidden tab). */
function onNextFrame(doc: Document, fn: () => void): void {
  const win = doc.defaultView ?? globalThis;
  // Called on `win`, never off it: Firefox's content-script global is not a Window, so an
  // unbound page function throws ("called on an object that does not implement Window").
  // A hidden tab (the user moved on) gets no animation frames in Firefox: a timer then.
  if (typeof win.requestAnimationFrame === 'function' && doc.visibilityState !== 'hidden') win.requestAnimationFrame(fn);
  else win.setTimeout(fn, 16);
}

/** How far up from a changed node its block is looked for, and how big a block may be: an
 *  identity block is a few rows; a table of 2 000 instances is not one. Children are counted
 *  first, so a big container is passed over without reading its text. 8 levels: with 4, a
 *  generated bar whose value sits deep below its label was missed when filled in late
 *  (test/unit/console/staged-topbars.test.ts). */
const BLOCK_LEVELS = 8;
const MAX_BLOCK_CHILDREN = 50;
const MAX_BLOCK_CHARS = 2_000;

/** One more item of a long list (a table's rows): an element like the one before it, among more
 *  than MAX_BLOCK_CHILDREN, and not the last (an item appended at the end, a menu's newest
 *  entry, is looked at). Its text is not looked at: a top bar is no such item. */
function isLongListItem(node: Node, longParents: Map<Node, boolean>): boolean {
  const parent = node.parentNode;
  if (node.nodeType !== Node.ELEMENT_NODE || !parent || node === parent.lastChild) return false;
  if (!longParents.has(parent)) longParents.set(parent, parent.childNodes.length > MAX_BLOCK_CHILDREN);
  return longParents.get(parent)! && (node as Element).previousElementSibling?.tagName === (node as Element).tagName;
}

/** Whether the node, or a small block around it, passes `relevant`. */
function nearRelevant(node: Node | null, relevant: (node: Node) => boolean): boolean {
  for (let level = 0; node && level <= BLOCK_LEVELS; node = node.parentNode, level++) {
    if (node.nodeType === Node.DOCUMENT_NODE || node.childNodes.length > MAX_BLOCK_CHILDREN) return false;
    if ((node.textContent ?? '').length > MAX_BLOCK_CHARS) return false;
    if (relevant(node)) return true;
  }
  return false;
}

/**
 * Resolves with the probe's first non-null answer (settled, with `settle`), or at the deadline
 * with what the probe answers then (with `settle`, only an answer that has held for `ms`), or
 * null on abort. A probe that throws counts as no answer (logged): the wait still ends, never
 * leaving a caller hanging.
 */
export function waitFor<T>(doc: Document, unsafeProbe: () => T | null, { timeoutMs, signal, relevant, within, settle, answersNullNow = false }: WaitOptions<T>): Promise<T | null> {
  const probe = (): T | null => {
    try {
      return unsafeProbe();
    } catch (e) {
      console.error('Switch Roles: a page check failed:', e);
      return null;
    }
  };
  const first = answersNullNow ? null : probe();
  if (signal?.aborted) return Promise.resolve(null);
  if (first !== null && !settle) return Promise.resolve(first);
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
    // Attribute changes matter only once the page holds something relevant: a block already
    // read does (and is not read again here: on a large page that costs milliseconds).
    let armed = !relevant || within !== undefined || (doc.body !== null && isRelevant(doc.body));
    /** The answer read last and since when it has read the same; when a relevant change last came. */
    let candidate: { value: T; since: number } | null = null;
    let quietSince = performance.now();
    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    let overtime = false;
    const finish = (value: T | null) => {
      observer.disconnect();
      win.clearTimeout(timer);
      win.clearTimeout(settleTimer);
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const consider = (value: T | null) => {
      if (overtime) return; // past the deadline, only its own last read decides
      win.clearTimeout(settleTimer);
      if (value === null || !settle) {
        candidate = null;
        if (value !== null) finish(value);
        return;
      }
      const now = performance.now();
      if (!candidate || !settle.same(candidate.value, value)) candidate = { value, since: now };
      const due = Math.min(quietSince + settle.ms, candidate.since + settle.patienceMs);
      if (now >= due) return finish(value);
      // A check already due for a change will read the page: no answer before it.
      settleTimer = win.setTimeout(() => scheduled || consider(probe()), due - now);
    };
    /** Runs for a relevant change: one frame after it, or with `settle` once it may have settled. */
    const check = () => {
      scheduled = false;
      if (!overtime) consider(probe());
    };
    // Skips a busy page's other changes (rows added, cells ticking) without reading the page.
    const matters = (all: MutationRecord[]): boolean => {
      const records = within?.isConnected ? all.filter((r) => within.contains(r.target)) : all;
      if (!records.length) return false;
      if (!relevant) return true;
      const blocks = new Map<Node, boolean>();
      const longParents = new Map<Node, boolean>();
      const addsRelevant = (n: Node) => !isLongListItem(n, longParents) && isRelevant(n);
      for (const r of records) {
        if (r.type === 'childList') for (let i = 0; i < r.addedNodes.length; i++) if (addsRelevant(r.addedNodes[i]!)) return true;
        // Many records share a target (rows added to one table): its block is looked at once.
        if (!blocks.has(r.target)) blocks.set(r.target, nearRelevant(r.target, isRelevant));
        if (blocks.get(r.target)) return true;
      }
      return false;
    };
    const observer = new (win as typeof globalThis).MutationObserver((records) => {
      // The block left the page (its bar drawn again elsewhere): watch the whole page, and read it.
      const blockLeft = scope !== doc.documentElement && !scope!.isConnected;
      if (blockLeft) observe();
      else if (!matters(records)) return;
      quietSince = performance.now();
      if (scheduled) return;
      if (!armed) {
        armed = true;
        observe();
      }
      scheduled = true;
      if (settle) win.setTimeout(check, settle.ms);
      else onNextFrame(doc, check);
    });
    // Observe only what can change the answer: before a relevant node, no attributes; with a
    // block, only inside it (a busy page's other changes are not even reported to us), and its
    // ancestors' own children, which tell when it leaves the page.
    let scope: Node | null = null;
    const observe = () => {
      const next = within?.isConnected ? within : doc.documentElement;
      if (scope && next !== scope) observer.disconnect();
      scope = next;
      observer.observe(scope, { childList: true, subtree: true, characterData: true, attributes: armed });
      if (scope !== doc.documentElement) for (let up = scope.parentNode; up; up = up.parentNode) observer.observe(up, { childList: true });
    };
    observe();
    // At the deadline, an answer that has not held for `ms` may be a page drawn halfway: it is
    // read once more `ms` later, with changes no longer watched. The same answer then was drawn
    // where no watched change showed it (a bar's row drawn outside the watched block); another
    // one is a page still being drawn, and no answer.
    const held = (value: T) => !!candidate && settle!.same(candidate.value, value) && performance.now() - candidate.since >= settle!.ms;
    const atDeadline = (value: T | null) => {
      if (!settle || value === null || held(value)) return finish(value);
      overtime = true;
      observer.disconnect();
      win.clearTimeout(settleTimer);
      settleTimer = win.setTimeout(() => {
        const again = probe();
        finish(again !== null && settle.same(value, again) ? again : null);
      }, settle.ms);
    };
    const timer = win.setTimeout(() => atDeadline(probe()), timeoutMs);
    const onAbort = () => finish(null);
    signal?.addEventListener('abort', onAbort, { once: true });
    consider(first);
  });
}
