// The sandboxed paste box's two sides (lib/options/paste-frame.ts): each takes messages only from
// the other and checks every field; a huge paste leaves the frame as its length alone; the text
// goes through the port a read hands over, never to the page; a read that gets no answer ends
// with a message, never a wait forever. In Chromium: test/e2e.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectPasteFrame, decodeText, encodeText, fromFrame, READ_TIMEOUT_MS, receiveText, startPasteFrame, toFrame, type FromFrame } from '@/lib/options/paste-frame';
import { MAX_DOCUMENT_BYTES } from '@/lib/teamlist';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

/** A message event as the browser would deliver it. */
function message(target: EventTarget, data: unknown, source: unknown, origin = ORIGIN, ports: MessagePort[] = []): void {
  const e = new Event('message') as MessageEvent;
  Object.defineProperties(e, { data: { value: data }, source: { value: source }, origin: { value: origin }, ports: { value: ports } });
  target.dispatchEvent(e);
}

describe('the messages are checked field by field', () => {
  it.each([null, 'read', 42, [], {}, { type: 'nope' }, { type: 'input', hasText: 'yes' }, { type: 'huge', length: -1 }, { type: 'huge', length: 1.5 },
    // The text never comes to the page (it goes to the worker, through the read's port).
    { type: 'text', id: 1, bytes: new ArrayBuffer(2), revision: 0 }])('from the frame: %j is ignored', (data) => {
    expect(fromFrame(data)).toBeNull();
  });

  it.each([null, { type: 'setup', label: 1, lang: 'en', theme: null }, { type: 'setup', label: 'x', lang: 'en', theme: 3 }, { type: 'read', id: -2 },
    { type: 'select', read: 0, line: 'a', column: 1 }, { type: 'select', read: 1, line: 2 }, { type: '__proto__' }])('to the frame: %j is ignored', (data) => {
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

  it('says whether the box holds more than blanks, and sends its text into the port its parent hands over', async () => {
    const { box, win, parent, posted } = frame();
    box.value = '  ';
    box.dispatchEvent(new Event('input'));
    box.value = '{"version": 1}';
    box.dispatchEvent(new Event('input'));
    const { port1, port2 } = new MessageChannel();
    message(win, { type: 'read', id: 7 }, parent, ORIGIN, [port2]);
    expect(posted().slice(1)).toEqual([
      { type: 'input', hasText: false },
      { type: 'input', hasText: true },
    ]);
    await expect(receiveText(port1)).resolves.toBe('{"version": 1}');
  });

  it('sends nothing for a read without exactly one port', async () => {
    vi.useFakeTimers();
    const { box, win, parent, posted } = frame();
    box.value = '{"version": 1}';
    message(win, { type: 'read', id: 1 }, parent);
    const [a, b] = [new MessageChannel(), new MessageChannel()];
    message(win, { type: 'read', id: 2 }, parent, ORIGIN, [a.port2, b.port2]);
    const received = Promise.allSettled([receiveText(a.port1), receiveText(b.port1)]);
    vi.advanceTimersByTime(READ_TIMEOUT_MS);
    expect((await received).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(posted()).toEqual([{ type: 'ready' }]);
  });

  it('hands over any text unchanged: a byte-order mark, Chinese, emoji', () => {
    for (const text of ['\uFEFF{"name": "平台团队"}', '{"displayName": "🚀 prod"}', '']) expect(decodeText(encodeText(text))).toBe(text);
  });

  it('ignores anyone but its parent, and its parent from another origin', async () => {
    const { box, win, parent, posted } = frame();
    box.value = 'typed';
    const [a, b] = [new MessageChannel(), new MessageChannel()];
    message(win, { type: 'read', id: 1 }, { postMessage: vi.fn() }, ORIGIN, [a.port2]);
    message(win, { type: 'read', id: 2 }, parent, 'https://evil.example', [b.port2]);
    let sent = 0;
    a.port1.onmessage = b.port1.onmessage = () => sent++;
    message(win, { type: 'read', id: 3, id2: 'x' }, null);
    message(win, { type: 'setup', label: '<img src=x>', lang: 'en', theme: 'dark' }, { postMessage: vi.fn() });
    expect(posted()).toEqual([{ type: 'ready' }]);
    expect(box.hasAttribute('aria-label')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toBe(0);
    a.port1.close();
    b.port1.close();
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

  it('selects a problem’s place only in the text of that read, if unchanged since', () => {
    const { box, win, parent } = frame();
    const read = (id: number) => message(win, { type: 'read', id }, parent, ORIGIN, [new MessageChannel().port2]);
    const selectIn = (id: number) => message(win, { type: 'select', read: id, line: 2, column: 8 }, parent);
    const selected = () => box.value.slice(box.selectionStart, box.selectionEnd);
    box.value = '{\n  "a": 1,\n}';
    box.dispatchEvent(new Event('input'));
    selectIn(1); // before any read
    expect(selected()).toBe('');
    read(1);
    box.value = '{\n  "b": 1,\n}';
    box.dispatchEvent(new Event('input'));
    selectIn(1); // the text changed since
    expect(selected()).toBe('');
    read(2);
    selectIn(1); // an older read
    expect(selected()).toBe('');
    selectIn(2);
    expect(selected()).toBe('1');
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

  it('reads the box by handing the frame one end of a channel, and keeps the other for the worker', async () => {
    const { sent, box, contentWindow } = page();
    const read = box.read();
    expect(read).toMatchObject({ read: expect.any(Number) });
    const [[ask, origin, transfer]] = contentWindow.postMessage.mock.calls as [[unknown, string, MessagePort[]]];
    expect([ask, origin]).toEqual([{ type: 'read', id: (read as { read: number }).read }, '*']);
    expect(transfer).toHaveLength(1);
    // The frame's end sends the text; the end kept arrives where the read is taken (the worker).
    const bytes = encodeText('{"name": "平台团队"}');
    transfer[0]!.postMessage(bytes, [bytes]);
    await expect(receiveText((read as { port: MessagePort }).port)).resolves.toBe('{"name": "平台团队"}');
    expect(sent()).toHaveLength(1);
    box.close();
  });

  it('asks the frame to select a place in the text of a read, and only of a read of the frame', () => {
    const { sent, box, iframe } = page();
    const read = box.read();
    box.select({ text: 'typed here' }, 1, 1);
    expect(sent()).toHaveLength(1);
    expect(iframe.focus).not.toHaveBeenCalled();
    box.select(read, 4, 11);
    expect(iframe.focus).toHaveBeenCalled();
    expect(sent().at(-1)).toEqual({ type: 'select', read: (read as { read: number }).read, line: 4, column: 11 });
    box.close();
  });

  it('closing stops listening to the frame', () => {
    const { box, from, events } = page();
    box.close();
    from({ type: 'input', hasText: true });
    expect(events.onHasText).not.toHaveBeenCalled();
  });
});

describe('receiving the text (in the import worker)', () => {
  it('a frame that never sends ends the read with a message, not a wait forever', async () => {
    vi.useFakeTimers();
    const { port1 } = new MessageChannel();
    const received = receiveText(port1);
    vi.advanceTimersByTime(READ_TIMEOUT_MS);
    await expect(received).rejects.toThrow('The paste box did not answer. Reload the page and paste again.');
  });

  it('anything but text bytes is refused the same way', async () => {
    const { port1, port2 } = new MessageChannel();
    port2.postMessage({ text: '{"version": 1}' });
    await expect(receiveText(port1)).rejects.toThrow('The paste box did not answer');
  });
});
