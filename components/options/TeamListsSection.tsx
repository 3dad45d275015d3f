// Team lists: import (file, paste, URL; the CLI's config by file or paste) with a preview
// before anything is written, the imported lists (refresh, export, remove), and export.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Bookmark } from '../../lib/bookmark';
import { languageTag, t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/messages';
import { downloadText } from '../../lib/options/download';
import { prepareExport } from '../../lib/options/export';
import type { PreviewToken } from '../../lib/options/import-sessions';
import { exportOptionsOfList } from '../../lib/options/lists';
import { listOriginPattern, originPatternOf, releaseOrigin } from '../../lib/options/origin';
import { onThisThread, startWorker, type DocumentText, type OffThread, type StoreOverview } from '../../lib/options/off-thread';
import type { PreviewView } from '../../lib/options/preview';
import { problemsHeading } from '../../lib/options/problems';
import { listBookmarks } from '../../lib/store/bookmarks';
import { db } from '../../lib/store/db';
import { bookmarksOfList, deleteTeamList, listTeamLists } from '../../lib/store/teamlists';
import { sizeProblem } from '../../lib/teamlist/limits';
import { loadFile, loadUrl, type ExportOptions, type ImportMode, type ImportOrigin, type Problem, type TeamList } from '../../lib/teamlist';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import type { PasteBoxHandle, PastedText } from './PasteBox';
import { ImportPreview } from './ImportPreview';
import { ListsTable } from './ListsTable';
import { Notice, type NoticeState } from './Notice';
import { ProblemList } from './ProblemList';

/** Where an import stands. Only the latest attempt may move it (see `begin`). */
type Stage =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string; cancel: () => void }
  | { kind: 'problems'; title: string; problems: Problem[]; pasted?: PastedText }
  | { kind: 'preview'; token: PreviewToken; view: PreviewView; applying: boolean; error: string | null };

type ExportOutcome = { notice: NoticeState; warning: string | null; problems: Problem[] | null };
const NO_EXPORT: ExportOutcome = { notice: null, warning: null, problems: null };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Gives back an import's host permission once no stored list comes from that origin. */
async function releaseUnused(pattern: string | null): Promise<void> {
  if (!pattern) return;
  try {
    const lists = await listTeamLists(await db());
    await releaseOrigin(pattern, lists, browser.permissions, browser.runtime.getManifest().host_permissions ?? []);
  } catch {
    // The database cannot be read: keep the permission rather than guess.
  }
}
const oneProblem = (message: string): Problem[] => [{ path: '', message }];

/** The page's worker, shared by every render; on this thread where workers do not exist (tests). */
let sharedWork: OffThread | undefined;
const defaultWork = () => (sharedWork ??= typeof Worker === 'function' ? startWorker() : onThisThread(db));

export function TeamListsSection({ work = defaultWork() }: { work?: OffThread }) {
  const [data, setData] = useState<StoreOverview | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [notice, setNotice] = useState<NoticeState>(null);
  const [listsOutcome, setListsOutcome] = useState<ExportOutcome>(NO_EXPORT);
  const [exportOutcome, setExportOutcome] = useState<ExportOutcome>(NO_EXPORT);
  const attempt = useRef(0);
  const outcome = useRef<HTMLDivElement>(null);
  const pasteBox = useRef<PasteBoxHandle>(null);

  async function reload() {
    try {
      // The page's own connection first (exports and removals use it): if storage is unavailable
      // here, that is what to say. Counting every role is the worker's: at 100 000 roles,
      // reading them here would stall the page.
      await db();
      setData(await work.overview());
    } catch (e) {
      setNotice({ tone: 'error', text: t('teamlists_readFailed', { error: messageOf(e) }) });
    }
  }

  useEffect(() => {
    void reload();
    // The popup may have changed bookmarks meanwhile: read again when the page comes back.
    const again = () => void reload();
    window.addEventListener('focus', again);
    return () => window.removeEventListener('focus', again);
  }, []);

  // A preview or problems may appear far from the button that asked for them (Refresh). Scrolled
  // to in the next frame, not in this task: scrolling now would force a layout of the whole page
  // (a pasted document in the text box included) inside the task that renders the preview.
  useEffect(() => {
    if (stage.kind !== 'preview' && stage.kind !== 'problems') return;
    const frame = requestAnimationFrame(() => outcome.current?.scrollIntoView?.({ block: 'nearest' }));
    return () => cancelAnimationFrame(frame);
  }, [stage.kind]);

  /** Starts an attempt; the returned check is true while no later attempt (or Cancel) came. */
  function begin(text: string, onCancel?: () => void): () => boolean {
    const id = ++attempt.current;
    setNotice(null);
    setStage({
      kind: 'busy',
      text,
      cancel: () => {
        onCancel?.();
        if (attempt.current === id) {
          attempt.current++;
          setStage({ kind: 'idle' });
        }
      },
    });
    return () => attempt.current === id;
  }

  /** `pasted`: the paste box's read the text came from, to point into it at a problem. */
  async function preview(text: DocumentText, origin: ImportOrigin, current: () => boolean, pasted?: PastedText) {
    try {
      const result = await work.prepare(text, origin, 'merge');
      if (!current()) {
        if (result.ok) void work.discard(result.token);
        return;
      }
      setStage(
        result.ok
          ? { kind: 'preview', token: result.token, view: result.view, applying: false, error: null }
          : {
              kind: 'problems',
              title: problemsHeading(result.problems),
              problems: result.problems,
              ...(pasted ? { pasted } : {}),
            },
      );
    } catch (e) {
      if (current()) setStage({ kind: 'problems', title: t('import_nothing'), problems: oneProblem(messageOf(e)) });
    }
  }

  async function fromFile(file: File) {
    const current = begin(t('import_readingFile', { file: file.name }));
    try {
      const loaded = await loadFile(file);
      if (!current()) return;
      if (!loaded.ok) return setStage({ kind: 'problems', title: t('import_nothing'), problems: loaded.problems });
      await preview(loaded.text, { kind: 'file', fileName: file.name }, current);
    } catch (e) {
      if (current()) setStage({ kind: 'problems', title: t('import_nothing'), problems: oneProblem(t('import_readFileFailed', { file: file.name, error: messageOf(e) })) });
    }
  }

  function fromPaste(pasted: PastedText) {
    void preview('text' in pasted ? pasted.text : pasted.port, { kind: 'paste' }, begin(t('import_readingPaste')), pasted);
  }

  /** Refused at the paste, from its length alone: the text itself never came. */
  function refusePaste(problem: string) {
    attempt.current++;
    setNotice(null);
    const problems = oneProblem(problem);
    setStage({ kind: 'problems', title: problemsHeading(problems), problems });
  }

  /** Synchronous up to permissions.request: Chrome grants a request only during the click's
   *  user gesture, and resolves it at once when the origin is already granted. */
  function fromUrl(address: string) {
    const origin = originPatternOf(address);
    if (!origin.ok) {
      attempt.current++;
      setNotice(null);
      return setStage({ kind: 'problems', title: t('import_nothing'), problems: oneProblem(origin.message) });
    }
    let asked: Promise<boolean>;
    try {
      asked = browser.permissions.request({ origins: [origin.pattern] });
    } catch (e) {
      asked = Promise.reject(e);
    }
    const abort = new AbortController();
    const current = begin(t('import_waitingPermission', { host: origin.host }), () => abort.abort());
    void (async () => {
      let granted: boolean;
      try {
        granted = await asked;
      } catch (e) {
        if (!current()) return;
        return setStage({ kind: 'problems', title: t('import_nothing'), problems: oneProblem(t('import_askFailed', { host: origin.host, error: messageOf(e) })) });
      }
      if (!current()) return;
      if (!granted) {
        return setStage({
          kind: 'problems',
          title: t('import_nothing'),
          problems: oneProblem(t('import_notAllowed', { host: origin.host })),
        });
      }
      setStage((s) => (s.kind === 'busy' ? { ...s, text: t('import_fetching', { url: origin.url }) } : s));
      try {
        const loaded = await loadUrl(origin.url, { signal: abort.signal });
        if (!loaded.ok) void releaseUnused(origin.pattern);
        if (!current()) return;
        if (!loaded.ok) return setStage({ kind: 'problems', title: t('import_nothing'), problems: loaded.problems });
        // The address as asked for (not where a redirect led): what a refresh fetches again.
        await preview(loaded.text, { kind: 'url', url: origin.url }, current);
      } catch (e) {
        // A connection dropped while reading the body, for instance.
        if (current()) setStage({ kind: 'problems', title: t('import_nothing'), problems: oneProblem(t('import_readUrlFailed', { url: origin.url, error: messageOf(e) })) });
      }
    })();
  }

  /** Selects the character a syntax problem points at, in the paste box (if unchanged since). */
  function locate(p: Problem, pasted: PastedText) {
    if (p.line !== undefined) pasteBox.current?.select(pasted, p.line, p.column);
  }

  async function changeMode(mode: ImportMode) {
    if (stage.kind !== 'preview') return;
    const { token } = stage;
    try {
      const view = await work.setMode(token, mode);
      setStage((s) => (s.kind === 'preview' && s.token === token ? { ...s, view, error: null } : s));
    } catch (e) {
      setStage((s) => (s.kind === 'preview' && s.token === token ? { ...s, error: messageOf(e) } : s));
    }
  }

  async function notifyBackground(): Promise<string | null> {
    try {
      await sendToBackground('bookmarksChanged', {});
      return null;
    } catch (e) {
      return t('import_backgroundNote', { error: messageOf(e) });
    }
  }

  async function apply() {
    if (stage.kind !== 'preview' || stage.applying) return;
    const id = ++attempt.current;
    setStage({ ...stage, applying: true, error: null });
    try {
      const { summary } = await work.apply(stage.token);
      if (attempt.current === id) setStage({ kind: 'idle' });
      // Said as soon as it is stored; the background's refresh of banners and of the popup's
      // first screen (a read of the whole store) runs meanwhile and only adds a warning.
      setNotice({ tone: 'ok', text: summary });
      void notifyBackground().then((note) => {
        if (note) setNotice((n) => (n?.text === summary ? { tone: 'warn', text: summary + note } : n));
      });
    } catch (e) {
      if (attempt.current === id) setStage({ ...stage, applying: false, error: messageOf(e) });
    }
    await reload();
  }

  /** After a refused apply: the same document, previewed against what is stored now. */
  async function again() {
    if (stage.kind !== 'preview') return;
    const id = ++attempt.current;
    try {
      const view = await work.again(stage.token);
      if (attempt.current === id) setStage({ kind: 'preview', token: stage.token, view, applying: false, error: null });
    } catch (e) {
      if (attempt.current === id) setStage({ ...stage, error: messageOf(e) });
    }
  }

  function cancel() {
    if (stage.kind === 'preview') void work.discard(stage.token);
    attempt.current++;
    setStage({ kind: 'idle' });
  }

  async function exportNow(bookmarks: Promise<readonly Bookmark[]>, options: ExportOptions): Promise<ExportOutcome> {
    let made;
    try {
      made = prepareExport(await bookmarks, options, new Date());
    } catch (e) {
      return { notice: { tone: 'error', text: t('export_readFailed', { error: messageOf(e) }) }, warning: null, problems: null };
    }
    if (!made.ok) return { notice: null, warning: null, problems: made.problems };
    try {
      downloadText(document, made.text, made.fileName);
    } catch (e) {
      return { notice: { tone: 'error', text: t('export_saveFailed', { error: messageOf(e) }) }, warning: null, problems: null };
    }
    return { notice: { tone: 'ok', text: made.message }, warning: made.warning, problems: null };
  }

  async function exportList(list: TeamList) {
    setListsOutcome(await exportNow(db().then((d) => bookmarksOfList(d, list.id)), exportOptionsOfList(list)));
  }

  async function removeList(list: TeamList) {
    try {
      const removed = await deleteTeamList(await db(), list.id);
      await releaseUnused(listOriginPattern(list));
      const note = await notifyBackground();
      setListsOutcome({
        notice: { tone: note ? 'warn' : 'ok', text: (removed === 1 ? t('lists_removedOne', { name: list.name }) : t('lists_removed', { name: list.name, count: removed })) + (note ?? '') },
        warning: null,
        problems: null,
      });
    } catch (e) {
      setListsOutcome({ notice: { tone: 'error', text: messageOf(e) }, warning: null, problems: null });
    }
    await reload();
  }

  return (
    <section aria-labelledby="teamlists-heading" class="teamlists">
      <h2 id="teamlists-heading">{t('teamlists_heading')}</h2>

      <h3>{t('teamlists_importHeading')}</h3>
      <p class="hint">{t('teamlists_importHint')}</p>
      <ImportPanel onFile={(f) => void fromFile(f)} onPaste={fromPaste} onUrl={fromUrl} pasteRef={pasteBox}
        onHugePaste={(length) => {
          const problem = sizeProblem(length, true);
          if (problem) refusePaste(problem);
        }} />

      <div ref={outcome} class="import-outcome">
        {stage.kind === 'busy' && (
          <div class="busy">
            <p role="status">{stage.text}</p>
            <button type="button" onClick={stage.cancel}>
              {t('form_cancel')}
            </button>
          </div>
        )}
        {stage.kind === 'problems' && (
          <ProblemList title={stage.title} items={stage.problems} tone="error"
            onLocate={stage.pasted === undefined ? undefined : (p) => locate(p, stage.pasted!)} />
        )}
        {stage.kind === 'preview' && (
          <ImportPreview view={stage.view} applying={stage.applying} error={stage.error} onMode={(m) => void changeMode(m)}
            onApply={() => void apply()} onAgain={() => void again()} onCancel={cancel} />
        )}
        <Notice state={notice} />
      </div>

      <h3>{t('teamlists_importedHeading')}</h3>
      <ListsTable rows={data?.rows ?? null} onRefresh={(l) => fromUrl(l.url ?? '')} onExport={(l) => void exportList(l)}
        onRemove={removeList} />
      <ExportResult outcome={listsOutcome} />

      <h3>{t('teamlists_exportHeading')}</h3>
      <p class="hint">{t('teamlists_exportHint')}</p>
      <ExportPanel groups={data?.groups ?? null} onExport={(o) => void exportNow(db().then(listBookmarks), o).then(setExportOutcome)} />
      <ExportResult outcome={exportOutcome} />
    </section>
  );
}

function ExportResult({ outcome }: { outcome: ExportOutcome }) {
  return (
    <>
      {outcome.problems && <ProblemList title={t('export_refused')} items={outcome.problems} tone="error" />}
      {outcome.warning && (
        <p class="notice warn" role="alert">
          {outcome.warning}
        </p>
      )}
      <Notice state={outcome.notice} />
    </>
  );
}
