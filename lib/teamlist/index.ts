// The team-list API for the UI: read a document (ours or the CLI's config), preview an
// import, export bookmarks. Storing a plan is lib/store/teamlists.ts; fetching is load.ts.
import { isCliConfig, readCliConfig } from './cli-config';
import { safeParse, secretProblem } from './parse';
import { capProblems, type Problem, type Warning } from './problems';
import { listNameOf, sourceKeyOf, type ImportOrigin } from './source';
import type { ListRole, TeamList, TeamListDocument } from './types';
import { validateDocument } from './validate';

export type { ImportMode, ImportPlan, GroupPlan, RoleChange } from './diff';
export { planImport, isEmptyPlan, changedFields } from './diff';
export { exportTeamList, type ExportOptions, type ExportResult } from './serialize';
export { loadFile, loadUrl, type LoadResult } from './load';
export type { ImportOrigin } from './source';
export { describeProblem, MAX_PROBLEMS_SHOWN, type Problem, type Warning } from './problems';
export { MAX_DOCUMENT_BYTES, MAX_DEPTH } from './limits';
export type { ListRole, TeamList, TeamListDocument, TeamListRole, ListField } from './types';

export type ReadResult =
  | {
      ok: true;
      /** 'cli-config': the Alibaba Cloud CLI's config.json, read for its role profiles. */
      kind: 'team-list' | 'cli-config';
      doc: TeamListDocument;
      roles: ListRole[];
      /** Worth telling the user, e.g. that access keys in a CLI config were ignored. */
      warnings: Warning[];
    }
  | { ok: false; problems: Problem[] };

/** Reads a team list or the CLI's config from text. Never throws for bad input. */
export function readTeamList(text: string): ReadResult {
  const parsed = safeParse(text);
  if (!parsed.ok) return parsed;
  if (isCliConfig(parsed.value)) {
    const cli = readCliConfig(parsed.value, parsed.secrets);
    return cli.ok ? { ...cli, kind: 'cli-config' } : cli;
  }
  if (parsed.secrets.length > 0) return { ok: false, problems: capProblems(parsed.secrets.map(secretProblem)) };
  const checked = validateDocument(parsed.value);
  if (!checked.ok) return checked;
  return { ok: true, kind: 'team-list', doc: checked.doc, roles: checked.roles, warnings: [] };
}

/** What to store about the list a document becomes (applyImport's listMeta). */
export type ListMeta = Pick<TeamList, 'sourceKey' | 'name' | 'sourceKind' | 'url'>;

export function listMetaOf(read: Extract<ReadResult, { ok: true }>, origin: ImportOrigin): ListMeta {
  const o: ImportOrigin = read.kind === 'cli-config' ? { ...origin, kind: 'cli-config' } : origin;
  const meta: ListMeta = { sourceKey: sourceKeyOf(o, read.doc), name: listNameOf(o, read.doc), sourceKind: o.kind };
  if (o.url) meta.url = o.url;
  return meta;
}
