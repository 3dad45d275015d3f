// A role bookmark: the model, its validation, and how bookmarks are ordered and grouped.
import { accountKey, isRoleArn, parseAccount, parseRoleArn, validateRoleName } from './account';
import { isHexColour, normaliseHexColour } from './colour';
import { SITES, siteOfUrl, type Site } from './console/hosts';
import { t } from './i18n';
import schema from './teamlist/schema.json' with { type: 'json' };

export interface Bookmark {
  id: string;
  /** Alias, default domain or 16-digit account ID, as the switch form takes it. */
  account: string;
  roleName: string;
  displayName?: string;
  /** "#rrggbb". */
  colour: string;
  /** Which site the role lives on; absent means "the site of the tab I am on". */
  site?: Site;
  favourite: boolean;
  /** Heading the bookmark is listed under; absent means the account. */
  group?: string;
  tags?: string[];
  /** An https console URL to open once the switch is confirmed. */
  landingUrl?: string;
  /** The team list this bookmark came from (lists store), absent for the user's own. */
  listId?: string;
  createdAt: number;
  updatedAt: number;
}

/** What the add/edit form holds: strings as typed. */
export interface BookmarkDraft {
  account: string;
  roleName: string;
  displayName: string;
  colour: string;
  site: Site | '';
  favourite?: boolean;
  /** Optional: the console page to open once the switch is confirmed. */
  landingUrl?: string;
}

export type DraftField = 'account' | 'roleName' | 'displayName' | 'colour' | 'site' | 'landingUrl';
export type DraftErrors = Partial<Record<DraftField, string>>;

export const DISPLAY_NAME_MAX = 64;

export type BookmarkFields = Pick<Bookmark, 'account' | 'roleName' | 'displayName' | 'colour' | 'site' | 'favourite' | 'landingUrl'>;

/** The team-list format's rule for a landing page (one rule for both ways of setting it). */
const LANDING_URL = { pattern: new RegExp(schema.$defs.landingUrl.pattern), maxLength: schema.$defs.landingUrl.maxLength };

/**
 * Why `url` cannot be a landing page for a role on `site` ('' for the tab's site), or null when
 * it can: an https console page, on the role's own site when the bookmark names one.
 */
export function landingUrlError(url: string, site: Site | ''): string | null {
  if (url.length > LANDING_URL.maxLength) return t('form_landingTooLong', { max: LANDING_URL.maxLength });
  const urlSite = siteOfUrl(url);
  if (!LANDING_URL.pattern.test(url) || !urlSite) return t('form_landingNotConsole');
  if (site && urlSite !== site) return t('form_landingOtherSite', { site: site === 'cn' ? t('site_cn') : t('site_intl') });
  return null;
}

export function validateDraft(draft: BookmarkDraft): { ok: true; value: BookmarkFields } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  let account = draft.account;
  let roleName = draft.roleName;
  // An ARN pasted into the account field names both the account and the role.
  if (isRoleArn(account)) {
    const arn = parseRoleArn(account);
    if (arn.ok) {
      account = arn.value.accountId;
      roleName ||= arn.value.roleName;
    } else errors.account = arn.error;
  }
  const acc = parseAccount(account);
  if (!errors.account && !acc.ok) errors.account = acc.error;
  const role = validateRoleName(roleName);
  if (!role.ok) errors.roleName = role.error;
  const displayName = draft.displayName.trim();
  if (displayName.length > DISPLAY_NAME_MAX) {
    errors.displayName = t('form_displayNameTooLong', { length: displayName.length, max: DISPLAY_NAME_MAX });
  }
  if (!isHexColour(draft.colour)) errors.colour = t('form_colourInvalid');
  if (draft.site !== '' && !SITES.includes(draft.site)) errors.site = t('form_siteInvalid');
  const landingUrl = draft.landingUrl?.trim() ?? '';
  const landingError = landingUrl ? landingUrlError(landingUrl, draft.site) : null;
  if (landingError) errors.landingUrl = landingError;
  if (Object.keys(errors).length > 0 || !acc.ok || !role.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      account: acc.value.value,
      roleName: role.value,
      displayName: displayName || undefined,
      colour: normaliseHexColour(draft.colour),
      site: draft.site || undefined,
      favourite: draft.favourite ?? false,
      landingUrl: landingUrl || undefined,
    },
  };
}

/** One key per role wherever it is named: alias and default domain of one account match. */
export function roleKey(r: { account: string; roleName: string; site?: Site }): string {
  return `${r.site ?? '*'}|${accountKey(r.account)}|${r.roleName.toLowerCase()}`;
}

export function bookmarkLabel(b: Pick<Bookmark, 'displayName' | 'roleName'>): string {
  return b.displayName || b.roleName;
}

export function groupOf(b: Pick<Bookmark, 'group' | 'account'>): string {
  return b.group || b.account;
}

export interface BookmarkGroup {
  name: string;
  bookmarks: Bookmark[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Groups alphabetically; inside each, favourites first, then by label. */
export function groupBookmarks(bookmarks: readonly Bookmark[]): BookmarkGroup[] {
  const groups = new Map<string, Bookmark[]>();
  for (const b of bookmarks) {
    const name = groupOf(b);
    let list = groups.get(name);
    if (!list) groups.set(name, (list = []));
    list.push(b);
  }
  const byBookmark = (a: Bookmark, b: Bookmark) =>
    Number(b.favourite) - Number(a.favourite) || collator.compare(bookmarkLabel(a), bookmarkLabel(b));
  return [...groups]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([name, list]) => ({ name, bookmarks: list.sort(byBookmark) }));
}
