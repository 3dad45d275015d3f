// The sandboxed paste box's two sides (lib/options/paste-frame.ts): each takes messages only from
// the other and checks every field; a huge paste leaves the frame as its length alone; a read
// that gets no answer ends with a message, never a wait forever. In Chromium: test/e2e.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectPasteFrame, decodeText, encodeText, fromFrame, READ_TIMEOUT_MS, startPasteFrame, toFrame, type FromFrame } from '@/lib/options/paste-frame';
import { MAX_DOCUMENT_BYTES } from '@/lib/teamlist';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

/** A message event as the browser would deliver it. */
function message(target: EventTarget, data: unknown, source: unknown, origin = ORIGIN): void {
  const e = new Event('message') as MessageEvent;
  Object.defineProperties(e, { data: { value: data }, source: { value: source }, origin: { value: origin } });
  target.dispatchEvent(e);
}

describe('the messages are checked field by field', () => {
  it.each([null, 'read', 42, [], {}, { type: 'nope' }, { type: 'input', hasText: 'yes' }, { type: 'huge', length: -1 }, { type: 'huge', length: 1.5 },
    { type: 'text', id: 1, bytes: 'text', revision: 0 }, { type: 'text', id: '1', bytes: new ArrayBuffer(0), revision: 0 }, { type: 'text', id: 1, bytes: new Uint8Array(2), revision: 0 }])('from the frame: %j is ignored', (data) => {
    expect(fromFrame(data)).toBeNull();
  });

  it.each([null, { type: 'setup', label: 1, lang: 'en', theme: null }, { type: 'setup', label: 'x', lang: 'en', theme: 3 }, { type: 'read', id: -2 },
    { type: 'select', revision: 0, start: 'a', end: 1 }, { type: '__proto__' }])('to the frame: %j is ignored', (data) => {
    expect(toFrame(data)).toBeNull();
  });

  it('keeps only the known fields', () => {
    expect(fromFrame({ type: 'huge', length: 5, text: 'secret' })).toEqual({ type: 'huge', length: 5 });
    expect(toFrame({ type: 'read', id: 3, extra: true })).toEqual({ type: 'read', id: 3 });
  });
});

describe('the frame', () => {
  function frame() {
    const box = document.createElement('textarea');
    document.body.append(box);
    const parent = { postMessage: vi.fn() };
    const win = Object.assign(new EventTarget(), { parent }) as unknown as Window;
    const stop = startPasteFrame(win, box, ORIGIN);
    const posted = () => parent.postMessage.mock.calls.map(([m, origin]) => (expect(origin).toBe(ORIGIN), m as FromFrame));
    return { box, win, parent, stop, posted };
  }

  function paste(box: HTMLTextAreaElement, text: string): boolean {
    const e = new Event('paste', { cancelable: true }) as ClipboardEvent;
    Object.defineProperty(e, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
    return box.dispatchEvent(e);
  }

  it('says it is ready, to the extension’s origin only', () => {
    expect(frame().posted()).toEqual([{ type: 'ready' }]);
  });

  it('refuses a paste longer than a team list may be: only its length leaves, nothing enters the box', () => {
    const { box, posted } = frame();
    expect(paste(box, 'x'.repeat(MAX_DOCUMENT_BYTES + 1))).toBe(false);
    expect(posted().at(-1)).toEqual({ type: 'huge', length: MAX_DOCUMENT_BYTES + 1 });
    expect(box.value).toBe('');
  });

  it('leaves a paste up to the limit to the browser, and tells nothing of it', () => {
    const { box, posted } = frame();
    expect(paste(box, 'x'.repeat(MAX_DOCUMENT_BYTES))).toBe(true);
    expect(posted()).toEqual([{ type: 'ready' }]);
  });

  it('says whether the box holds more than blanks, and hands its text over when its parent asks', () => {
    const { box, win, parent, posted } = frame();
    box.value = '  ';
    box.dispatchEvent(new Event('input'));
    box.value = '{"version": 1}';
    box.dispatchEvent(new Event('input'));
    message(win, { type: 'read', id: 7 }, parent);
    const [, , , text] = posted();
    expect(posted().slice(1, 3)).toEqual([
      { type: 'input', hasText: false },
      { type: 'input', hasText: true },
    ]);
    expect(text).toMatchObject({ type: 'text', id: 7, revision: 2 });
    // The text leaves as UTF-8 in a buffer handed over, not copied (see FromFrame).
    const bytes = (text as Extract<FromFrame, { type: 'text' }>).bytes;
    expect(decodeText(bytes)).toBe('{"version": 1}');
    expect(parent.postMessage.mock.calls[3]![2]).toEqual([bytes]);
  });

  it('hands over any text unchanged: a byte-order mark, Chinese, emoji', () => {
    for (const text of ['\uFEFF{"name": "平台团队"}', '{"displayName": "🚀 prod"}', '']) expect(decodeText(encodeText(text))).toBe(text);
  });

  it('ignores anyone but its parent, and its parent from another origin', () => {
    const { box, win, parent, posted } = frame();
    box.value = 'typed';
    message(win, { type: 'read', id: 1 }, { postMessage: vi.fn() });
    message(win, { type: 'read', id: 2 }, parent, 'https://evil.example');
    message(win, { type: 'read', id: 3, id2: 'x' }, null);
    message(win, { type: 'setup', label: '<img src=x>', lang: 'en', theme: 'dark' }, { postMessage: vi.fn() });
    expect(posted()).toEqual([{ type: 'ready' }]);
    expect(box.hasAttribute('aria-label')).toBe(false);
  });

  it('takes its label, language and theme from its parent, as text', () => {
    const { box, win, parent } = frame();
    message(win, { type: 'setup', label: '<b>粘贴团队列表</b>', lang: 'zh-CN', theme: 'dark' }, parent);
    expect(box.getAttribute('aria-label')).toBe('<b>粘贴团队列表</b>');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.documentElement.dataset.theme).toBe('dark');
    message(win, { type: 'setup', label: 'Paste', lang: 'en', theme: null }, parent);
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('selects a problem’s place only in the text that was read', () => {
    const { box, win, parent } = frame();
    box.value = '{ "a": 1, }';
    box.dispatchEvent(new Event('input'));
    message(win, { type: 'select', revision: 0, start: 9, end: 10 }, parent);
    expect([box.selectionStart, box.selectionEnd]).not.toEqual([9, 10]);
    message(win, { type: 'select', revision: 1, start: 9, end: 10 }, parent);
    expect([box.selectionStart, box.selectionEnd]).toEqual([9, 10]);
    expect(document.activeElement).toBe(box);
  });

  it('stops listening when stopped', () => {
    const { box, stop, posted } = frame();
    stop();
    box.dispatchEvent(new Event('input'));
    expect(paste(box, 'x'.repeat(MAX_DOCUMENT_BYTES + 1))).toBe(true);
    expect(posted()).toEqual([{ type: 'ready' }]);
  });
});

describe('the page', () => {
  function page() {
    const contentWindow = { postMessage: vi.fn() };
    const iframe = { contentWindow, focus: vi.fn() } as unknown as HTMLIFrameElement;
    const win = window;
    const events = { onHasText: vi.fn(), onHuge: vi.fn() };
    const box = connectPasteFrame(iframe, win, events, () => ({ label: 'Paste a team list', lang: 'en', theme: null }));
    const sent = () => contentWindow.postMessage.mock.calls.map(([m]) => m);
    return { box, iframe, contentWindow, events, sent, from: (data: unknown) => message(win, data, contentWindow, 'null') };
  }

  it('sends the set-up when the frame is ready', () => {
    const { from, sent, box } = page();
    from({ type: 'ready' });
    expect(sent()).toEqual([{ type: 'setup', label: 'Paste a team list', lang: 'en', theme: null }]);
    box.close();
  });

  it('passes on what the frame says, and nothing from anyone else', () => {
    const { from, events, box } = page();
    from({ type: 'input', hasText: true });
    from({ type: 'huge', length: 52_428_800 });
    from({ type: 'huge', length: 'big' });
    message(window, { type: 'huge', length: 1 }, window, 'null');
    message(window, { type: 'input', hasText: false }, null, ORIGIN);
    expect(events.onHasText.mock.calls).toEqual([[true]]);
    expect(events.onHuge.mock.calls).toEqual([[52_428_800]]);
    box.close();
  });

  it('reads the box through the frame, and selects only in the text it read', async () => {
    const { from, sent, box, iframe } = page();
    const read = box.read();
    const [ask] = sent() as [{ type: 'read'; id: number }];
    expect(ask.type).toBe('read');
    from({ type: 'text', id: ask.id + 1, bytes: encodeText('another answer'), revision: 9 });
    from({ type: 'text', id: ask.id, bytes: encodeText('{ "a": 1, }'), revision: 4 });
    await expect(read).resolves.toBe('{ "a": 1, }');
    box.select('something else', 0, 1);
    expect(sent()).toHaveLength(1);
    box.select('{ "a": 1, }', 9, 10);
    expect(iframe.focus).toHaveBeenCalled();
    expect(sent().at(-1)).toEqual({ type: 'select', revision: 4, start: 9, end: 10 });
    box.close();
  });

  it('a frame that never answers ends the read with a message, not a wait forever', async () => {
    vi.useFakeTimers();
    const { box } = page();
    const read = box.read();
    vi.advanceTimersByTime(READ_TIMEOUT_MS);
    await expect(read).rejects.toThrow('The paste box did not answer. Reload the page and paste again.');
    box.close();
  });

  it('closing ends a pending read, and later messages are ignored', async () => {
    const { box, from, events } = page();
    const read = box.read();
    box.close();
    await expect(read).rejects.toThrow('did not answer');
    from({ type: 'input', hasText: true });
    expect(events.onHasText).not.toHaveBeenCalled();
  });
});
