// Waiting for the top bar to name who acts, and reading it only once it is drawn: a console may
// draw the bar in stages (the logon row first, the role's row a frame later), and a bar read
// halfway can name the wrong identity.
import { waitFor } from './wait';
import { mayShowIdentity, readTopBarNamingCurrent, type TopBarEvidence, type TopBarReading } from './topbar';

/** A reading counts once no change has come near the bar for this long (two frames)… */
export const SETTLE_MS = 32;
/** …or, on a page that keeps changing near its bar, once it has read the same for this long. */
export const SETTLE_PATIENCE_MS = 1_000;

export const sameReading = (a: TopBarEvidence, b: TopBarEvidence): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface TopBarWait {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Answer only with a reading other than this one, read just now (watching a bar already
   *  read): the page is read again only after a change near the bar. */
  unlike?: TopBarEvidence;
  /** The block that bar was read from (`TopBarReading.block`): only changes inside it are looked at. */
  within?: Element | null;
}

/** The settled reading of a bar that names someone, or null when none comes by the deadline. */
export function waitForTopBar(doc: Document, { timeoutMs, signal, unlike, within }: TopBarWait): Promise<TopBarReading | null> {
  const probe = () => {
    const reading = readTopBarNamingCurrent(doc);
    return reading && !(unlike && sameReading(reading.evidence, unlike)) ? reading : null;
  };
  const same = (a: TopBarReading, b: TopBarReading) => sameReading(a.evidence, b.evidence);
  return waitFor(doc, probe, {
    timeoutMs,
    signal,
    relevant: mayShowIdentity,
    ...(within ? { within } : {}),
    settle: { ms: SETTLE_MS, patienceMs: SETTLE_PATIENCE_MS, same },
    answersNullNow: unlike !== undefined,
  });
}
