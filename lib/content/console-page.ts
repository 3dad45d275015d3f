// On every console page: read what the page says about who is acting (its top bar and its
// console config), report that evidence, and show the banner the background decides on.
// Reads again on client-side navigation and when the background asks.
import type { PageEvidence } from '../console/decide-identity';
import type { ConsoleConfigFields } from '../console/identity-types';
import { findSwitchBackLink, readTopBar, type TopBarEvidence } from '../console/topbar';
import { waitFor } from '../console/wait';
import { sendToBackground, type BannerInfo } from '../messages';
import { requestConsoleConfig } from './console-config';

/** The top bar renders after the page's own load (JSONP / client-side): wait this long for it. */
export const IDENTITY_TIMEOUT_MS = 6_000;
const CONFIG_TIMEOUT_MS = 300;

export interface ConsolePage {
  /** Reads the page again and reports it; returns the banner to show. */
  refresh(): Promise<BannerInfo['style']>;
  switchBack(): boolean;
}

/** Only well-formed account IDs travel: a page's odd value is no evidence. */
function cleanConfig(config: ConsoleConfigFields | null): ConsoleConfigFields | null {
  if (!config) return null;
  const id = (v: string | undefined) => (v && /^\d{16}$/.test(v) ? v : undefined);
  const currentPk = id(config.currentPk);
  const mainAccountPk = id(config.mainAccountPk);
  return { ...(currentPk ? { currentPk } : {}), ...(mainAccountPk ? { mainAccountPk } : {}), ...(config.accountType ? { accountType: config.accountType } : {}) };
}

export async function startConsolePage(doc: Document, signal: AbortSignal): Promise<{ page: ConsolePage; style: BannerInfo['style'] }> {
  const config = cleanConfig(await requestConsoleConfig(doc, CONFIG_TIMEOUT_MS));
  const shown = await waitFor(doc, () => {
    const bar = readTopBar(doc);
    return bar.current ? bar : null;
  }, { timeoutMs: IDENTITY_TIMEOUT_MS, signal });
  let topBar: TopBarEvidence = shown ?? readTopBar(doc);
  const pageLoadedAt = Math.round(performance.timeOrigin);
  const report = async () => {
    const evidence: PageEvidence = { topBar, config };
    return (await sendToBackground('identitySeen', { url: doc.location.href, evidence, pageLoadedAt })).style;
  };
  const style = await report();
  const page: ConsolePage = {
    async refresh() {
      const next = readTopBar(doc);
      // Keep what the bar showed through a moment when the console re-renders it: only a page
      // load (never client-side navigation) changes who the page acts as.
      if (next.current || !topBar.current) topBar = next;
      return report();
    },
    switchBack() {
      const link = findSwitchBackLink(doc);
      link?.click();
      return link !== null;
    },
  };
  return { page, style };
}
