// Team lists: import (file, paste, URL; the CLI's config by file or paste) with a preview
// before anything is written, the imported lists (refresh, export, remove), and export.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Bookmark } from '../../lib/bookmark';
import { languageTag, t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/messages';
import { downloadText } from '../../lib/options/download';
import { prepareExport } from '../../lib/options/export';
import { applyPrepared, importSummary, prepareImport, previewAgain, withMode, type PreparedImport } from '../../lib/options/import';
import { exportOptionsOfList, listRows } from '../../lib/options/lists';
import { listOriginPattern, originPatternOf, releaseOrigin } from '../../lib/options/origin';
import { offsetOf, problemsHeading } from '../../lib/options/problems';
import { listBookmarks } from '../../lib/store/bookmarks';
import { db } from '../../lib/store/db';
import { deleteTeamList, listTeamLists } from '../../lib/store/teamlists';
import { loadFile, loadUrl, type ExportOptions, type ImportMode, type ImportOrigin, type Problem, type TeamList } from '../../lib/teamlist';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { ImportPreview } from './ImportPreview';
import { ListsTable } from './ListsTable';
import { Notice, type NoticeState } from './Notice';
import { ProblemList } from './ProblemList';

/** Where an import stands. Only the latest attempt may move it (see `begin`). */
type Stage =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string; cancel: () => void }
  | { kind: 'problems'; title: string; problems: Problem[]; pasted?: string }
  | { kind: 'preview'; prepared: PreparedImport; applying: boolean; error: string | null };

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

export function TeamListsSection() {
  const [data, setData] = useState<{ lists: TeamList[]; bookmarks: Bookmark[] } | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [notice, setNotice] = useState<NoticeState>(null);
  const [listsOutcome, setListsOutcome] = useState<ExportOutcome>(NO_EXPORT);
  const [exportOutcome, setExportOutcome] = useState<ExportOutcome>(NO_EXPORT);
  const attempt = useRef(0);
  const outcome = useRef<HTMLDivElement>(null);
  const pasteBox = useRef<HTMLTextAreaElement>(null);

  async function reload() {
    try {
      const d = await db();
      const [lists, bookmarks] = await Promise.all([listTeamLists(d), listBookmarks(d)]);
      setData({ lists, bookmarks });
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

  // A preview or problems may appear far from the button that asked for them (Refresh).
  useLayoutEffect(() => {
    if (stage.kind === 'preview' || stage.kind === 'problems') outcome.current?.scrollIntoView?.({ block: 'nearest' });
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

  async function preview(text: string, origin: ImportOrigin, current: () => boolean, mode: ImportMode = 'merge') {
    try {
      const result = await prepareImport(await db(), text, origin, mode);
      if (!current()) return;
      setStage(
        result.ok
          ? { kind: 'preview', prepared: result.prepared, applying: false, error: null }
          : {
              kind: 'problems',
              title: problemsHeading(result.problems),
              problems: result.problems,
              ...(origin.kind === 'paste' ? { pasted: text } : {}),
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

  function fromPaste(text: string) {
    void preview(text, { kind: 'paste' }, begin(t('import_readingPaste')));
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
  function locate(p: Problem, pasted: string) {
    const box = pasteBox.current;
    if (!box || p.line === undefined || box.value !== pasted) return;
    const at = offsetOf(pasted, p.line, p.column ?? 1);
    box.focus();
    box.setSelectionRange(at, Math.min(at + 1, pasted.length));
  }

  function changeMode(mode: ImportMode) {
    setStage((s) => (s.kind === 'preview' ? { ...s, prepared: withMode(s.prepared, mode), error: null } : s));
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
    const { prepared } = stage;
    const id = ++attempt.current;
    setStage({ ...stage, applying: true, error: null });
    try {
      const result = await applyPrepared(await db(), prepared);
      if (attempt.current === id) setStage({ kind: 'idle' });
      const note = await notifyBackground();
      setNotice({ tone: note ? 'warn' : 'ok', text: importSummary(prepared, result) + (note ?? '') });
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
      const prepared = await previewAgain(await db(), stage.prepared);
      if (attempt.current === id) setStage({ kind: 'preview', prepared, applying: false, error: null });
    } catch (e) {
      if (attempt.current === id) setStage({ ...stage, error: messageOf(e) });
    }
  }

  function cancel() {
    attempt.current++;
    setStage({ kind: 'idle' });
  }

  function exportNow(bookmarks: readonly Bookmark[], options: ExportOptions): ExportOutcome {
    const made = prepareExport(bookmarks, options, new Date());
    if (!made.ok) return { notice: null, warning: null, problems: made.problems };
    try {
      downloadText(document, made.text, made.fileName);
    } catch (e) {
      return { notice: { tone: 'error', text: t('export_saveFailed', { error: messageOf(e) }) }, warning: null, problems: null };
    }
    return { notice: { tone: 'ok', text: made.message }, warning: made.warning, problems: null };
  }

  function exportList(list: TeamList) {
    const own = (data?.bookmarks ?? []).filter((b) => b.listId === list.id);
    setListsOutcome(exportNow(own, exportOptionsOfList(list)));
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
      <ImportPanel onFile={(f) => void fromFile(f)} onPaste={fromPaste} onUrl={fromUrl} pasteRef={pasteBox} />

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
          <ImportPreview prepared={stage.prepared} applying={stage.applying} error={stage.error} onMode={changeMode}
            onApply={() => void apply()} onAgain={() => void again()} onCancel={cancel} />
        )}
        <Notice state={notice} />
      </div>

      <h3>{t('teamlists_importedHeading')}</h3>
      <ListsTable rows={data && listRows(data.lists, data.bookmarks, languageTag())} onRefresh={(l) => fromUrl(l.url ?? '')} onExport={exportList}
        onRemove={removeList} />
      <ExportResult outcome={listsOutcome} />

      <h3>{t('teamlists_exportHeading')}</h3>
      <p class="hint">{t('teamlists_exportHint')}</p>
      <ExportPanel bookmarks={data?.bookmarks ?? null} onExport={(b, o) => setExportOutcome(exportNow(b, o))} />
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
