// Bookmarks → a document in the format: stable key and role order, pretty JSON, so a list
// kept in a repository diffs cleanly, and export then import gives the same bookmarks.
import { groupOf, roleKey, type Bookmark } from '../bookmark';
import { t } from '../i18n';
import { formatBytes, MAX_DOCUMENT_BYTES, utf8Length } from './limits';
import { capProblems, describeProblem, type Problem } from './problems';
import { documentRoleOf } from './roles';
import { FORMAT_VERSION, type TeamListDocument } from './types';
import { validateDocument } from './validate';

export interface ExportOptions {
  /** Only bookmarks in these groups (groupOf: the group, else the account). Absent: all. */
  groups?: readonly string[];
  name?: string;
  source?: string;
}

export type ExportResult =
  | {
      ok: true;
      text: string;
      doc: TeamListDocument;
      /** Bookmarks left out because an earlier one names the same role (a list holds each once). */
      duplicatesLeftOut: Bookmark[];
    }
  | { ok: false; problems: Problem[] };

/** Plain code-unit order, not the locale's: the same file on every machine. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function exportOrder(a: Bookmark, b: Bookmark): number {
  return (
    byCodeUnits(groupOf(a), groupOf(b)) ||
    byCodeUnits(a.account, b.account) ||
    byCodeUnits(a.roleName, b.roleName) ||
    byCodeUnits(a.site ?? '', b.site ?? '')
  );
}

export function documentOf(bookmarks: readonly Bookmark[], options: ExportOptions = {}) {
  const wanted = options.groups ? new Set(options.groups) : null;
  const seen = new Set<string>();
  const duplicatesLeftOut: Bookmark[] = [];
  const chosen: Bookmark[] = [];
  for (const b of bookmarks) {
    if (wanted && !wanted.has(groupOf(b))) continue;
    const key = roleKey(b);
    if (seen.has(key)) duplicatesLeftOut.push(b);
    else {
      seen.add(key);
      chosen.push(b);
    }
  }
  chosen.sort(exportOrder);
  const name = options.name?.trim();
  const source = options.source?.trim();
  // Keys in the documented order: version, name, source, roles.
  const doc: TeamListDocument = {
    version: FORMAT_VERSION,
    ...(name ? { name } : {}),
    ...(source ? { source } : {}),
    roles: chosen.map(documentRoleOf),
  };
  return { doc, chosen, duplicatesLeftOut };
}

/** The document as text, checked against the same schema an import uses: an export the
 *  extension could not import again is refused here, naming the bookmark. */
export function exportTeamList(bookmarks: readonly Bookmark[], options: ExportOptions = {}): ExportResult {
  const { doc, chosen, duplicatesLeftOut } = documentOf(bookmarks, options);
  const checked = validateDocument(doc);
  if (!checked.ok) {
    return {
      ok: false,
      problems: capProblems(
        checked.problems.map((p) => {
          const i = /^roles\[(\d+)\]/.exec(p.path)?.[1];
          const b = i === undefined ? undefined : chosen[Number(i)];
          if (!b) return p;
          return { ...p, message: t('ser_bookmark', { label: b.displayName || b.roleName, account: b.account, problem: describeProblem(p) }) };
        }),
      ),
    };
  }
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  const bytes = utf8Length(text);
  if (bytes > MAX_DOCUMENT_BYTES) {
    return {
      ok: false,
      problems: [{ path: '', message: t('ser_tooBig', { size: formatBytes(bytes), max: formatBytes(MAX_DOCUMENT_BYTES) }) }],
    };
  }
  return { ok: true, text, doc, duplicatesLeftOut };
}
