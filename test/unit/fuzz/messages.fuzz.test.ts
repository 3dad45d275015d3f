// Seeded fuzzing of every message handler, in the normal test run: 10,000 generated messages to
// the background (wrong shapes from the right senders, anything from wrong senders, huge
// values) and to the generic receiver every context uses. Nothing throws out of a listener, no
// promise is left rejecting unobserved, and a refused message changes no stored state.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { startBackground } from '@/lib/background';
import { fieldsOf, isOptionalTabId, isPageEvidence } from '@/lib/background/guards';
import { handleMessages, type Sender } from '@/lib/messages';
import { db } from '@/lib/store/db';
import { ownBookmarks, putOwnBookmarks } from '../store/own-record';

const SEED = 20261127;
const TAG = 'switch-roles-alibaba-cloud';
const FUZZ_TIMEOUT_MS = 60_000;
type Listener = (message: unknown, sender: Sender) => unknown;

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => void process.on('unhandledRejection', onUnhandled));
afterAll(() => void process.off('unhandledRejection', onUnhandled));

const huge = fc.constantFrom('x'.repeat(100_000), '9'.repeat(5_000), `${'['.repeat(1000)}`);
const anything = fc.oneof(
  { depthSize: 'small' },
  fc.anything({ maxDepth: 3, maxKeys: 4, withNullPrototype: true, withMap: true, withBigInt: true }),
  huge,
  fc.constantFrom(null, undefined, NaN, -1, 1e300, '', '__proto__', { __proto__: { tabId: 1 } }, Object.create(null)),
);
const odd = fc.oneof(anything, fc.record({ tabId: anything, target: anything, text: anything, evidence: anything, collapseKey: anything, collapsed: anything, url: anything, pageLoadedAt: anything }, { requiredKeys: [] }));

const PAGE_NAMES = ['startSwitch', 'switchBack', 'getStatus', 'bookmarksChanged'];
const CONTENT_NAMES = ['switchPageLoaded', 'formFilled', 'formFailed', 'switchPageError', 'signinPageLoaded', 'identitySeen', 'setBannerCollapsed'];
const ALL_NAMES = [...PAGE_NAMES, ...CONTENT_NAMES, 'clickSwitchBack', 'refreshBanner', 'statusChanged', 'identityChanged', 'toString', '__proto__', 'constructor', 'hasOwnProperty'];

const EXTENSION = `chrome-extension://${fakeBrowser.runtime.id}/`;
const pageSender: Sender = { id: fakeBrowser.runtime.id, url: `${EXTENSION}popup.html` };
const contentSender = (tabId: number): Sender => ({ id: fakeBrowser.runtime.id, url: 'https://home.console.aliyun.com/', tab: { id: tabId } as never, frameId: 0 });

/** Senders that must never be answered: another extension, a web page, a look-alike URL. */
const wrongSender: fc.Arbitrary<Sender> = fc.oneof(
  fc.record({ id: fc.constantFrom('other-extension', '', undefined as unknown as string), url: fc.constantFrom(`${EXTENSION}popup.html`, 'https://evil.example/') }),
  fc.constant({ id: fakeBrowser.runtime.id, url: 'https://evil.example/chrome-extension://x/' } as Sender),
  fc.record({ id: fc.constant('other-extension'), url: fc.constant('https://home.console.aliyun.com/'), tab: fc.record({ id: fc.nat() }) }) as fc.Arbitrary<Sender>,
  anything as fc.Arbitrary<Sender>,
);

const envelope = (name: unknown, data: unknown) => ({ tag: TAG, name, data });
/** Not our envelope: another extension's message, a bare string, a near miss. */
const notOurs = fc.oneof(anything, fc.record({ tag: fc.constantFrom('other', TAG.toUpperCase(), undefined), name: fc.constantFrom(...ALL_NAMES), data: anything }), fc.constantFrom(...ALL_NAMES));

/** A stored-state snapshot: extension storage (every area) and the database. */
async function snapshot() {
  const d = await db();
  return {
    local: await fakeBrowser.storage.local.get(null),
    session: await fakeBrowser.storage.session.get(null),
    sync: await fakeBrowser.storage.sync.get(null),
    bookmarks: await ownBookmarks(d),
    history: await d.getAll('history'),
    lists: await d.getAll('lists'),
  };
}
const storageOnly = async () => JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.session.get(null)]);

/** Runs a listener to its end: it must not throw, and whatever it returns must settle. */
async function deliver(listener: Listener, message: unknown, sender: Sender): Promise<'ignored' | 'answered' | 'refused'> {
  const answer = listener(message, sender); // a throw here fails the property
  if (answer === undefined) return 'ignored';
  return Promise.resolve(answer).then(
    () => 'answered' as const,
    () => 'refused' as const,
  );
}

describe('fuzzing the message handlers', () => {
  let background: Listener;

  beforeAll(async () => {
    fakeBrowser.reset();
    const listeners: Listener[] = [];
    vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation(((l: Listener) => void listeners.push(l)) as never);
    startBackground();
    background = listeners[0]!;
    expect(listeners).toHaveLength(2); // pages and content scripts
    const both: Listener = (m, s) => listeners.map((l) => l(m, s)).find((r) => r !== undefined);
    background = both;
    // A stored bookmark and setting, so that "changes nothing" has something to change.
    await putOwnBookmarks(await db(), [{ id: 'b1', account: 'company1', roleName: 'devops', colour: '#d32f2f', favourite: false, createdAt: 1, updatedAt: 1 }]);
    await fakeBrowser.storage.local.set({ 'settings:marker': 1 });
    await new Promise((r) => setTimeout(r, 0));
  });

  it('ignores 4,000 messages from wrong senders or not in our envelope, changing nothing', async () => {
    const before = await snapshot();
    const message = fc.oneof(fc.tuple(fc.constantFrom(...ALL_NAMES), odd).map(([n, d]) => envelope(n, d)), notOurs);
    await fc.assert(
      fc.asyncProperty(message, wrongSender, async (m, sender) => {
        if ((await deliver(background, m, sender)) !== 'ignored') throw new Error(`answered ${JSON.stringify(m)?.slice(0, 200)}`);
      }),
      { seed: SEED, numRuns: 4_000 },
    );
    // Our own pages' and tabs' messages outside our envelope are ignored too.
    await fc.assert(
      fc.asyncProperty(notOurs, fc.constantFrom(pageSender, contentSender(7)), async (m, sender) => {
        if ((await deliver(background, m, sender)) !== 'ignored') throw new Error('answered a message outside the envelope');
      }),
      { seed: SEED, numRuns: 1_000 },
    );
    expect(await snapshot()).toEqual(before);
    expect(unhandled).toEqual([]);
  }, FUZZ_TIMEOUT_MS);

  it('refuses or harmlessly answers 4,000 wrongly shaped messages from the right senders, changing nothing', async () => {
    const before = await snapshot();
    const pageMessage = fc
      .tuple(fc.constantFrom(...PAGE_NAMES), odd)
      // Switching back with no tab named is a valid request (it opens a tab): not a refusal.
      .filter(([n, d]) => !(n === 'switchBack' && isOptionalTabId(fieldsOf(d).tabId)))
      // bookmarksChanged carries nothing to refuse: it rewrites the popup's first screen from the store.
      .filter(([n]) => n !== 'bookmarksChanged')
      .map(([n, d]) => ({ m: envelope(n, d), sender: pageSender }));
    const contentMessage = fc
      .tuple(fc.constantFrom(...CONTENT_NAMES), odd, fc.nat({ max: 50 }))
      // Valid page evidence or a collapse key is a real report, which may be stored: not a refusal.
      .filter(([n, d]) => !(n === 'identitySeen' && isPageEvidence((d as { evidence?: unknown } | null)?.evidence)))
      .filter(([n, d]) => !(n === 'setBannerCollapsed' && typeof (d as { collapseKey?: unknown } | null)?.collapseKey === 'string' && (d as { collapseKey: string }).collapseKey !== ''))
      .map(([n, d, tab]) => ({ m: envelope(n, d), sender: contentSender(tab) }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(pageMessage, contentMessage), async ({ m, sender }) => {
        const stored = await storageOnly();
        await deliver(background, m, sender);
        if ((await storageOnly()) !== stored) throw new Error(`stored state changed by ${JSON.stringify(m)?.slice(0, 300)}`);
      }),
      { seed: SEED, numRuns: 4_000 },
    );
    expect(await snapshot()).toEqual(before);
    expect(unhandled).toEqual([]);
  }, FUZZ_TIMEOUT_MS);

  it('the generic receiver (popup, options, content scripts) calls a handler only for its own senders: 2,000 messages', async () => {
    fakeBrowser.reset();
    const calls: string[] = [];
    const listeners: Listener[] = [];
    vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation(((l: Listener) => void listeners.push(l)) as never);
    const handlers = Object.fromEntries(['statusChanged', 'identityChanged', 'clickSwitchBack', 'refreshBanner'].map((n) => [n, (): void => void calls.push(n)]));
    handleMessages<Record<string, { req: unknown; res: void }>>('background', handlers);
    handleMessages<Record<string, { req: unknown; res: void }>>('page', handlers);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.tuple(fc.constantFrom(...ALL_NAMES), odd).map(([n, d]) => envelope(n, d)), notOurs), wrongSender, async (m, sender) => {
        for (const l of listeners) if ((await deliver(l, m, sender)) !== 'ignored') throw new Error('answered a wrong sender');
      }),
      { seed: SEED, numRuns: 2_000 },
    );
    expect(calls).toEqual([]);
    expect(unhandled).toEqual([]);
  }, FUZZ_TIMEOUT_MS);
});
