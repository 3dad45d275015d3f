// Reading a file or an HTTPS URL: the size limit before or while reading, https only.
import { describe, expect, it, vi } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '@/lib/teamlist/limits';
import { loadFile, loadUrl } from '@/lib/teamlist/load';

const message = (r: Awaited<ReturnType<typeof loadUrl>>) => (r.ok ? '' : r.problems[0]!.message);

function streamOf(chunks: number, chunkSize: number) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < chunks) controller.enqueue(new Uint8Array(chunkSize).fill(0x20));
      else controller.close();
    },
  });
}

describe('loadFile', () => {
  it('reads UTF-8 text', async () => {
    expect(await loadFile(new Blob(['{"version": 1, "name": "运维"}']))).toEqual({ ok: true, text: '{"version": 1, "name": "运维"}' });
  });

  it('refuses a file over the limit without reading it', async () => {
    const file = { size: MAX_DOCUMENT_BYTES + 1, arrayBuffer: vi.fn() } as unknown as Blob;
    const r = await loadFile(file);
    expect(r.ok).toBe(false);
    expect(file.arrayBuffer).not.toHaveBeenCalled();
  });

  it('refuses text that is not UTF-8', async () => {
    const r = await loadFile(new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]));
    expect(r.ok ? '' : r.problems[0]!.message).toContain('not UTF-8');
  });
});

describe('loadUrl', () => {
  const ok = (body: BodyInit, init: ResponseInit = {}) => vi.fn(async () => new Response(body, init));

  it('fetches without cookies or cache, and returns the text', async () => {
    const fetch = ok('{"version": 1, "roles": []}');
    expect(await loadUrl(' https://x.example/roles.json ', { fetch })).toMatchObject({ ok: true, text: '{"version": 1, "roles": []}' });
    expect(fetch).toHaveBeenCalledWith('https://x.example/roles.json', expect.objectContaining({ credentials: 'omit', cache: 'no-cache' }));
  });

  it.each([
    ['http://x.example/roles.json', 'only over https://'],
    ['javascript:alert(1)', 'only over https://'],
    ['roles.json', 'is not a URL'],
    ['https://user:pw@x.example/roles.json', 'Remove the user name and password'],
  ])('refuses %s before fetching', async (url, text) => {
    const fetch = vi.fn();
    expect(message(await loadUrl(url, { fetch }))).toContain(text);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says what the server answered', async () => {
    expect(message(await loadUrl('https://x.example/r.json', { fetch: ok('no', { status: 404, statusText: 'Not Found' }) }))).toContain('answered 404 Not Found');
  });

  it('says when the server cannot be reached', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(message(await loadUrl('https://x.example/r.json', { fetch }))).toContain('Could not reach x.example: Failed to fetch');
  });

  it('refuses by the declared length before reading', async () => {
    const body = streamOf(1, 10);
    const fetch = ok(body, { headers: { 'content-length': String(MAX_DOCUMENT_BYTES + 1) } });
    expect(message(await loadUrl('https://x.example/r.json', { fetch }))).toContain('at most 8 MiB');
  });

  it('stops reading at the limit whatever the server declared', async () => {
    const chunk = 256 * 1024;
    const fetch = ok(streamOf(100, chunk)); // 25 MiB, undeclared
    expect(message(await loadUrl('https://x.example/r.json', { fetch }))).toContain('over 8 MiB');
  });

  it('refuses a redirect to a plain http address', async () => {
    const response = new Response('{}');
    Object.defineProperty(response, 'url', { value: 'http://x.example/r.json' });
    expect(message(await loadUrl('https://x.example/r.json', { fetch: vi.fn(async () => response) }))).toContain('not https://');
  });
});
