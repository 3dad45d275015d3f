// Server-side sessions behind the fake_session cookie: who signed in, and which role (if any)
// they act as now. One map for both sites; the cookie's Domain keeps each site's apart.

import { randomBytes } from 'node:crypto';
import type { ActingAs, Logon, Site } from './directory';
import type { SiteInfo } from './sites';

export const SESSION_COOKIE = 'fake_session';

export interface Session {
  id: string;
  site: Site;
  logon: Logon;
  acting: ActingAs | null;
  /** The classic form's hidden token and the modern app's X-CSRF-Token. */
  csrf: string;
  lastSeen: number;
}

export class Sessions {
  private readonly byId = new Map<string, Session>();

  create(site: Site, logon: Logon): Session {
    const s: Session = {
      id: randomBytes(16).toString('hex'),
      site,
      logon,
      acting: null,
      csrf: randomBytes(12).toString('hex'),
      lastSeen: Date.now(),
    };
    this.byId.set(s.id, s);
    return s;
  }

  /** The session named by the request's cookie, if it exists and belongs to this site. */
  fromCookie(cookieHeader: string | undefined, site: Site): Session | null {
    const id = readCookie(cookieHeader, SESSION_COOKIE);
    const s = id ? this.byId.get(id) : undefined;
    if (!s || s.site !== site) return null;
    s.lastSeen = Date.now();
    return s;
  }

  drop(id: string): void {
    this.byId.delete(id);
  }

  clear(): void {
    this.byId.clear();
  }

  list(): Session[] {
    return [...this.byId.values()];
  }
}

export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** A Set-Cookie value on the site's whole domain, as the console's own cookies are. */
export function siteCookie(site: SiteInfo, name: string, value: string, opts: { httpOnly?: boolean } = {}): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Domain=.${site.domain}`, 'Path=/', 'Secure', 'SameSite=Lax'];
  if (opts.httpOnly) parts.push('HttpOnly');
  return parts.join('; ');
}

export function expiredCookie(site: SiteInfo, name: string): string {
  return `${name}=; Domain=.${site.domain}; Path=/; Secure; SameSite=Lax; Max-Age=0`;
}
