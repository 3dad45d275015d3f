// The options page's import work, held off the page: previews by token (the page never holds
// the roles), applied or discarded; and the worker's message protocol, with the worker played
// by a message channel, including a worker that dies.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentLocale, setLanguage } from '@/lib/i18n';
import { ImportSessions, previewGone } from '@/lib/options/import-sessions';
import { encodeText } from '@/lib/options/paste-frame';
import { onThisThread, onWorker, serve, type OffThread, type WorkerReply, type WorkerRequest } from '@/lib/options/off-thread';
import { PREVIEW_LINES } from '@/lib/options/preview';
import { listBookmarks } from '@/lib/store/bookmarks';
import { openDatabase, type Db } from '@/lib/store/db';

const PREVIEW_GONE = previewGone();

let db: Db;
beforeEach(async () => {
  db = await openDatabase(`off-thread-${crypto.randomUUID()}`);
});
afterEach(() => {
  db.close();
  setLanguage('en');
});

const roles = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ account: 'acme', roleName: `r${from + i}`, group: `G${i % 2}` }));
const doc = (rs: object[]) => JSON.stringify({ version: 1, name: 'Platform', source: 'git:platform', roles: rs });
const PASTE = { kind: 'paste' } as const;

async function previewed(work: Pick<OffThread, 'prepare'>, text: string) {
  const r = await work.prepare(text, PASTE, 'merge');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}

describe('ImportSessions', () => {
  it('previews a large list as counts and the PREVIEW_LINES lines the page shows, and writes nothing', async () => {
    const sessions = new ImportSessions(async () => db);
    const { view } = await previewed(sessions, doc(roles(1000)));
    expect(view.countsLine).toBe('1000 added · 0 changed · 0 unchanged');
    // The lines shown are shared by every group, in order: the first group's fill them.
    expect(view.groups.map((g) => [g.name, g.totals.added, g.added.length])).toEqual([
      ['G0', 500, PREVIEW_LINES],
      ['G1', 500, 0],
    ]);
    expect(await listBookmarks(db)).toEqual([]);
  });

  it('applies a preview once, by its token; a token applied or discarded is gone, and says so', async () => {
    const sessions = new ImportSessions(async () => db);
    const first = await previewed(sessions, doc(roles(3)));
    expect(await sessions.apply(first.token)).toEqual({ summary: 'Imported "Platform": 3 added, 0 changed, 0 removed.' });
    expect(await listBookmarks(db)).toHaveLength(3);
    await expect(sessions.apply(first.token)).rejects.toThrow(PREVIEW_GONE);

    const second = await previewed(sessions, doc(roles(2, 3)));
    await sessions.discard(second.token);
    await expect(sessions.setMode(second.token, 'replace')).rejects.toThrow(PREVIEW_GONE);
    expect(await listBookmarks(db)).toHaveLength(3);
  });

  it('re-plans a held preview in the other mode, and against what is stored now', async () => {
    const sessions = new ImportSessions(async () => db);
    await sessions.apply((await previewed(sessions, doc(roles(3)))).token);
    const { token, view } = await previewed(sessions, doc(roles(1)));
    expect(view.countsLine).toBe('0 added · 0 changed · 1 unchanged · 2 kept (not in this document)');
    expect((await sessions.setMode(token, 'replace')).countsLine).toBe('0 added · 0 changed · 1 unchanged · 2 removed');
    expect((await sessions.again(token)).mode).toBe('replace');
    expect(await sessions.apply(token)).toEqual({ summary: 'Imported "Platform": 0 added, 0 changed, 2 removed.' });
  });

  it('keeps only the latest few previews', async () => {
    const sessions = new ImportSessions(async () => db);
    const tokens = [];
    for (let i = 0; i < 5; i++) tokens.push((await previewed(sessions, doc(roles(1, i)))).token);
    await expect(sessions.setMode(tokens[0]!, 'replace')).rejects.toThrow(PREVIEW_GONE);
    await expect(sessions.setMode(tokens[4]!, 'replace')).resolves.toMatchObject({ mode: 'replace' });
  });
});

/** A worker played by a MessageChannel: port1 is the page's end, port2 the worker's. */
function channelWorker() {
  const channel = new MessageChannel();
  const page = {
    onmessage: null as ((e: MessageEvent<WorkerReply>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    postMessage: (m: WorkerRequest, transfer: Transferable[] = []) => channel.port1.postMessage(m, transfer),
  };
  channel.port1.onmessage = (e) => page.onmessage?.(e as MessageEvent<WorkerReply>);
  const worker = { onmessage: null as ((e: MessageEvent<WorkerRequest>) => void) | null, postMessage: (r: WorkerReply) => channel.port2.postMessage(r) };
  channel.port2.onmessage = (e) => worker.onmessage?.(e as MessageEvent<WorkerRequest>);
  return { page, worker, close: () => (channel.port1.close(), channel.port2.close()) };
}

describe('the worker protocol', () => {
  it('runs every call in the worker and brings back its answer, or its refusal', async () => {
    const { page, worker, close } = channelWorker();
    serve(worker, onThisThread(async () => db));
    const work = onWorker(page as unknown as Worker);
    const { token } = await previewed(work, doc(roles(2)));
    expect(await work.apply(token)).toEqual({ summary: 'Imported "Platform": 2 added, 0 changed, 0 removed.' });
    expect((await work.overview()).rows.map((r) => [r.list.name, r.roles])).toEqual([['Platform', 2]]);
    const refused = await work.prepare('{"version": 1, "roles": [{"account": "acme"}]}', PASTE, 'merge');
    expect(refused).toMatchObject({ ok: false, problems: [{ path: 'roles[0].roleName', message: expect.stringContaining('has no "roleName"') }] });
    await expect(work.apply(token)).rejects.toThrow(PREVIEW_GONE);
    close();
  });

  it('takes a pasted document through the port the paste box sends it into, handed to the worker, never copied', async () => {
    const { page, worker, close } = channelWorker();
    serve(worker, onThisThread(async () => db));
    const work = onWorker(page as unknown as Worker);
    const paste = new MessageChannel();
    const bytes = encodeText(doc(roles(3)));
    paste.port2.postMessage(bytes, [bytes]);
    // A port in a message must be handed over: posting it as a copy throws.
    await expect(work.prepare(paste.port1, PASTE, 'merge')).resolves.toMatchObject({ ok: true, view: { counts: { added: 3 } } });
    close();
  });

  it('works in the page’s language, sent with each call', async () => {
    const { page, worker, close } = channelWorker();
    serve(worker, onThisThread(async () => db));
    const work = onWorker(page as unknown as Worker);
    setLanguage('zh_CN');
    const call = work.overview();
    // Here page and worker share one module: switching back before the worker runs shows the
    // worker took the language from the call, not from its surroundings.
    setLanguage('en');
    await call;
    expect(currentLocale()).toBe('zh_CN');
    close();
  });

  it('fails every waiting and later call, saying so, when the worker dies', async () => {
    const { page, close } = channelWorker(); // nobody serves: calls wait
    const work = onWorker(page as unknown as Worker);
    const waiting = work.overview();
    let prevented = false;
    page.onerror!({ message: 'Uncaught SyntaxError', preventDefault: () => (prevented = true) } as unknown as ErrorEvent);
    await expect(waiting).rejects.toThrow(/import worker stopped \(Uncaught SyntaxError\)\. Nothing was changed: reload the page/);
    await expect(work.prepare('{}', PASTE, 'merge')).rejects.toThrow(/import worker stopped/);
    expect(prevented).toBe(true);
    close();
  });
});
