// Waiting by observing: a probe re-checked on DOM changes, bounded by a deadline and a signal.
// Real timers, short deadlines: the observer, animation frames and timers are happy-dom's own.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@/lib/console/wait';
import { setBody } from './pages';

const later = (ms: number, f: () => void) => setTimeout(f, ms);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const byId = (id: string) => () => document.getElementById(id);

describe('waitFor', () => {
  beforeEach(() => setBody('<main id="app"><p>Loading…</p></main>'));
  afterEach(() => vi.restoreAllMocks());

  it('answers at once when the probe already answers, without observing', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    setBody('<input id="x">');
    await expect(waitFor(document, byId('x'), { timeoutMs: 1000 })).resolves.toBe(document.getElementById('x'));
    expect(observe).not.toHaveBeenCalled();
  });

  it('answersNullNow: the page is not read before a change, then read as usual', async () => {
    const probe = vi.fn(byId('x'));
    later(20, () => document.getElementById('app')!.insertAdjacentHTML('beforeend', '<input id="x">'));
    const found = await waitFor(document, probe, { timeoutMs: 2000, answersNullNow: true });
    expect(found?.id).toBe('x');
    // Read after the change only: never at the start.
    expect(probe.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(probe.mock.results.every((r) => r.value !== null)).toBe(true);
  });

  it('resolves when a later change to the page makes the probe answer', async () => {
    later(20, () => document.getElementById('app')!.insertAdjacentHTML('beforeend', '<form><input id="x"></form>'));
    const started = Date.now();
    const found = await waitFor(document, byId('x'), { timeoutMs: 2000 });
    expect(found?.id).toBe('x');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('notices text and attribute changes, not only new elements', async () => {
    const p = document.querySelector('p')!;
    later(10, () => (p.firstChild!.textContent = 'Ready'));
    await expect(waitFor(document, () => (p.textContent === 'Ready' ? 'text' : null), { timeoutMs: 1000 })).resolves.toBe('text');
    later(10, () => p.setAttribute('data-state', 'done'));
    await expect(waitFor(document, () => p.getAttribute('data-state'), { timeoutMs: 1000 })).resolves.toBe('done');
  });

  it('keeps waiting through changes that do not make the probe answer', async () => {
    const app = document.getElementById('app')!;
    for (let i = 1; i <= 5; i++) later(i * 10, () => app.append(document.createElement('span')));
    later(70, () => app.append(Object.assign(document.createElement('input'), { id: 'x' })));
    await expect(waitFor(document, byId('x'), { timeoutMs: 2000 })).resolves.toBeInstanceOf(HTMLInputElement);
  });

  it('resolves null at the deadline when nothing comes', async () => {
    const started = Date.now();
    await expect(waitFor(document, byId('x'), { timeoutMs: 50 })).resolves.toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('checks once more at the deadline', async () => {
    let answer: string | null = null;
    later(10, () => (answer = 'set without a DOM change'));
    await expect(waitFor(document, () => answer, { timeoutMs: 50 })).resolves.toBe('set without a DOM change');
  });

  it('resolves null when the signal aborts, long before the deadline', async () => {
    const controller = new AbortController();
    later(20, () => controller.abort());
    const started = Date.now();
    await expect(waitFor(document, byId('x'), { timeoutMs: 5000, signal: controller.signal })).resolves.toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('resolves null at once when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const probe = vi.fn(byId('x'));
    await expect(waitFor(document, probe, { timeoutMs: 5000, signal: controller.signal })).resolves.toBeNull();
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['answered', async (_c: AbortController) => later(10, () => document.body.append(Object.assign(document.createElement('i'), { id: 'x' })))],
    ['timed out', async (_c: AbortController) => undefined],
    ['aborted', async (c: AbortController) => later(10, () => c.abort())],
  ])('stops observing once %s: later changes do not run the probe', async (_, act) => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const controller = new AbortController();
    const probe = vi.fn(byId('x'));
    await act(controller);
    await waitFor(document, probe, { timeoutMs: 60, signal: controller.signal });
    expect(disconnect).toHaveBeenCalledTimes(1);
    const calls = probe.mock.calls.length;
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('b'));
    await sleep(50);
    expect(probe).toHaveBeenCalledTimes(calls);
  });

  it('coalesces a burst of changes into few checks', async () => {
    const probe = vi.fn(byId('x'));
    const app = document.getElementById('app')!;
    later(10, () => {
      for (let i = 0; i < 200; i++) app.append(document.createElement('span'));
      app.append(Object.assign(document.createElement('input'), { id: 'x' }));
    });
    await waitFor(document, probe, { timeoutMs: 1000 });
    expect(probe.mock.calls.length).toBeLessThanOrEqual(3);
  });

  it('still ends when the probe throws: the throw counts as no answer', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let calls = 0;
    const probe = () => {
      if (++calls < 3) throw new Error('page changed under us');
      return document.getElementById('x');
    };
    later(10, () => document.getElementById('app')!.append(Object.assign(document.createElement('i'), { id: 'y' })));
    later(30, () => document.getElementById('app')!.append(Object.assign(document.createElement('i'), { id: 'x' })));
    await expect(waitFor(document, probe, { timeoutMs: 1000 })).resolves.toMatchObject({ id: 'x' });
    await expect(waitFor(document, () => { throw new Error('always'); }, { timeoutMs: 50 })).resolves.toBeNull();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  describe('with a relevance test (a busy page)', () => {
    const isTopbar = (n: Node) => (n.textContent ?? '').includes('CurrentName');
    const row = (i: number) => Object.assign(document.createElement('p'), { textContent: `row ${i}` });

    it('does not run the probe for changes the test calls irrelevant, nor observe attributes', async () => {
      const observe = vi.spyOn(MutationObserver.prototype, 'observe');
      const probe = vi.fn(byId('x'));
      const app = document.getElementById('app')!;
      for (let i = 1; i <= 10; i++) later(i * 5, () => (app.append(row(i)), app.setAttribute('data-n', String(i))));
      await expect(waitFor(document, probe, { timeoutMs: 120, relevant: isTopbar })).resolves.toBeNull();
      // The first check, and the last one at the deadline: none for the ten changes.
      expect(probe).toHaveBeenCalledTimes(2);
      expect(observe.mock.calls[0]![1]).toMatchObject({ childList: true, subtree: true, characterData: true, attributes: false });
    });

    it('runs the probe once something relevant arrives, and for a value filled in next to its label', async () => {
      const app = document.getElementById('app')!;
      let text = '';
      later(10, () => app.append(row(1)));
      // The label first, its value in a later change that the test alone would not call relevant.
      later(20, () => app.insertAdjacentHTML('beforeend', '<div id="bar"><span>CurrentName:</span><span id="v"></span></div>'));
      later(50, () => (document.getElementById('v')!.textContent = 'devops/alice'));
      const probe = vi.fn(() => ((text = document.getElementById('v')?.textContent ?? '') ? text : null));
      await expect(waitFor(document, probe, { timeoutMs: 2000, relevant: isTopbar })).resolves.toBe('devops/alice');
      expect(probe.mock.calls.length).toBeLessThanOrEqual(4);
    });

    it('runs the probe for a value filled in next to a label the page already held', async () => {
      setBody('<main id="app"><span>CurrentName:</span><span id="v"></span></main>');
      later(10, () => (document.getElementById('v')!.textContent = 'devops/alice'));
      await expect(waitFor(document, () => document.getElementById('v')!.textContent || null, { timeoutMs: 2000, relevant: isTopbar })).resolves.toBe('devops/alice');
    });

    it('skips a busy table\'s rows and ticking cells even when the page holds label-like text elsewhere', async () => {
      setBody('<nav>CurrentName: (menu)</nav><main id="app"><table><tbody id="rows"></tbody></table></main>');
      const tbody = document.getElementById('rows')!;
      // Enough rows that the table is no identity block.
      const tr = (name: string) => {
        const row = document.createElement('tr');
        for (const text of [name, 'Running']) row.append(Object.assign(document.createElement('td'), { textContent: text }));
        return row;
      };
      for (let i = 0; i < 300; i++) tbody.append(tr(`i-row${i}`));
      expect(tbody.children).toHaveLength(300);
      const probe = vi.fn(byId('x'));
      const stop = new AbortController();
      const waiting = waitFor(document, probe, { timeoutMs: 60_000, signal: stop.signal, relevant: isTopbar });
      // The changes happen within the test, each followed by time for a check to run if one was due.
      for (let i = 1; i <= 10; i++) {
        tbody.append(tr(`i-new${i}`));
        tbody.firstElementChild!.firstElementChild!.textContent = `tick ${i}`;
        await new Promise((r) => setTimeout(r, 20));
      }
      stop.abort();
      await expect(waiting).resolves.toBeNull();
      // Only the first check: none for the twenty changes.
      expect(probe).toHaveBeenCalledTimes(1);
    });

    it('with `within`: changes outside it are passed over without the relevance test; inside, they count', async () => {
      setBody('<header id="bar"><span>CurrentName:</span><span id="v">devops/alice</span></header><main id="app"></main>');
      const relevant = vi.fn(isTopbar);
      const probe = vi.fn(() => (document.getElementById('v')!.textContent === 'ops/alice' ? 'changed' : null));
      const waiting = waitFor(document, probe, { timeoutMs: 60_000, relevant, within: document.getElementById('bar')! });
      relevant.mockClear(); // the set-up's own look at the page
      for (let i = 0; i < 5; i++) {
        document.getElementById('app')!.append(Object.assign(document.createElement('p'), { textContent: `CurrentName: row ${i}` }));
        await sleep(20);
      }
      expect(relevant).not.toHaveBeenCalled();
      expect(probe).toHaveBeenCalledTimes(1);
      document.getElementById('v')!.textContent = 'ops/alice';
      await expect(waiting).resolves.toBe('changed');
    });

    it.each([
      ['in one change', 0],
      ['a moment after it was taken out', 30],
    ])('with `within`: the block taken out of the page and drawn again elsewhere, %s, is read again', async (_, pauseMs) => {
      setBody('<header id="bar"><span>CurrentName:</span><span>devops/alice</span></header><main><section><div id="deep"></div></section></main>');
      const probe = vi.fn(() => (document.getElementById('v2')?.textContent ? 'redrawn' : null));
      // Long before the deadline, which would read the page anyway.
      const waiting = waitFor(document, probe, { timeoutMs: 60_000, signal: AbortSignal.timeout(1_000), relevant: isTopbar, within: document.getElementById('bar')!, answersNullNow: true });
      document.getElementById('bar')!.remove();
      if (pauseMs) await sleep(pauseMs);
      document.getElementById('deep')!.insertAdjacentHTML('beforeend', '<div><span>CurrentName:</span><span id="v2">ops/alice</span></div>');
      await expect(waiting).resolves.toBe('redrawn');
    });

    it('rows added to a long list are passed over without reading their text, but for the newest', async () => {
      setBody('<main id="app"><table><tbody id="rows"></tbody></table></main>');
      const tbody = document.getElementById('rows')!;
      const tr = (text: string) => {
        const row = document.createElement('tr');
        row.append(Object.assign(document.createElement('td'), { textContent: text }));
        return row;
      };
      for (let i = 0; i < 60; i++) tbody.append(tr(`i-${i}`));
      const relevant = vi.fn(isTopbar);
      const stop = new AbortController();
      const waiting = waitFor(document, byId('x'), { timeoutMs: 60_000, signal: stop.signal, relevant });
      relevant.mockClear();
      for (let i = 0; i < 20; i++) tbody.append(tr(`CurrentName row ${i}`));
      await sleep(30);
      stop.abort();
      await waiting;
      expect(relevant.mock.calls.filter(([n]) => (n as Node).nodeName === 'TR').map(([n]) => (n as Node).textContent)).toEqual(['CurrentName row 19']);
    });

    it('a bar appended as the last of a long list of its kind (a menu\'s newest entry) is still noticed', async () => {
      setBody('<ul id="menu"></ul>');
      const menu = document.getElementById('menu')!;
      for (let i = 0; i < 60; i++) menu.append(Object.assign(document.createElement('li'), { textContent: `product ${i}` }));
      later(20, () => menu.insertAdjacentHTML('beforeend', '<li><span>CurrentName:</span><span id="x">devops/alice</span></li>'));
      // Long before the deadline, which would read the page anyway.
      await expect(waitFor(document, byId('x'), { timeoutMs: 60_000, signal: AbortSignal.timeout(1_000), relevant: isTopbar })).resolves.toMatchObject({ id: 'x' });
    });

    it('a bar added to a body of many children of other kinds is still noticed', async () => {
      setBody('');
      for (let i = 0; i < 60; i++) document.body.append(document.createElement('script'));
      later(20, () => document.body.insertAdjacentHTML('beforeend', '<div><span>CurrentName:</span><span id="x">devops/alice</span></div>'));
      await expect(waitFor(document, byId('x'), { timeoutMs: 60_000, signal: AbortSignal.timeout(1_000), relevant: isTopbar })).resolves.toMatchObject({ id: 'x' });
    });

    it('treats a relevance test that throws as relevant (logged)', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const relevant = () => {
        throw new Error('bad test');
      };
      later(10, () => document.getElementById('app')!.append(Object.assign(document.createElement('i'), { id: 'x' })));
      await expect(waitFor(document, byId('x'), { timeoutMs: 2000, relevant })).resolves.toMatchObject({ id: 'x' });
      expect(error).toHaveBeenCalled();
    });
  });
});

describe('waitFor with settle (fake timers: exact pauses)', () => {
  const settle = { ms: 40, patienceMs: 1_000, same: (a: string, b: string) => a === b };
  const text = () => document.getElementById('app')!.textContent || null;
  const set = (t: string) => (document.getElementById('app')!.textContent = t);
  /** Starts a settled wait; the function it returns gives undefined until the wait ends. */
  const start = (timeoutMs = 5_000) => {
    let got: string | null | undefined;
    void waitFor(document, text, { timeoutMs, settle }).then((v) => (got = v));
    return () => got;
  };
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date'] });
    setBody('<main id="app"></main>');
  });
  afterEach(() => vi.useRealTimers());

  it('answers only once the page has been quiet for `ms`, with what it says then', async () => {
    const got = start();
    for (const stage of ['role', 'role/al', 'role/alice']) {
      set(stage);
      await vi.advanceTimersByTimeAsync(30);
      expect(got()).toBeUndefined();
    }
    await vi.advanceTimersByTimeAsync(30);
    expect(got()).toBe('role/alice');
  });

  it('an answer already there at the start still waits `ms` for the page to be quiet', async () => {
    set('role');
    const got = start();
    await vi.advanceTimersByTimeAsync(20);
    set('role/alice');
    await vi.advanceTimersByTimeAsync(30);
    expect(got()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(30);
    expect(got()).toBe('role/alice');
  });

  it('a page that never goes quiet answers once the answer has held for `patienceMs`', async () => {
    set('role/alice');
    document.body.insertAdjacentHTML('beforeend', '<i id="tick"></i>');
    const got = start();
    for (let t = 0; t < 1_200 && got() === undefined; t += 16) {
      document.getElementById('tick')!.textContent = String(t);
      await vi.advanceTimersByTimeAsync(16);
    }
    expect(got()).toBe('role/alice');
    expect(performance.now()).toBeGreaterThanOrEqual(1_000);
  });

  it('at the deadline, an answer no watched change showed is read again `ms` later, and counts if the same', async () => {
    setBody('<header id="bar">bar</header><main id="app"></main>');
    let got: string | null | undefined;
    const app = () => document.getElementById('app')!.textContent || null;
    void waitFor(document, app, { timeoutMs: 500, settle, within: document.getElementById('bar')!, answersNullNow: true }).then((v) => (got = v));
    set('drawn outside the watched block');
    await vi.advanceTimersByTimeAsync(500);
    expect(got).toBeUndefined();
    await vi.advanceTimersByTimeAsync(settle.ms);
    expect(got).toBe('drawn outside the watched block');
  });

  it('at the deadline, an answer still changing is no answer', async () => {
    const got = start(500);
    for (let t = 0; t < 600 && got() === undefined; t += 10) {
      set(`stage ${t}`);
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(got()).toBeNull();
  });
});
