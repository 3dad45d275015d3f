// A team list as stored, and the document format it is read from (schema.json, version 1).
import type { Bookmark } from '../bookmark';
import type { Site } from '../console/hosts';

export type ListSourceKind = 'file' | 'paste' | 'url' | 'cli-config';

export interface TeamList {
  id: string;
  /** Identifies "the same list" across imports (see sourceKeyOf in source.ts): the document's
   *  `source`, else the URL it was fetched from, else its `name`, else the file name. Unique. */
  sourceKey: string;
  name: string;
  sourceKind: ListSourceKind;
  /** For URL imports: where to refresh from. */
  url?: string;
  importedAt: number;
}

export const FORMAT_VERSION = 1;

/** A role as a document states it (schema.json #/$defs/role). */
export interface TeamListRole {
  account?: string;
  roleName?: string;
  arn?: string;
  displayName?: string;
  colour?: string;
  group?: string;
  tags?: string[];
  site?: Site;
  landingUrl?: string;
}

/** A document in the format (schema.json). */
export interface TeamListDocument {
  $schema?: string;
  version: typeof FORMAT_VERSION;
  name?: string;
  source?: string;
  roles: TeamListRole[];
}

/** The bookmark fields a team list owns; everything else (id, favourite, dates) is the user's. */
export const LIST_FIELDS = ['account', 'roleName', 'displayName', 'colour', 'site', 'group', 'tags', 'landingUrl'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** A validated role, in the shape of a bookmark: ARN resolved, colour filled in, text trimmed. */
export type ListRole = Pick<Bookmark, 'account' | 'roleName' | 'colour'> &
  Partial<Pick<Bookmark, 'displayName' | 'site' | 'group' | 'tags' | 'landingUrl'>>;
