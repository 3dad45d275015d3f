// The host permission a URL import asks for: exactly one https origin.
import { describe, expect, it, vi } from 'vitest';
import { heldByManifest, originPatternOf, releaseOrigin } from '@/lib/options/origin';

describe('originPatternOf', () => {
  it.each([
    ['https://lists.example-team.com/team.json', 'https://lists.example-team.com/*', 'lists.example-team.com'],
    ['  https://lists.example-team.com/a/b/team.json?x=1#top  ', 'https://lists.example-team.com/*', 'lists.example-team.com'],
    ['https://lists.example.com:8443/team.json', 'https://lists.example.com:8443/*', 'lists.example.com:8443'],
    // The default port is not a port of its own.
    ['https://lists.example.com:443/team.json', 'https://lists.example.com/*', 'lists.example.com'],
    ['HTTPS://Lists.Example.COM/Team.json', 'https://lists.example.com/*', 'lists.example.com'],
    ['https://bücher.example/team.json', 'https://xn--bcher-kva.example/*', 'xn--bcher-kva.example'],
    ['https://127.0.0.1:8443/t.json', 'https://127.0.0.1:8443/*', '127.0.0.1:8443'],
    ['https://[::1]:8443/t.json', 'https://[::1]:8443/*', '[::1]:8443'],
  ])('%s → %s', (address, pattern, host) => {
    expect(originPatternOf(address)).toMatchObject({ ok: true, pattern, host });
  });

  it('keeps the whole address to fetch, without surrounding spaces', () => {
    expect(originPatternOf(' https://a.example/x.json?v=2 ')).toMatchObject({ url: 'https://a.example/x.json?v=2' });
  });

  it.each([
    ['', 'Enter the https:// address'],
    ['   ', 'Enter the https:// address'],
    ['lists.example.com/team.json', 'is not a URL'],
    ['http://lists.example.com/team.json', 'only over https://; this address uses http:'],
    ['ftp://lists.example.com/team.json', 'uses ftp:'],
    ['file:///etc/passwd', 'uses file:'],
    ['javascript:alert(1)', 'uses javascript:'],
    ['https://user:pass@lists.example.com/team.json', 'Remove the user name and password'],
    ['https://user@lists.example.com/team.json', 'Remove the user name and password'],
  ])('refuses %j', (address, message) => {
    const r = originPatternOf(address);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  it('never asks for more than one origin', () => {
    const r = originPatternOf('https://a.example/*/x');
    expect(r).toMatchObject({ ok: true, pattern: 'https://a.example/*' });
  });
});

describe('releaseOrigin', () => {
  const MANIFEST = ['https://signin.aliyun.com/*', 'https://*.console.aliyun.com/*', 'https://*.console.alibabacloud.com/*'];
  const list = (url: string) => ({ sourceKind: 'url', url });
  const permissions = () => ({ remove: vi.fn(async () => true) });

  it('removes the origin when no stored list comes from it any more', async () => {
    const p = permissions();
    expect(await releaseOrigin('https://lists.example.com/*', [list('https://other.example/t.json'), { sourceKind: 'file' }], p, MANIFEST)).toBe(true);
    expect(p.remove).toHaveBeenCalledWith({ origins: ['https://lists.example.com/*'] });
  });

  it('keeps it while another list comes from that origin', async () => {
    const p = permissions();
    expect(await releaseOrigin('https://lists.example.com/*', [list('https://lists.example.com/b.json')], p, MANIFEST)).toBe(false);
    expect(p.remove).not.toHaveBeenCalled();
  });

  it('tells ports apart', async () => {
    const p = permissions();
    expect(await releaseOrigin('https://lists.example.com:8443/*', [list('https://lists.example.com/b.json')], p, MANIFEST)).toBe(true);
  });

  it.each(['https://oss.console.aliyun.com/*', 'https://signin.aliyun.com/*', 'https://a.b.console.alibabacloud.com/*'])(
    'never gives back %s, a host the manifest holds',
    async (pattern) => {
      const p = permissions();
      expect(await releaseOrigin(pattern, [], p, MANIFEST)).toBe(false);
      expect(p.remove).not.toHaveBeenCalled();
    },
  );

  it('does not take a look-alike for a manifest host', () => {
    expect(heldByManifest('evilconsole.aliyun.com', MANIFEST)).toBe(false);
    expect(heldByManifest('console.aliyun.com.evil.example', MANIFEST)).toBe(false);
  });

  it('never throws when the browser refuses', async () => {
    const p = { remove: vi.fn(async () => Promise.reject(new Error('not granted'))) };
    expect(await releaseOrigin('https://lists.example.com/*', [], p, MANIFEST)).toBe(false);
  });
});
