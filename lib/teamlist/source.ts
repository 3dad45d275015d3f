// Which stored list a document is "the same list" as, and what to call it.
import { t } from '../i18n';
import type { ListSourceKind, TeamListDocument } from './types';

export interface ImportOrigin {
  kind: ListSourceKind;
  /** For URL imports: the address fetched. */
  url?: string;
  /** For file imports: the file's name. */
  fileName?: string;
}

function withoutHash(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url.trim();
  }
}

/** The document's own `source` first (the same list whether it came as a file, a paste or a
 *  URL), then the URL, then its `name`, then the file name. The CLI's config is one list. */
export function sourceKeyOf(origin: ImportOrigin, doc: Pick<TeamListDocument, 'name' | 'source'>): string {
  if (origin.kind === 'cli-config') return 'cli-config';
  if (doc.source?.trim()) return `source:${doc.source.trim()}`;
  if (origin.url) return `url:${withoutHash(origin.url)}`;
  if (doc.name?.trim()) return `name:${doc.name.trim()}`;
  if (origin.fileName?.trim()) return `file:${origin.fileName.trim()}`;
  return 'paste';
}

/** What the list is called: its `name`, else the file name without ".json", else the URL's
 *  last path part, else "Pasted list". */
export function listNameOf(origin: ImportOrigin, doc: Pick<TeamListDocument, 'name'>): string {
  const name = doc.name?.trim();
  if (name) return name;
  const file = origin.fileName?.trim().replace(/\.json$/i, '');
  if (file) return file;
  if (origin.url) {
    try {
      const u = new URL(origin.url);
      return decodeURIComponent(u.pathname.split('/').filter(Boolean).pop() ?? '') || u.hostname;
    } catch {
      return origin.url;
    }
  }
  return t('source_pasted');
}
