// How the identity banner and the toolbar badge look for what a page reported. Pure: the
// background feeds it the reading, the bookmarks and the settings.
import { accountKey } from './account';
import { bookmarkLabel, type Bookmark } from './bookmark';
import { colourForAccount } from './colour';
import type { Site } from './console/hosts';
import { describeIdentity, logonText } from './console/identity';
import type { Identity, IdentityReading } from './console/identity-types';
import { translator, type Translator } from './i18n';
import type { BannerInfo, BannerWords } from './messages';
import { precedence } from './bookmark-duplicates';
import { AccountNames } from './known-accounts';
import { compareAccount } from './switch/flow';

export const NEUTRAL_COLOUR = '#5f6b7a';
export const UNKNOWN_COLOUR = '#8a6d00';
export const STALE_COLOUR = '#b00020';

/**
 * The bookmark that names this identity on this site, if any: matched by alias, default domain
 * or ID alike; among duplicates, the one `precedence` puts first (the user's own).
 */
export function bookmarkFor(identity: Identity, site: Site, bookmarks: readonly Bookmark[], names = new AccountNames()): Bookmark | undefined {
  if (identity.kind !== 'role' || !identity.roleName) return undefined;
  const role = identity.roleName.toLowerCase();
  let best: Bookmark | undefined;
  for (const b of bookmarks) {
    if (b.roleName.toLowerCase() !== role || (b.site && b.site !== site) || compareAccount(b.account, identity, names) !== 'same') continue;
    if (!best || precedence(b, best) < 0) best = b;
  }
  return best;
}

/** Remembered collapse state is per account (and per logon/unknown state). */
export function collapseKeyOf(reading: IdentityReading, site: Site): string {
  if (reading.state === 'unknown') return `${site}|unknown`;
  const i = reading.identity;
  return i.kind === 'role' ? `${site}|${accountKey(i.account ?? i.accountId ?? '')}` : `${site}|logon`;
}

export interface BannerContext {
  site: Site;
  bookmarks: readonly Bookmark[];
  logonBanner: 'neutral' | 'none';
  collapsed: Readonly<Record<string, true>>;
  /** Set when another tab has since loaded the console as someone else. */
  newerIdentity?: Identity;
  names?: AccountNames;
  /** The UI language's texts (the settings' choice); the browser's language when absent. */
  t?: Translator['t'];
}

type Style = NonNullable<BannerInfo['style']>;
const TAGS = { role: 'banner_tagRole', logon: 'banner_tagLogon', unknown: 'banner_tagUnknown', stale: 'banner_tagStale' } as const;

/** The banner's own words for a tone, in the language of `t`. */
export function bannerWords(tone: Style['tone'], t: Translator['t']): BannerWords {
  return { label: t('banner_label'), tag: t(TAGS[tone]), hide: t('banner_hide'), hideLabel: t('banner_hideLabel'), show: t('banner_show'), showLabel: t('banner_showLabel') };
}

export function bannerFor(reading: IdentityReading, ctx: BannerContext): BannerInfo['style'] {
  const t = ctx.t ?? translator('system').t;
  const style = bannerStyle(reading, ctx, t);
  return style && { ...style, words: bannerWords(style.tone, t) };
}

function bannerStyle(reading: IdentityReading, ctx: BannerContext, t: Translator['t']): Omit<Style, 'words'> | null {
  const collapseKey = collapseKeyOf(reading, ctx.site);
  const collapsed = ctx.collapsed[collapseKey] === true;
  if (ctx.newerIdentity) {
    return {
      tone: 'stale',
      colour: STALE_COLOUR,
      text: t('banner_stale', { identity: describeIdentity(ctx.newerIdentity) }),
      collapsed: false,
      collapseKey,
    };
  }
  if (reading.state === 'unknown') {
    return { tone: 'unknown', colour: UNKNOWN_COLOUR, text: t('banner_unknown', { reason: reading.reason }), collapsed, collapseKey };
  }
  const identity = reading.identity;
  if (identity.kind !== 'role') {
    if (ctx.logonBanner === 'none') return null;
    return { tone: 'logon', colour: NEUTRAL_COLOUR, text: identity.principal ? t('banner_logon', { principal: identity.principal }) : logonText(identity), collapsed, collapseKey };
  }
  const bookmark = bookmarkFor(identity, ctx.site, ctx.bookmarks, ctx.names);
  const account = identity.account ?? identity.accountId ?? t('banner_unknownAccount');
  const name = bookmark?.displayName ? `${bookmark.displayName} · ` : '';
  return {
    tone: 'role',
    colour: bookmark?.colour ?? colourForAccount(accountKey(account)),
    text: name + t('banner_role', { role: identity.roleName ?? '', account }),
    collapsed,
    collapseKey,
  };
}

/** The toolbar badge: up to 4 characters and the banner's colour. */
export function badgeFor(reading: IdentityReading, style: BannerInfo['style'], site: Site, bookmarks: readonly Bookmark[], names?: AccountNames): { text: string; colour: string } {
  if (!style) return { text: '', colour: NEUTRAL_COLOUR };
  if (style.tone === 'stale' || style.tone === 'unknown') return { text: '?', colour: style.colour };
  if (reading.state === 'known' && reading.identity.kind === 'role') {
    const b = bookmarkFor(reading.identity, site, bookmarks, names);
    const label = b ? bookmarkLabel(b) : (reading.identity.roleName ?? '');
    // Upper-case first ("ß" becomes "SS"), then count characters, not UTF-16 units (emoji).
    return { text: [...label.replace(/\s+/g, '').toUpperCase()].slice(0, 4).join(''), colour: style.colour };
  }
  return { text: '', colour: style.colour };
}
