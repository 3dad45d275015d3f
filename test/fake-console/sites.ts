// The two sites and their hosts, as the browser sees them (console-spec.md, "Hosts").

import type { Site } from './directory';

export interface SiteInfo {
  site: Site;
  /** The registrable domain the session cookie is set on. */
  domain: 'aliyun.com' | 'alibabacloud.com';
  signin: string;
  consoleSuffix: string;
}

export const SITE_INFO: Record<Site, SiteInfo> = {
  cn: { site: 'cn', domain: 'aliyun.com', signin: 'signin.aliyun.com', consoleSuffix: 'console.aliyun.com' },
  intl: {
    site: 'intl',
    domain: 'alibabacloud.com',
    signin: 'signin.alibabacloud.com',
    consoleSuffix: 'console.alibabacloud.com',
  },
};

export const TEAM_LIST_HOST = 'lists.example-team.com';

/** Every host name the fake console answers for (wildcards as in --host-resolver-rules). */
export const FAKE_HOSTS: string[] = [
  'signin.aliyun.com',
  'signin.alibabacloud.com',
  '*.console.aliyun.com',
  'console.aliyun.com',
  '*.console.alibabacloud.com',
  'console.alibabacloud.com',
  TEAM_LIST_HOST,
];

/** The value of Chromium's --host-resolver-rules sending every fake host to the server. */
export function hostResolverRules(port: number): string {
  return FAKE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
}

export type HostKind =
  | { kind: 'signin'; site: SiteInfo }
  | { kind: 'console'; site: SiteInfo; product: string }
  | { kind: 'files' }
  | { kind: 'unknown' };

/** Classifies a Host header (with or without ":port"). */
export function classifyHost(hostHeader: string | undefined): HostKind {
  const host = (hostHeader ?? '').toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (host === TEAM_LIST_HOST) return { kind: 'files' };
  for (const site of Object.values(SITE_INFO)) {
    if (host === site.signin) return { kind: 'signin', site };
    if (host === site.consoleSuffix) return { kind: 'console', site, product: 'home' };
    if (host.endsWith(`.${site.consoleSuffix}`)) {
      const product = host.slice(0, -site.consoleSuffix.length - 1);
      if (product && !product.includes('.')) return { kind: 'console', site, product };
    }
  }
  return { kind: 'unknown' };
}

export function homeUrl(site: SiteInfo): string {
  return `https://home.${site.consoleSuffix}/`;
}

export function signinUrl(site: SiteInfo, path: string): string {
  return `https://${site.signin}${path}`;
}

export function loginUrl(site: SiteInfo, redirect: string): string {
  return `${signinUrl(site, '/login.htm')}?redirect=${encodeURIComponent(redirect)}`;
}

/** A redirect target is honoured only on the same site's hosts (no open redirect). */
export function safeRedirect(site: SiteInfo, target: string | null | undefined): string {
  if (!target) return homeUrl(site);
  try {
    const u = new URL(target);
    const h = classifyHost(u.host);
    if (u.protocol === 'https:' && (h.kind === 'signin' || h.kind === 'console') && h.site === site) {
      return u.href;
    }
  } catch {
    // not a URL: fall through to the home console
  }
  return homeUrl(site);
}

/** The console products the tests and the demo visit. */
export const CONSOLE_PRODUCTS = ['home', 'ecs', 'ram', 'oss'];

/**
 * Every fake host spelled out, for browsers that map names one by one (Firefox's
 * `network.dns.localDomains` takes no wildcards and no port: the server must then be on 443).
 */
export function spelledOutHosts(products: string[] = CONSOLE_PRODUCTS): string[] {
  const hosts = FAKE_HOSTS.filter((h) => !h.startsWith('*.'));
  for (const site of Object.values(SITE_INFO)) for (const p of products) hosts.push(`${p}.${site.consoleSuffix}`);
  return hosts;
}
