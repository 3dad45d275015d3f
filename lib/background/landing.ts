// The page a successful switch opens next (a bookmark's or team list's landingUrl). It was
// checked when it was stored, but storage can be edited and old data predates the checks, and
// the background opens it in a tab that now acts as a role: so it is checked again at use.
import { pageKindOf, siteOfUrl, type Site } from '../console/hosts';

const MAX_URL_CHARS = 2048;

/** The URL to open, or null unless it is a plain https console page of the switch's site. */
export function landingUrlAtUse(url: unknown, site: Site): string | null {
  if (typeof url !== 'string' || url.length > MAX_URL_CHARS) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.port) return null;
  if (siteOfUrl(u.href) !== site || pageKindOf(u.href) !== 'console') return null;
  return u.href;
}
