// The typed protocol between the extension's contexts: the envelope, and who may be answered.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  broadcastToPages,
  handleMessages,
  sendToBackground,
  sendToTab,
  senderKind,
  type BackgroundToContent,
  type ContentToBackground,
  type PageToBackground,
  type Sender,
} from '@/lib/messages';

const OURS = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${OURS}/`;
const POPUP: Sender = { id: OURS, url: `${ORIGIN}popup.html` };
const OPTIONS_IN_TAB: Sender = { id: OURS, url: `${ORIGIN}options.html`, tab: { id: 9 } as never };
const CONTENT: Sender = { id: OURS, url: 'https://home.console.aliyun.com/', tab: { id: 7 } as never, frameId: 0 };
const BACKGROUND: Sender = { id: OURS };
const OTHER_EXTENSION: Sender = { id: 'some-other-extension', url: 'chrome-extension://some-other-extension/popup.html' };

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** The envelope sendToBackground puts a message in, as the receiver gets it. */
async function envelopeOf(send: () => Promise<unknown>): Promise<unknown> {
  const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
  await send();
  return spy.mock.calls[0]![0];
}

/** Delivers a message with the given sender; returns what the one listener answered. */
async function deliver(message: unknown, sender: Sender): Promise<unknown> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return answer;
}

describe('senderKind', () => {
  it.each<[string, Sender, 'page' | 'content' | null]>([
    ['the popup', POPUP, 'page'],
    ['the options page opened in a tab', OPTIONS_IN_TAB, 'page'],
    ['a content script in a console tab', CONTENT, 'content'],
    ['the background (no tab, no page URL)', BACKGROUND, null],
    ['another extension', OTHER_EXTENSION, null],
    ['another extension in a console tab', { ...CONTENT, id: 'some-other-extension' }, null],
    ['no id at all', { url: `${ORIGIN}popup.html` }, null],
    ['an extension whose id starts like ours', { id: OURS, url: `chrome-extension://${OURS}x/popup.html` }, null],
  ])('%s → %s', (_, sender, kind) => {
    expect(senderKind(sender)).toBe(kind);
  });

  it('takes the runtime id and origin as parameters', () => {
    expect(senderKind({ id: 'abc', url: 'moz-extension://uuid/popup.html' }, 'abc', 'moz-extension://uuid/')).toBe('page');
    expect(senderKind(POPUP, 'abc', 'moz-extension://uuid/')).toBeNull();
  });
});

describe('handleMessages', () => {
  const status = { state: 'failed', kind: 'switch', cause: 'busy', message: 'Already switching', at: 1 } as const;

  function pageHandlers() {
    const getStatus = vi.fn(() => ({ job: null, tab: null }));
    const startSwitch = vi.fn(async () => status);
    handleMessages<Pick<PageToBackground, 'getStatus' | 'startSwitch'>>('page', { getStatus, startSwitch });
    return { getStatus, startSwitch };
  }

  it('answers a page’s message with the handler’s result, passing data and sender', async () => {
    const { getStatus } = pageHandlers();
    const message = await envelopeOf(() => sendToBackground('getStatus', { tabId: 3 }));
    await expect(deliver(message, POPUP)).resolves.toEqual({ job: null, tab: null });
    expect(getStatus).toHaveBeenCalledWith({ tabId: 3 }, POPUP);
  });

  it('waits for an async handler', async () => {
    pageHandlers();
    const message = await envelopeOf(() => sendToBackground('startSwitch', { target: { account: 'company1', roleName: 'devops' } }));
    await expect(deliver(message, POPUP)).resolves.toEqual(status);
  });

  it.each<[string, Sender]>([
    ['another extension', OTHER_EXTENSION],
    ['a content script (page messages only)', CONTENT],
    ['the background', BACKGROUND],
  ])('does not answer %s', async (_, sender) => {
    const { getStatus } = pageHandlers();
    const message = await envelopeOf(() => sendToBackground('getStatus', {}));
    expect(await deliver(message, sender)).toBeUndefined();
    expect(getStatus).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['a bare name', 'getStatus'],
    ['no envelope', { name: 'getStatus', data: {} }],
    ['another tag', { tag: 'someone-else', name: 'getStatus', data: {} }],
    ['null', null],
    ['a number', 42],
  ])('ignores a message with %s', async (_, message) => {
    const { getStatus } = pageHandlers();
    expect(await deliver(message, POPUP)).toBeUndefined();
    expect(getStatus).not.toHaveBeenCalled();
  });

  it.each(['noSuchMessage', 'toString', 'constructor', '__proto__', 'hasOwnProperty'])('ignores an unknown name: %s', async (name) => {
    pageHandlers();
    const envelope = (await envelopeOf(() => sendToBackground('getStatus', {}))) as object;
    expect(await deliver({ ...envelope, name }, POPUP)).toBeUndefined();
  });

  it('tells content scripts and pages apart', async () => {
    const page = pageHandlers();
    const switchPageLoaded = vi.fn(() => ({ action: 'none' }) as const);
    handleMessages<Pick<ContentToBackground, 'switchPageLoaded'>>('content', { switchPageLoaded });
    const fromContent = await envelopeOf(() => sendToBackground('switchPageLoaded', { url: 'https://signin.aliyun.com/switchRole.htm' }));
    const answers = await fakeBrowser.runtime.onMessage.trigger(fromContent, CONTENT);
    expect(answers).toEqual([undefined, { action: 'none' }]);
    expect(await fakeBrowser.runtime.onMessage.trigger(fromContent, POPUP)).toEqual([undefined, undefined]);
    expect(page.getStatus).not.toHaveBeenCalled();
    expect(switchPageLoaded).toHaveBeenCalledTimes(1);
  });

  it('in a content script, answers the background only', async () => {
    const clickSwitchBack = vi.fn(() => ({ clicked: true }));
    handleMessages<Pick<BackgroundToContent, 'clickSwitchBack'>>('background', { clickSwitchBack });
    const spy = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await sendToTab(7, 'clickSwitchBack', {});
    expect(spy).toHaveBeenCalledWith(7, expect.objectContaining({ name: 'clickSwitchBack', data: {} }), { frameId: 0 });
    const message = spy.mock.calls[0]![1];
    expect(await deliver(message, BACKGROUND)).toEqual({ clicked: true });
    expect(await deliver(message, CONTENT)).toBeUndefined();
    expect(await deliver(message, OTHER_EXTENSION)).toBeUndefined();
    expect(clickSwitchBack).toHaveBeenCalledTimes(1);
  });

  it('stops answering once unregistered', async () => {
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const stop = handleMessages<Pick<PageToBackground, 'getStatus'>>('page', { getStatus: () => ({ job: null, tab: null }) });
    const listener = add.mock.calls[0]![0];
    expect(fakeBrowser.runtime.onMessage.hasListener(listener)).toBe(true);
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListener(listener)).toBe(false);
  });
});

describe('sending', () => {
  it('broadcastToPages is fine with nobody listening (the popup is closed)', async () => {
    await expect(broadcastToPages('statusChanged', { state: 'running', kind: 'switch', step: 'opening', startedAt: 0, deadline: 1 })).resolves.toBeUndefined();
  });

  it('sendToBackground passes on a refusal to deliver', async () => {
    await expect(sendToBackground('getStatus', {})).rejects.toThrow('No listeners available');
  });
});
