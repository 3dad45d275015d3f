// SwitchController without a DOM: late replies, end states, unreachable background.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SwitchController } from '../../../lib/popup/switching';
import type { SwitchStatus } from '../../../lib/switch/types';
import { broadcast, resetBackground, runningStatus, type Background } from './harness';

vi.mock('../../../lib/messages', async () => (await import('./messages-mock')).messagesMock());

let bg: Background;
beforeEach(() => {
  bg = resetBackground();
});

function controller(url?: string) {
  const out = { identity: vi.fn(), status: vi.fn(), ended: vi.fn() };
  const c = new SwitchController({ activeTab: async () => ({ id: 7, url }), now: () => 1_000_000 }, out);
  return { c, out, texts: () => out.status.mock.calls.map(([v]) => v.text) };
}

const target = { account: 'company1', roleName: 'devops' };
const done = (at: number): SwitchStatus => ({
  state: 'succeeded',
  kind: 'switch',
  target,
  identity: { kind: 'role', principal: 'devops/alice' },
  message: 'Now acting as devops in company1.',
  at,
});

describe('SwitchController', () => {
  it('ignores a "running" reply that arrives after the broadcast of the end', async () => {
    let reply!: (s: SwitchStatus) => void;
    bg.send.mockImplementation((name) => (name === 'startSwitch' ? new Promise((r) => (reply = r)) : Promise.resolve({ job: null, tab: null })));
    const { c, texts, out } = controller();
    c.open();
    c.start(target);
    await vi.waitFor(() => expect(bg.send).toHaveBeenCalledWith('startSwitch', { target, tabId: 7 }));
    broadcast(done(2000));
    reply(runningStatus(target, 1000));
    await Promise.resolve();
    expect(texts()).toEqual(['Switching to devops in company1…', 'Now acting as devops in company1.']);
    expect(out.ended).toHaveBeenCalledTimes(1);
  });

  it('reads the identity again when a switch ends', async () => {
    const { c } = controller();
    c.open();
    await vi.waitFor(() => expect(bg.send).toHaveBeenCalledTimes(1));
    broadcast(done(5));
    await vi.waitFor(() => expect(bg.send.mock.calls.filter(([n]) => n === 'getStatus')).toHaveLength(2));
  });

  it('shows the identity as soon as a console page that had not reported yet reports it', async () => {
    const alice = { tabId: 7, site: 'cn', reading: { state: 'known', identity: { kind: 'user', principal: 'alice@company2.onaliyun.com' } } };
    const { c, out } = controller('https://ecs.console.aliyun.com/');
    c.open();
    await vi.waitFor(() => expect(out.identity).toHaveBeenCalledTimes(1));
    expect(out.identity.mock.calls[0]![0].text).toBe('Identity unknown on this page');
    // Another tab's report changes nothing; this tab's does, without asking again.
    for (const l of bg.listeners) await l.identityChanged?.({ ...alice, tabId: 8 });
    expect(out.identity).toHaveBeenCalledTimes(1);
    for (const l of bg.listeners) await l.identityChanged?.(alice);
    await vi.waitFor(() => expect(out.identity).toHaveBeenCalledTimes(2));
    expect(out.identity.mock.calls[1]![0].text).toBe('Logon identity: alice@company2.onaliyun.com');
    expect(bg.send).toHaveBeenCalledTimes(1);
  });

  it('says "Not a console tab" for other pages, without asking again', async () => {
    vi.useFakeTimers();
    try {
      const { c, out } = controller('https://example.com/');
      c.open();
      await vi.waitFor(() => expect(out.identity).toHaveBeenCalledTimes(1));
      expect(out.identity.mock.calls[0]![0].text).toBe('Not a console tab');
      await vi.advanceTimersByTimeAsync(5000);
      expect(bg.send).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a background that does not answer', async () => {
    bg.send.mockRejectedValue(new Error('Receiving end does not exist.'));
    const { c, out } = controller();
    c.open();
    await vi.waitFor(() => expect(out.identity).toHaveBeenCalled());
    expect(out.identity.mock.calls[0]![0].text).toBe('Identity unknown');
    expect(out.status.mock.calls[0]![0]).toMatchObject({ tone: 'error', text: expect.stringContaining('Receiving end does not exist.') });
  });

  it('asks again once the time limit has passed, so a stopped service worker cannot leave it spinning', async () => {
    vi.useFakeTimers();
    try {
      const { c, texts } = controller();
      c.open();
      await vi.waitFor(() => expect(bg.send).toHaveBeenCalledTimes(1));
      // Running, deadline 30 s after 1_000_000 (the controller's now); then the background
      // (woken by the question) says it timed out.
      broadcast(runningStatus(target, 1_000_000));
      const timedOut: SwitchStatus = { state: 'failed', kind: 'switch', target, cause: 'timeout', message: 'The switch did not complete within 30 s.', at: 1_031_000 };
      bg.send.mockImplementation(async () => ({ job: timedOut, tab: null }));
      await vi.advanceTimersByTimeAsync(29_000);
      expect(bg.send).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(bg.send).toHaveBeenCalledWith('getStatus', { tabId: 7 });
      await vi.waitFor(() => expect(texts()).toContain('The switch did not complete within 30 s.'));
    } finally {
      vi.useRealTimers();
    }
  });
});
