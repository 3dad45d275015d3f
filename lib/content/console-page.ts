// On every console page: read who is acting from the page, report it, and show the banner the
// background describes. Re-reads on client-side navigation and when the background asks.
import { findSwitchBackLink, mayShowIdentity, readIdentity } from '../console/identity';
import type { ConsoleConfigFields, IdentityReading } from '../console/identity-types';
import { waitFor } from '../console/wait';
import { sendToBackground, type BannerInfo } from '../messages';
import { requestConsoleConfig } from './console-config';

/** The top bar renders after the page's own load (JSONP / client-side): wait this long for it. */
export const IDENTITY_TIMEOUT_MS = 6_000;
const CONFIG_TIMEOUT_MS = 300;

export interface ConsolePage {
  /** Reads the identity again and reports it; returns the banner to show. */
  refresh(): Promise<BannerInfo['style']>;
  switchBack(): boolean;
}

export async function startConsolePage(doc: Document, signal: AbortSignal): Promise<{ page: ConsolePage; style: BannerInfo['style'] }> {
  const config: ConsoleConfigFields | null = await requestConsoleConfig(doc, CONFIG_TIMEOUT_MS);
  const known = await waitFor(doc, () => {
    const r = readIdentity(doc, config);
    return r.state === 'known' ? r : null;
  }, { timeoutMs: IDENTITY_TIMEOUT_MS, signal, relevant: mayShowIdentity });
  let reading: IdentityReading = known ?? readIdentity(doc, config);
  const pageLoadedAt = Math.round(performance.timeOrigin);
  const report = async () => (await sendToBackground('identitySeen', { url: doc.location.href, reading, pageLoadedAt })).style;
  const style = await report();
  const page: ConsolePage = {
    async refresh() {
      const next = readIdentity(doc, config);
      // Keep the known identity through a moment when the console re-renders its top bar: only a
      // page load (never client-side navigation) changes who the page acts as.
      if (next.state === 'known' || reading.state === 'unknown') reading = next;
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
