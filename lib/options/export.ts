// An export as the options page makes it: the text, the file name, and what to tell the user.
import { bookmarkLabel, type Bookmark } from '../bookmark';
import { exportTeamList, type ExportOptions, type Problem } from '../teamlist';
import { exportFileName } from './download';
import { t } from '../i18n';
import { roleDetail } from './preview';

export type ExportOutcome =
  | { ok: true; text: string; fileName: string; message: string; warning: string | null }
  | { ok: false; problems: Problem[] };

/** Builds the document (refused, with the bookmark named, if it could not be imported again)
 *  and says how many roles went into which file. */
export function prepareExport(bookmarks: readonly Bookmark[], options: ExportOptions, now: Date): ExportOutcome {
  const result = exportTeamList(bookmarks, options);
  if (!result.ok) return result;
  const fileName = exportFileName(now, options.name);
  const left = result.duplicatesLeftOut;
  const items = left
    .slice(0, 5)
    .map((b) => t('export_leftOutItem', { label: bookmarkLabel(b), detail: roleDetail(b) }))
    .join(t('list_comma'));
  const more = left.length > 5 ? t('export_leftOutMore', { count: left.length - 5 }) : '';
  const warning = left.length === 0 ? null : left.length === 1 ? t('export_leftOutOne', { items }) : t('export_leftOut', { count: left.length, items, more });
  const n = result.doc.roles.length;
  return { ok: true, text: result.text, fileName, message: n === 1 ? t('export_doneOne', { file: fileName }) : t('export_done', { count: n, file: fileName }), warning };
}
