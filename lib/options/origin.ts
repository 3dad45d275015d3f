// The host permission a URL import asks for: one origin, https only, nothing wider.
import { t } from '../i18n';

export type OriginPattern = { ok: true; pattern: string; host: string; url: string } | { ok: false; message: string };

/**
 * "https://lists.example.com:8443/team.json" → the match pattern "https://lists.example.com:8443/*"
 * and the host to name in the prompt. Refuses what loadUrl would refuse anyway (not https,
 * a user name or password in the address), before any permission is asked for.
 */
export function originPatternOf(address: string): OriginPattern {
  const trimmed = address.trim();
  if (!trimmed) return { ok: false, message: t('origin_enterUrl') };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: t('origin_notUrl', { value: JSON.stringify(trimmed.slice(0, 80)) }) };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, message: t('origin_httpsOnly', { protocol: url.protocol }) };
  }
  if (url.username || url.password) {
    return { ok: false, message: t('origin_credentials') };
  }
  if (!url.hostname) return { ok: false, message: t('origin_noHost') };
  // url.host is already lower case and punycode, and keeps a non-default port.
  return { ok: true, pattern: `https://${url.host}/*`, host: url.host, url: url.href };
}

/** What releasing a permission needs of browser.permissions (injected for tests). */
export interface PermissionsApi {
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

/** The host part a match pattern ("https://*.console.aliyun.com/*") covers, or null. */
function patternHost(pattern: string): { host: string; subdomains: boolean } | null {
  const m = /^https:\/\/(\*\.)?([^/*]+)\/\*$/.exec(pattern);
  return m ? { host: m[2]!, subdomains: m[1] !== undefined } : null;
}

/** Whether the extension holds `host` by its manifest (the console hosts): such a permission
 *  is not the import's to give back (Chrome refuses, and Firefox would lose the console). */
export function heldByManifest(host: string, manifestPatterns: readonly string[]): boolean {
  return manifestPatterns.some((p) => {
    const covered = patternHost(p);
    return covered !== null && (host === covered.host || (covered.subdomains && host.endsWith(`.${covered.host}`)));
  });
}

/** The origin pattern ("https://host/*") a stored list's URL was fetched under, or null. */
export function listOriginPattern(list: { sourceKind: string; url?: string }): string | null {
  if (list.sourceKind !== 'url' || !list.url) return null;
  const o = originPatternOf(list.url);
  return o.ok ? o.pattern : null;
}

/**
 * Gives back the host permission a URL import asked for, once no stored list comes from that
 * origin any more (its last list was removed, or its import came to nothing). The permission
 * was asked for one list; keeping it would let the extension read that site for no reason.
 * Returns whether a permission was removed; never throws (the list is gone either way).
 */
export async function releaseOrigin(
  pattern: string,
  lists: readonly { sourceKind: string; url?: string }[],
  permissions: PermissionsApi,
  manifestPatterns: readonly string[],
): Promise<boolean> {
  const host = patternHost(pattern)?.host;
  if (!host || heldByManifest(host, manifestPatterns)) return false;
  if (lists.some((l) => listOriginPattern(l) === pattern)) return false;
  try {
    return await permissions.remove({ origins: [pattern] });
  } catch {
    return false; // not granted (any more): nothing to give back
  }
}
