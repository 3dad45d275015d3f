// On every console page: read what the page says about who is acting (its top bar and its
// console config), report that evidence, and show the banner the background decides on.
// Reads again on client-side navigation, when the background asks, and while the bar changes.
import type { PageEvidence } from '../console/decide-identity';
import { findSwitchBackLink, readTopBarAndBlock, type TopBarReading } from '../console/topbar';
import { waitForTopBar } from '../console/topbar-wait';
import { sendToBackground, type BannerInfo } from '../messages';
import { requestConsoleConfig } from './console-config';

/** The top bar renders after the page's own load (JSONP / client-side): wait this long for it,
 *  and until then keep watching it: a bar whose rows come from separate requests may change. */
export const IDENTITY_TIMEOUT_MS = 6_000;
const CONFIG_TIMEOUT_MS = 300;

export interface ConsolePage {
  /** Reads the page again and reports it; returns the banner to show. */
  refresh(): Promise<BannerInfo['style']>;
  /** Until the identity deadline, reads the bar again whenever it changes and reports each new
   *  settled reading: `onStyle` gets the banner it then calls for. */
  watch(onStyle: (style: BannerInfo['style']) => void): Promise<void>;
  switchBack(): boolean;
}

export async function startConsolePage(doc: Document, signal: AbortSignal): Promise<{ page: ConsolePage; style: BannerInfo['style'] }> {
  // While the page draws its top bar, a stopped background starts and reads what the report
  // will need: after 30 s idle, that was most of the time from the bar to the banner.
  sendToBackground('consolePageOpened', {}).catch(() => {});
  const deadline = performance.now() + IDENTITY_TIMEOUT_MS;
  const untilDeadline = () => Math.max(0, deadline - performance.now());
  // Validated where it is received (console-config.ts): only well-formed fields travel.
  const config = await requestConsoleConfig(doc, CONFIG_TIMEOUT_MS);
  let bar: TopBarReading = (await waitForTopBar(doc, { timeoutMs: untilDeadline(), signal })) ?? readTopBarAndBlock(doc);
  const pageLoadedAt = Math.round(performance.timeOrigin);
  const report = async () => {
    const evidence: PageEvidence = { topBar: bar.evidence, config };
    return (await sendToBackground('identitySeen', { url: doc.location.href, evidence, pageLoadedAt })).style;
  };
  // Watching starts the moment the bar is read, so no change is missed while the report
  // travels; the page is read again only after a change near the bar.
  const watchFrom = (reading: TopBarReading) =>
    untilDeadline() > 0
      ? waitForTopBar(doc, { timeoutMs: untilDeadline(), signal, unlike: reading.evidence, within: reading.block })
      : Promise.resolve(null);
  // The report leaves first: the banner waits for its answer, not for the watch's set-up. Both
  // happen in this one task, so no change can come between the read and the watch.
  const reported = report();
  let nextChange = watchFrom(bar);
  const style = await reported;
  const page: ConsolePage = {
    async refresh() {
      const next = readTopBarAndBlock(doc);
      // Keep what the bar showed through a moment when the console re-renders it: only a page
      // load (never client-side navigation) changes who the page acts as.
      if (next.evidence.current || !bar.evidence.current) bar = next;
      return report();
    },
    async watch(onStyle) {
      for (;;) {
        // A busy page's other changes (rows, ticking cells) are passed over unread.
        const changed = await nextChange;
        if (!changed || signal.aborted) return;
        bar = changed;
        const reported = report();
        nextChange = watchFrom(changed);
        onStyle(await reported);
      }
    },
    switchBack() {
      const link = findSwitchBackLink(doc);
      link?.click();
      return link !== null;
    },
  };
  return { page, style };
}
