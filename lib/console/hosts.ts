// Everything about where the Alibaba Cloud console lives. Part of lib/console: the only
// place that knows the console. (Checked against console-spec.md, 2026-11.)

export type Site = 'cn' | 'intl';
export const SITES: readonly Site[] = ['cn', 'intl'];

interface SiteHosts {
  label: string;
  signin: string;
  consoleSuffix: string;
  home: string;
}

export const SITE_HOSTS: Record<Site, SiteHosts> = {
  cn: {
    label: 'China (aliyun.com)',
    signin: 'signin.aliyun.com',
    consoleSuffix: 'console.aliyun.com',
    home: 'home.console.aliyun.com',
  },
  intl: {
    label: 'International (alibabacloud.com)',
    signin: 'signin.alibabacloud.com',
    consoleSuffix: 'console.alibabacloud.com',
    home: 'home.console.alibabacloud.com',
  },
};

/** Match patterns for the content scripts and the manifest's host permissions. */
export const SIGNIN_MATCHES = SITES.map((s) => `https://${SITE_HOSTS[s].signin}/*`);
export const CONSOLE_PAGE_MATCHES = SITES.map((s) => `https://*.${SITE_HOSTS[s].consoleSuffix}/*`);
export const CONSOLE_MATCHES = [...SIGNIN_MATCHES, ...CONSOLE_PAGE_MATCHES];

export const PATHS = {
  switchRole: '/switchRole.htm',
  exitSwitchedRole: '/exitSwitchedRole.htm',
} as const;

/** The query parameters the switch page reads to pre-fill its form (not to submit it). */
export const PREFILL_PARAMS = { account: 'parentAlias', role: 'roleName' } as const;

export type PageKind = 'switch' | 'exit' | 'signin' | 'console';

function parse(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Which site a URL belongs to, or null when it is not an Alibaba Cloud console or sign-in page. */
export function siteOfUrl(url: string | undefined): Site | null {
  const u = parse(url);
  if (!u || u.protocol !== 'https:') return null;
  for (const site of SITES) {
    const h = SITE_HOSTS[site];
    if (u.hostname === h.signin) return site;
    if (u.hostname === h.consoleSuffix || u.hostname.endsWith(`.${h.consoleSuffix}`)) return site;
  }
  return null;
}

/** What kind of console page a URL is, or null when it is none. */
export function pageKindOf(url: string | undefined): PageKind | null {
  const site = siteOfUrl(url);
  const u = parse(url);
  if (!site || !u) return null;
  if (u.hostname !== SITE_HOSTS[site].signin) return 'console';
  if (u.pathname === PATHS.switchRole) return 'switch';
  if (u.pathname === PATHS.exitSwitchedRole) return 'exit';
  return 'signin';
}

export function switchRoleUrl(site: Site, prefill?: { account: string; roleName: string }): string {
  const u = new URL(`https://${SITE_HOSTS[site].signin}${PATHS.switchRole}`);
  if (prefill) {
    u.searchParams.set(PREFILL_PARAMS.account, prefill.account);
    u.searchParams.set(PREFILL_PARAMS.role, prefill.roleName);
  }
  return u.href;
}

export function exitSwitchedRoleUrl(site: Site): string {
  return `https://${SITE_HOSTS[site].signin}${PATHS.exitSwitchedRole}`;
}

export function consoleHomeUrl(site: Site): string {
  return `https://${SITE_HOSTS[site].home}/`;
}

/** True for an https console URL of either site: the only landing URLs a team list may carry. */
export function isConsoleLandingUrl(url: string): boolean {
  return pageKindOf(url) === 'console';
}
