// The options page's work that grows with the number of roles runs on a worker thread:
// reading a document (parse, credential scan, validation), planning and applying its import,
// and summing up what is stored. The page only sends text and shows what comes back, so it
// never stops answering (issue 11: no task over 50 ms while importing 20 000 roles).
import { currentLocale, languageTag, t, useLanguage, type Locale } from '../i18n';
import { listBookmarks } from '../store/bookmarks';
import type { Db } from '../store/db';
import { listTeamLists } from '../store/teamlists';
import { readTeamList, type ImportMode, type ImportOrigin, type ReadResult } from '../teamlist';
import { ImportSessions, type Previewed, type PreviewToken } from './import-sessions';
import { receiveText } from './paste-frame';
import { countByList, exportGroups, listRows, type GroupChoice, type ListRow } from './lists';
import type { PreviewView } from './preview';

/** What the lists table and the export panel show about the store. */
export interface StoreOverview {
  /** The imported lists by name, with their sizes and dates as the table shows them. */
  rows: ListRow[];
  /** The groups an export can choose from (exportGroups). */
  groups: GroupChoice[];
}

/** A document's text, or the port it comes through from the paste box's frame (receiveText),
 *  so that a pasted document's megabytes reach the worker without passing through the page. */
export type DocumentText = string | MessagePort;

/** Everything the options page does that grows with the number of roles. */
export interface OffThread {
  prepare(text: DocumentText, origin: ImportOrigin, mode: ImportMode): Promise<Previewed>;
  setMode(token: PreviewToken, mode: ImportMode): Promise<PreviewView>;
  again(token: PreviewToken): Promise<PreviewView>;
  apply(token: PreviewToken): Promise<{ summary: string }>;
  discard(token: PreviewToken): Promise<void>;
  overview(): Promise<StoreOverview>;
}

const CALLS = ['prepare', 'setMode', 'again', 'apply', 'discard', 'overview'] as const satisfies readonly (keyof OffThread)[];

export async function overviewOf(db: Db): Promise<StoreOverview> {
  const [lists, bookmarks] = await Promise.all([listTeamLists(db), listBookmarks(db)]);
  return { rows: listRows(lists, countByList(bookmarks), languageTag()), groups: exportGroups(bookmarks, languageTag()) };
}

/** The read as a preview keeps it: the document's name and source (listMetaOf), not its raw
 *  roles a second time (they are kept validated, as `roles`). */
export function slimRead(read: ReadResult): ReadResult {
  return read.ok ? { ...read, doc: { ...read.doc, roles: [] } } : read;
}

/** The same work on this thread: the worker's own implementation, and the unit tests'. */
export function onThisThread(db: () => Promise<Db>): OffThread {
  const sessions = new ImportSessions(db, (text) => slimRead(readTeamList(text)));
  return {
    prepare: async (text, ...a) => sessions.prepare(typeof text === 'string' ? text : await receiveText(text), ...a),
    setMode: (...a) => sessions.setMode(...a),
    again: (...a) => sessions.again(...a),
    apply: (...a) => sessions.apply(...a),
    discard: (...a) => sessions.discard(...a),
    overview: async () => overviewOf(await db()),
  };
}

/** The page's worker (a separate bundle: Vite builds the URL below). */
export function startWorker(): OffThread {
  return onWorker(new Worker(new URL('./off-thread.worker.ts', import.meta.url), { type: 'module', name: 'switch-roles-import' }));
}

/** A call, with the page's UI language: the worker's messages (problems) are in it too. */
type Call = { [K in keyof OffThread]: { id: number; name: K; args: Parameters<OffThread[K]>; locale: Locale } }[keyof OffThread];
export type WorkerRequest = Call;
export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** The worker's side: answers each request with the same work onThisThread does. */
export function serve(scope: { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(reply: WorkerReply): void }, work: OffThread): void {
  scope.onmessage = ({ data }) => {
    useLanguage(data.locale);
    const run = work[data.name] as (...args: unknown[]) => Promise<unknown>;
    run(...data.args).then(
      (value) => scope.postMessage({ id: data.id, ok: true, value }),
      (e: unknown) => scope.postMessage({ id: data.id, ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
  };
}

/** The page's side: each call becomes a message to `worker`. A worker that fails to start or
 *  crashes fails every call waiting on it and every later one, with the reason. */
export function onWorker(worker: Pick<Worker, 'postMessage' | 'onmessage' | 'onerror'>): OffThread {
  let next = 0;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
    const call = waiting.get(data.id);
    if (!call) return;
    waiting.delete(data.id);
    if (data.ok) call.resolve(data.value);
    else call.reject(new Error(data.error));
  };
  let broken: Error | null = null;
  worker.onerror = (e) => {
    e.preventDefault();
    broken = new Error(t('import_workerStopped', { reason: e.message || t('import_workerNoReason') }));
    for (const call of waiting.values()) call.reject(broken);
    waiting.clear();
  };
  const call = (name: keyof OffThread, args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      if (broken) return reject(broken);
      const id = ++next;
      waiting.set(id, { resolve, reject });
      // A document's text that is no string is a port (DocumentText): handed over, not copied.
      const port = name === 'prepare' && typeof args[0] !== 'string' ? [args[0] as MessagePort] : [];
      worker.postMessage({ id, name, args, locale: currentLocale() }, port);
    });
  return Object.fromEntries(CALLS.map((name) => [name, (...args: unknown[]) => call(name, args)])) as unknown as OffThread;
}
