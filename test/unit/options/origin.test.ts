// The host permission a URL import asks for: exactly one https origin.
import { describe, expect, it } from 'vitest';
import { originPatternOf } from '@/lib/options/origin';

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
