// Firefox runs content scripts in a sandbox whose global is not the page's Window, so a page
// function taken off `doc.defaultView` and called unbound throws there ("'requestAnimationFrame'
// called on an object that does not implement interface Window") while Chromium lets it pass.
// These tests give the code a window whose functions throw the same way when `this` is not
// that window, and check every helper that schedules through the page's window.
import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { waitFor } from '@/lib/console/wait';
import { watchForPageError } from '@/lib/console/page-error';
import { requestConsoleConfig, CONFIG_EVENT, CONFIG_REQUEST_EVENT } from '@/lib/content/console-config';

vi.mock('../../../lib/messages', () => ({
  sendToBackground: vi.fn(async (name: string) => {
    if (name === 'switchPageLoaded') return { action: 'fill', account: 'company1', roleName: 'devops', formTimeoutMs: 2000 };
    if (name === 'formFilled') return { submit: false };
    return undefined;
  }),
}));
const { sendToBackground } = await import('../../../lib/messages');
const { runSwitchPage } = await import('../../../lib/content/switch-page');

const PAGE_FUNCTIONS = ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] as const;

/** A happy-dom window whose timer and frame functions insist on being called on it, as
 *  Firefox's do from a content script. Misuses are recorded (the throw may be swallowed by
 *  whatever called the callback) and the function throws as Firefox's does. */
function strictWindow(url: string) {
  const win = new Window({ url });
  const misuses: string[] = [];
  for (const name of PAGE_FUNCTIONS) {
    const original = (win as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
    Object.defineProperty(win, name, {
      configurable: true,
      value: function (this: unknown, ...args: unknown[]) {
        if (this !== win) {
          misuses.push(name);
          throw new TypeError(`'${name}' called on an object that does not implement interface Window.`);
        }
        return original.apply(win, args);
      },
    });
  }
  const doc = win.document as unknown as Document;
  return { win, doc, misuses };
}

describe('page-world functions are called on their window (Firefox content scripts)', () => {
  it('the strict window itself throws on an unbound call, as Firefox does', () => {
    const { win, misuses } = strictWindow('https://ecs.console.aliyun.com/');
    const raf = win.requestAnimationFrame;
    expect(() => raf(() => {})).toThrow(/does not implement interface Window/);
    expect(misuses).toEqual(['requestAnimationFrame']);
    expect(() => win.requestAnimationFrame(() => {})).not.toThrow();
  });

  it('waitFor re-checks on a DOM change through the window’s own animation frame', async () => {
    const { win, doc, misuses } = strictWindow('https://signin.aliyun.com/switchRole.htm');
    doc.body.innerHTML = '<main id="app"></main>';
    const probe = vi.fn(() => doc.getElementById('x'));
    const waiting = waitFor(doc, probe, { timeoutMs: 1500 });
    win.setTimeout(() => doc.getElementById('app')!.append(Object.assign(doc.createElement('input'), { id: 'x' })), 10);
    const found = await waiting;
    expect(found?.id).toBe('x');
    expect(found).toBe(doc.getElementById('x'));
    expect(misuses).toEqual([]);
    win.close();
  });

  it('waitFor without animation frames falls back to the window’s timer, called on it', async () => {
    const { win, doc, misuses } = strictWindow('https://signin.aliyun.com/switchRole.htm');
    Object.defineProperty(win, 'requestAnimationFrame', { configurable: true, value: undefined });
    doc.body.innerHTML = '<main id="app"></main>';
    const waiting = waitFor(doc, () => doc.getElementById('x'), { timeoutMs: 1500 });
    win.setTimeout(() => doc.getElementById('app')!.append(Object.assign(doc.createElement('i'), { id: 'x' })), 10);
    await expect(waiting).resolves.toMatchObject({ id: 'x' });
    expect(misuses).toEqual([]);
    win.close();
  });

  it('waitFor in a hidden tab (no animation frames in Firefox) re-checks on the window’s timer', async () => {
    const { win, doc, misuses } = strictWindow('https://signin.aliyun.com/switchRole.htm');
    Object.defineProperty(doc, 'visibilityState', { configurable: true, get: () => 'hidden' });
    const frames = vi.fn();
    Object.defineProperty(win, 'requestAnimationFrame', { configurable: true, value: frames }); // never calls back
    doc.body.innerHTML = '<main id="app"></main>';
    // A deadline far beyond the test's own time limit: only a re-check on the change can answer.
    const waiting = waitFor(doc, () => doc.getElementById('x'), { timeoutMs: 600_000 });
    win.setTimeout(() => doc.getElementById('app')!.append(Object.assign(doc.createElement('i'), { id: 'x' })), 10);
    await expect(waiting).resolves.toMatchObject({ id: 'x' });
    expect(frames).not.toHaveBeenCalled();
    expect(misuses).toEqual([]);
    win.close();
  });

  it.each(['visible', 'hidden'] as const)('watchForPageError (%s tab) reads an error changed in place, scheduling on the window', async (visibility) => {
    const { win, doc, misuses } = strictWindow('https://signin.aliyun.com/switchRole.htm');
    Object.defineProperty(doc, 'visibilityState', { configurable: true, get: () => visibility });
    const frames = vi.fn((cb: FrameRequestCallback) => (visibility === 'hidden' ? 0 : win.setTimeout(() => cb(0), 0)));
    Object.defineProperty(win, 'requestAnimationFrame', { configurable: true, value: function (this: unknown, cb: FrameRequestCallback) {
      if (this !== win) misuses.push('requestAnimationFrame');
      return frames(cb);
    } });
    doc.body.innerHTML = '<div role="alert" class="next-message-error" hidden>The role does not exist in the specified account.</div>';
    const watching = watchForPageError(doc, { timeoutMs: 600_000 });
    // Shown in place: an attribute change, no new node, so only a scheduled re-check reads it.
    win.setTimeout(() => (doc.querySelector<HTMLElement>('[role="alert"]')!.hidden = false), 10);
    await expect(watching).resolves.toBe('The role does not exist in the specified account.');
    expect(misuses).toEqual([]);
    win.close();
  });

  it('requestConsoleConfig sets and clears its timer on the window', async () => {
    const { win, doc, misuses } = strictWindow('https://ecs.console.aliyun.com/');
    doc.addEventListener(CONFIG_REQUEST_EVENT, () => {
      doc.dispatchEvent(new (win.CustomEvent as unknown as typeof CustomEvent)(CONFIG_EVENT, { detail: JSON.stringify({ currentPk: '1234567890123456', accountType: 'sts' }) }));
    });
    await expect(requestConsoleConfig(doc, 1000)).resolves.toMatchObject({ currentPk: '1234567890123456', accountType: 'sts' });
    await expect(requestConsoleConfig(strictWindow('https://ecs.console.aliyun.com/').doc, 20)).resolves.toBeNull();
    expect(misuses).toEqual([]);
    win.close();
  });

  it('the switch page waits for its form and a frame after filling, on the window', async () => {
    vi.mocked(sendToBackground).mockClear();
    const { win, doc, misuses } = strictWindow('https://signin.aliyun.com/switchRole.htm');
    doc.body.innerHTML = '<div id="app"></div>';
    // A client-rendered form, drawn late: the wait must notice it.
    win.setTimeout(() => {
      doc.getElementById('app')!.innerHTML = `
        <label for="a">Account Alias / Default Domain / Account ID</label><input id="a">
        <label for="r">Role Name</label><input id="r">
        <button type="button">Submit</button>`;
    }, 10);
    await runSwitchPage(doc, new AbortController().signal);
    expect(vi.mocked(sendToBackground).mock.calls.map(([name]) => name)).toEqual(['switchPageLoaded', 'formFilled']);
    expect((doc.getElementById('a') as HTMLInputElement).value).toBe('company1');
    expect(misuses).toEqual([]);
    win.close();
  });

  it('the switch page in a hidden tab waits a timer tick, not a frame, after filling', async () => {
    vi.mocked(sendToBackground).mockClear();
    const { win, doc, misuses } = strictWindow('https://signin.aliyun.com/switchRole.htm');
    Object.defineProperty(doc, 'visibilityState', { configurable: true, get: () => 'hidden' });
    const frames = vi.fn();
    Object.defineProperty(win, 'requestAnimationFrame', { configurable: true, value: frames }); // never calls back
    doc.body.innerHTML = `
      <label for="a">Account Alias / Default Domain / Account ID</label><input id="a">
      <label for="r">Role Name</label><input id="r">
      <button type="button">Submit</button>`;
    await runSwitchPage(doc, new AbortController().signal);
    expect(vi.mocked(sendToBackground).mock.calls.map(([name]) => name)).toEqual(['switchPageLoaded', 'formFilled']);
    expect(frames).not.toHaveBeenCalled();
    expect(misuses).toEqual([]);
    win.close();
  });
});
