// A team list as stored: where it came from, so re-importing updates it instead of duplicating.

export type ListSourceKind = 'file' | 'paste' | 'url' | 'cli-config';

export interface TeamList {
  id: string;
  /** Identifies "the same list" across imports: the URL for URL imports, else the document's
   *  `source` or `name`, else the file name. Unique. */
  sourceKey: string;
  name: string;
  sourceKind: ListSourceKind;
  /** For URL imports: where to refresh from. */
  url?: string;
  importedAt: number;
}
