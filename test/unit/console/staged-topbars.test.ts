// Generated top bars drawn in stages, as a console app may render them: the bar arrives with its
// texts empty, then each text is filled in, in a random order. Read halfway, such a bar can name
// the wrong identity (the logon user where the role's row is still empty, the logon account as
// the account acted in). So the property is exact: the reading the content script settles on is
// the finished page's reading, whenever the stages come closer together than SETTLE_MS (and all
// within SETTLE_PATIENCE_MS); and when
// a pause longer than that splits them, watching on (as the content script does until its
// deadline) ends on the finished reading too. Fake timers make the pauses exact on any machine.
// A failure names its seed; STAGED_SEED changes the seeds.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readTopBar, type TopBarEvidence, type TopBarReading } from '@/lib/console/topbar';
import { SETTLE_MS, SETTLE_PATIENCE_MS, sameReading, waitForTopBar } from '@/lib/console/topbar-wait';
import { generateTopBar, type BarIdentity, type GeneratedBar } from '../../generator/topbars';
import { rng, type Rng } from '../../generator/rng';
import { setBody } from './pages';

const FIRST_SEED = Number(process.env.STAGED_SEED ?? 7001);
const BARS = 120;
const DEADLINE_MS = 6_000;

function identityFor(seed: number): BarIdentity {
  const r = rng(seed ^ 0x2c1b3c6d);
  const account = r.pick(['acme-prod', 'company1', 'ops-cn']);
  const accountId = `${r.int(1000, 9999)}${r.int(1000, 9999)}${r.int(1000, 9999)}${r.int(1000, 9999)}`;
  const user = r.pick(['alice', 'chen.wei']);
  return r.pick([true, true, false])
    ? { kind: 'role', current: `${r.pick(['devops', 'ecs-admin'])}/${user}`, account, accountId, logon: { name: `${user}@home-team.onaliyun.com`, account: 'home-team' } }
    : { kind: 'user', current: `${user}@${account}.onaliyun.com`, account, accountId };
}

const texts = (root: Node): Text[] => {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) out.push(n as Text);
  return out;
};

interface Staged {
  bar: GeneratedBar;
  finished: TopBarEvidence;
  /** Puts the emptied bar in the page; then each call of `fill` fills one more text. */
  show: () => void;
  fills: (() => void)[];
}

/** A generated bar whose finished page names someone, ready to be drawn in stages; else null. */
function staged(seed: number, r: Rng): Staged | null {
  const bar = generateTopBar(seed, identityFor(seed));
  if (bar.hoverOnly) return null;
  setBody(bar.html);
  const finished = readTopBar(document);
  if (!finished.current) return null;
  // The page without its bar (its noise keeps any label-like words), then the bar, emptied.
  setBody(bar.html.replace(bar.header, ''));
  const holder = document.createElement('div');
  holder.innerHTML = bar.header;
  const filled = texts(holder).map((node) => [node, node.data] as const);
  for (const [node] of filled) node.data = '';
  return {
    bar,
    finished,
    show: () => document.body.prepend(...holder.childNodes),
    fills: r.shuffle(filled).map(([node, data]) => () => void (node.data = data)),
  };
}

const describeBar = (seed: number, s: Staged, got: TopBarEvidence | null) =>
  `seed ${seed} (${s.bar.traits.join(', ')}): read ${JSON.stringify(got)}, finished page ${JSON.stringify(s.finished)}`;

describe(`${BARS} generated top bars drawn in stages (seeds ${FIRST_SEED}…)`, () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('stages closer together than SETTLE_MS: the reading settled on is the finished page\'s, for every bar', { timeout: 120_000 }, async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + BARS; seed++) {
      const r = rng(seed);
      const s = staged(seed, r);
      if (!s) continue;
      checked++;
      let got: TopBarEvidence | null | undefined;
      void waitForTopBar(document, { timeoutMs: DEADLINE_MS }).then((bar) => (got = bar?.evidence ?? null));
      s.show();
      const longestPause = Math.min(SETTLE_MS - 1, Math.floor(SETTLE_PATIENCE_MS / (s.fills.length + 1)));
      for (const fill of s.fills) {
        fill();
        await vi.advanceTimersByTimeAsync(r.int(0, longestPause));
      }
      await vi.advanceTimersByTimeAsync(DEADLINE_MS);
      if (!got || !sameReading(got, s.finished)) wrong.push(describeBar(seed, s, got ?? null));
    }
    expect(checked).toBeGreaterThan(BARS / 2);
    expect(wrong).toEqual([]);
  });

  it('stages split by a long pause: watching on until the deadline ends on the finished page\'s reading', { timeout: 120_000 }, async () => {
    const wrong: string[] = [];
    for (let seed = FIRST_SEED; seed < FIRST_SEED + BARS; seed++) {
      const r = rng(seed ^ 0x5eed);
      const s = staged(seed, r);
      if (!s) continue;
      // As the content script does: the first settled reading, then each different one, until the deadline.
      let last: TopBarReading | null = null;
      const started = performance.now();
      const watching = (async () => {
        for (;;) {
          const left = DEADLINE_MS - (performance.now() - started);
          const watched: { unlike?: TopBarEvidence; within?: Element | null } = last ? { unlike: last.evidence, within: last.block } : {};
          const next: TopBarReading | null = left > 0 ? await waitForTopBar(document, { timeoutMs: left, ...watched }) : null;
          if (!next) return;
          last = next;
        }
      })();
      s.show();
      const pauseAt = r.int(1, s.fills.length - 1);
      for (const [i, fill] of s.fills.entries()) {
        fill();
        await vi.advanceTimersByTimeAsync(i === pauseAt ? r.int(SETTLE_MS * 2, 1_500) : r.int(0, 20));
      }
      await vi.advanceTimersByTimeAsync(DEADLINE_MS);
      await watching;
      const final = (last as TopBarReading | null)?.evidence ?? null;
      if (!final || !sameReading(final, s.finished)) wrong.push(describeBar(seed, s, final));
    }
    expect(wrong).toEqual([]);
  });
});
