// An import as the options page runs it: read the text, find the list it updates, plan it
// (the preview), and apply that plan. Nothing is written before applyPrepared.
import { t } from '../i18n';
import type { Bookmark } from '../bookmark';
import type { Db } from '../store/db';
import { applyImport, existingForSource, type ApplyResult } from '../store/teamlists';
import {
  listMetaOf,
  planImport,
  readTeamList,
  type ImportMode,
  type ImportOrigin,
  type ImportPlan,
  type ListMeta,
  type Problem,
  type ReadResult,
  type TeamList,
} from '../teamlist';

export type ReadOk = Extract<ReadResult, { ok: true }>;

export interface PreparedImport {
  read: ReadOk;
  origin: ImportOrigin;
  meta: ListMeta;
  /** The stored list this import updates (none: a new list), as it was at preview time. */
  existing: { list?: TeamList; bookmarks: Bookmark[] };
  plan: ImportPlan;
}

export type PrepareResult = { ok: true; prepared: PreparedImport } | { ok: false; problems: Problem[] };

/** Reads a document and plans its import against what is stored. Writes nothing. `readText` is
 *  where the reading happens (the options page: its worker, off-thread.ts). */
export async function prepareImport(
  db: Db,
  text: string,
  origin: ImportOrigin,
  mode: ImportMode = 'merge',
  readText: (text: string) => ReadResult | Promise<ReadResult> = readTeamList,
): Promise<PrepareResult> {
  const read = await readText(text);
  if (!read.ok) return read;
  const meta = listMetaOf(read, origin);
  const existing = await existingForSource(db, meta.sourceKey);
  return { ok: true, prepared: { read, origin, meta, existing, plan: planImport(existing.bookmarks, read.roles, mode) } };
}

/** The same preview in the other mode: planned again from the same stored state. */
export function withMode(prepared: PreparedImport, mode: ImportMode): PreparedImport {
  if (prepared.plan.mode === mode) return prepared;
  return { ...prepared, plan: planImport(prepared.existing.bookmarks, prepared.read.roles, mode) };
}

/** The same document previewed again against what is stored now (after a stale preview). */
export async function previewAgain(db: Db, prepared: PreparedImport): Promise<PreparedImport> {
  const existing = await existingForSource(db, prepared.meta.sourceKey);
  return { ...prepared, existing, plan: planImport(existing.bookmarks, prepared.read.roles, prepared.plan.mode) };
}

/** Applies the previewed plan in one transaction; a list changed since the preview is refused
 *  (StorageError: "preview the import again"). */
export function applyPrepared(db: Db, prepared: PreparedImport, now?: number): Promise<ApplyResult> {
  return applyImport(db, prepared.plan, prepared.meta, now === undefined ? {} : { now });
}

/** "Imported "Platform team": 2 added, 1 changed, 0 removed." */
export function importSummary(prepared: PreparedImport, result: Pick<ApplyResult, 'list' | 'removed'>): string {
  const { plan } = prepared;
  return t('import_summary', { name: result.list.name, added: plan.added.length, changed: plan.changed.length, removed: result.removed });
}

/** Where the document came from, as the preview says it. */
export function originLabel(prepared: Pick<PreparedImport, 'read' | 'origin'>): string {
  const { read, origin } = prepared;
  if (read.kind === 'cli-config') return read.roles.length === 1 ? t('origin_cliConfigOne') : t('origin_cliConfig', { count: read.roles.length });
  switch (origin.kind) {
    case 'file':
      return origin.fileName ? t('origin_file', { name: origin.fileName }) : t('origin_aFile');
    case 'url':
      return t('origin_url', { url: origin.url ?? t('origin_aUrl') });
    case 'paste':
      return t('origin_paste');
    case 'cli-config':
      return t('origin_cli');
  }
}

