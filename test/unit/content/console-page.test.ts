// The console page's content script reports what the top bar says once the bar is drawn, and
// keeps watching it until its deadline: a bar whose rows come in stages far apart (separate
// requests) gets its report, and so its banner, corrected. Fake timers: exact pauses anywhere.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageEvidence } from '@/lib/console/decide-identity';

const reports: PageEvidence[] = [];
/** Runs while the first report is on its way to the background (the page changes meanwhile). */
let whileReporting: (() => void) | null = null;
vi.mock('../../../lib/messages', () => ({
  sendToBackground: vi.fn(async (name: string, data: { evidence: PageEvidence }) => {
    if (name !== 'identitySeen') return undefined;
    reports.push(data.evidence);
    whileReporting?.();
    whileReporting = null;
    await new Promise((r) => setTimeout(r, 20));
    return { style: { text: `report ${reports.length}` } };
  }),
}));
const { startConsolePage, IDENTITY_TIMEOUT_MS } = await import('../../../lib/content/console-page');

const ROLE_ROW = '<div><span>Current identity</span><span id="current"></span></div>';
const LOGON_ROW = '<div><span>Logon identity</span><span>alice@home-team.onaliyun.com</span></div>';
const fill = (id: string, text: string) => (document.getElementById(id)!.textContent = text);

/** Starts the page on `html`, waits for its first report, then watches it: `untilDeadline`
 *  lets the watch run out. */
async function watched(html: string) {
  document.body.innerHTML = html;
  const started = startConsolePage(document, new AbortController().signal);
  await vi.advanceTimersByTimeAsync(400);
  const { page } = await started;
  const styles: unknown[] = [];
  const watching = page.watch((s) => styles.push(s));
  const untilDeadline = async () => {
    await vi.advanceTimersByTimeAsync(IDENTITY_TIMEOUT_MS);
    await watching;
  };
  return { styles, untilDeadline };
}

describe('startConsolePage', () => {
  beforeEach(() => {
    reports.length = 0;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date'] });
    document.body.innerHTML = `<header>${ROLE_ROW}${LOGON_ROW}</header>`;
  });
  afterEach(() => vi.useRealTimers());

  it('reports the bar once drawn, then reports it again when a row is filled in much later', async () => {
    const styles: unknown[] = [];
    const started = startConsolePage(document, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(200);
    fill('current', 'devops/alice');
    await vi.advanceTimersByTimeAsync(200);
    const { page, style } = await started;
    expect(style).toEqual({ text: 'report 1' });
    expect(reports[0]!.topBar.current).toMatchObject({ roleName: 'devops', sessionName: 'alice' });
    expect(reports[0]!.topBar.account).toBeUndefined();
    const watching = page.watch((s) => styles.push(s));
    // The account arrives with its own request, long after the rest of the bar.
    document.querySelector('header > div')!.insertAdjacentHTML('afterend', '<div><span>Account alias</span><span>acme-prod</span></div>');
    await vi.advanceTimersByTimeAsync(IDENTITY_TIMEOUT_MS);
    await watching;
    expect(reports).toHaveLength(2);
    expect(reports[1]!.topBar.account).toEqual({ name: 'acme-prod' });
    expect(styles).toEqual([{ text: 'report 2' }]);
  });

  it('a row drawn while the first report travels is read and reported', async () => {
    whileReporting = () => document.querySelector('nav')!.insertAdjacentHTML('beforeend', '<div><span>Account alias</span><span>acme-prod</span></div>');
    const { styles, untilDeadline } = await watched('<header><nav><div><span>Current identity</span><span id="current">devops/alice</span></div></nav></header>');
    await untilDeadline();
    expect(reports.map((r) => r.topBar.account)).toEqual([undefined, { name: 'acme-prod' }]);
    expect(styles).toEqual([{ text: 'report 2' }]);
  });

  it('a row drawn late far from the bar (a menu at the end of the page) is still reported by the deadline', async () => {
    const { styles, untilDeadline } = await watched('<header><nav><div><span>Current identity</span><span>devops/alice</span></div></nav></header><main><p>content</p></main>');
    await vi.advanceTimersByTimeAsync(1_000);
    document.body.insertAdjacentHTML('beforeend', `<div class="portal"><div><div><div><div><div>${LOGON_ROW}</div></div></div></div></div></div>`);
    await untilDeadline();
    expect(reports.map((r) => r.topBar.logon?.principal)).toEqual([undefined, 'alice@home-team.onaliyun.com']);
    expect(styles).toEqual([{ text: 'report 2' }]);
  });

  it('watches the bar it read, on a page busy elsewhere: a row drawn next to a lone row later is reported', async () => {
    const { styles, untilDeadline } = await watched('<header><nav><div><span>Current identity</span><span id="current">devops/alice</span></div></nav></header><main><table><tbody id="rows"></tbody></table></main>');
    for (let i = 0; i < 20; i++) {
      document.getElementById('rows')!.insertAdjacentHTML('beforeend', `<tr><td>Role</td><td>row ${i}</td></tr>`);
      await vi.advanceTimersByTimeAsync(50);
    }
    document.querySelector('nav')!.insertAdjacentHTML('beforeend', '<div><span>Account alias</span><span>acme-prod</span></div>');
    await untilDeadline();
    expect(reports.map((r) => r.topBar.account)).toEqual([undefined, { name: 'acme-prod' }]);
    expect(styles).toEqual([{ text: 'report 2' }]);
  });

  it('never reports a bar read halfway, when halfway it names the logon user as current', async () => {
    // Two rows drawn a frame apart each: halfway, the logon user's name stands right after the
    // "Current identity" label (its own label and the role's name not drawn yet).
    document.body.innerHTML = '<header><div><span id="l1"></span><span id="v1"></span></div><div><span id="l2"></span><span id="v2"></span></div></header>';
    const started = startConsolePage(document, new AbortController().signal);
    // No page-world script here: the console config is given up on first (CONFIG_TIMEOUT_MS).
    await vi.advanceTimersByTimeAsync(300);
    for (const [id, text] of [['l1', 'Current identity'], ['v2', 'alice@home-team.onaliyun.com'], ['l2', 'Logon identity'], ['v1', 'devops/alice']]) {
      await vi.advanceTimersByTimeAsync(16);
      fill(id!, text!);
    }
    await vi.advanceTimersByTimeAsync(400);
    const { page } = await started;
    const watching = page.watch(() => {});
    await vi.advanceTimersByTimeAsync(IDENTITY_TIMEOUT_MS);
    await watching;
    expect(reports.map((r) => [r.topBar.current, r.topBar.logon])).toEqual([
      [{ form: 'role', roleName: 'devops', sessionName: 'alice' }, { principal: 'alice@home-team.onaliyun.com' }],
    ]);
  });

  it('stops watching at the deadline, and when the page goes away', async () => {
    fill('current', 'devops/alice');
    const stop = new AbortController();
    const started = startConsolePage(document, stop.signal);
    await vi.advanceTimersByTimeAsync(500);
    const { page } = await started;
    const watching = page.watch(() => {});
    stop.abort();
    await vi.advanceTimersByTimeAsync(50);
    await watching;
    fill('current', 'ops/alice');
    await vi.advanceTimersByTimeAsync(IDENTITY_TIMEOUT_MS);
    expect(reports).toHaveLength(1);
  });
});
