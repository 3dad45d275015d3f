// An export's file name, and the download itself (happy-dom).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText, exportFileName, slugOf } from '@/lib/options/download';

describe('exportFileName', () => {
  it.each([
    [new Date(2026, 2, 9, 23, 59), undefined, 'switch-roles-2026-03-09.json'],
    [new Date(2026, 11, 31, 0, 0), undefined, 'switch-roles-2026-12-31.json'],
    [new Date(2026, 0, 1), 'Platform team', 'switch-roles-platform-team-2026-01-01.json'],
    [new Date(2026, 0, 1), '<b>Team</b> / prod', 'switch-roles-b-team-b-prod-2026-01-01.json'],
    [new Date(2026, 0, 1), '运维', 'switch-roles-2026-01-01.json'],
    [new Date(2026, 0, 1), '   ', 'switch-roles-2026-01-01.json'],
  ])('%s, %j → %s', (date, name, expected) => {
    expect(exportFileName(date, name)).toBe(expected);
  });
});

describe('slugOf', () => {
  it.each([
    ['Café Ops', 'cafe-ops'],
    ['--a--b--', 'a-b'],
    ['../../etc/passwd', 'etc-passwd'],
    ['x'.repeat(60), 'x'.repeat(40)],
    [`${'a'.repeat(39)} b`, 'a'.repeat(39)],
  ])('%j → %j', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });
});

describe('downloadText', () => {
  afterEach(() => vi.restoreAllMocks());

  it('clicks a hidden <a download> to a Blob of the text, and leaves nothing in the page', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test/1';
    });
    const clicked: { href: string; download: string; inPage: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inPage: document.body.contains(this) });
    });

    downloadText(document, '{"version":1}', 'switch-roles-2026-03-09.json');

    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'switch-roles-2026-03-09.json', inPage: true }]);
    expect(await blob!.text()).toBe('{"version":1}');
    expect(blob!.type).toBe('application/json');
    expect(document.querySelectorAll('a')).toHaveLength(0);
  });
});
