// An export as the options page makes it: the text, the file name, and what to tell the user.
import { bookmarkLabel, type Bookmark } from '../bookmark';
import { exportTeamList, type ExportOptions, type Problem } from '../teamlist';
import { exportFileName } from './download';
import { plural } from './import';
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
  const warning = left.length
    ? `${plural(left.length, 'bookmark')} left out: ${left
        .slice(0, 5)
        .map((b) => `"${bookmarkLabel(b)}" (${roleDetail(b)})`)
        .join(', ')}${left.length > 5 ? ` and ${left.length - 5} more` : ''} — ${left.length === 1 ? 'it names' : 'each names'} a role already in the export, and a list holds each role once.`
    : null;
  return { ok: true, text: result.text, fileName, message: `Exported ${plural(result.doc.roles.length, 'role')} to ${fileName}.`, warning };
}
