// Between a document's roles and bookmarks: the one place that knows how each field maps.
import { parseRoleArn } from '../account';
import type { Bookmark } from '../bookmark';
import { DEFAULT_COLOUR, normaliseHexColour } from '../colour';
import type { ListRole, TeamListRole } from './types';

function text(value: string | undefined): string | undefined {
  const t = value?.trim();
  return t ? t : undefined;
}

/** A validated role as bookmark fields. Call only on roles the schema accepted. */
export function listRoleOf(role: TeamListRole): ListRole {
  let account = role.account ?? '';
  let roleName = role.roleName ?? '';
  if (role.arn) {
    const arn = parseRoleArn(role.arn);
    if (!arn.ok) throw new Error(`listRoleOf: the schema let through an invalid ARN ${role.arn}`);
    account = arn.value.accountId;
    roleName = arn.value.roleName;
  }
  const tags = role.tags ? [...new Set(role.tags.map((t) => t.trim()).filter(Boolean))] : [];
  const out: ListRole = {
    account,
    roleName,
    colour: role.colour ? normaliseHexColour(role.colour) : DEFAULT_COLOUR,
  };
  // Absent fields stay absent (not undefined-valued), so records compare and clone cleanly.
  const displayName = text(role.displayName);
  if (displayName) out.displayName = displayName;
  if (role.site) out.site = role.site;
  const group = text(role.group);
  if (group) out.group = group;
  if (tags.length > 0) out.tags = tags;
  if (role.landingUrl) out.landingUrl = role.landingUrl;
  return out;
}

/** A bookmark as a document's role, keys in the documented order. */
export function documentRoleOf(b: Bookmark): TeamListRole {
  const r: TeamListRole = { account: b.account, roleName: b.roleName };
  if (b.displayName) r.displayName = b.displayName;
  r.colour = b.colour;
  if (b.site) r.site = b.site;
  if (b.group) r.group = b.group;
  if (b.tags && b.tags.length > 0) r.tags = [...b.tags];
  if (b.landingUrl) r.landingUrl = b.landingUrl;
  return r;
}
