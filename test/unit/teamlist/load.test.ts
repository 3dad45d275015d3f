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
    const fetch = ok(body, { headers: { 'content-length': String(MAX_DOCUMENT_BYTES + 1), 'content-type': 'application/json' } });
    expect(message(await loadUrl('https://x.example/r.json', { fetch }))).toContain('at most 8 MiB');
  });

  it('stops reading at the limit whatever the server declared', async () => {
    const chunk = 256 * 1024;
    const fetch = ok(streamOf(100, chunk), { headers: { 'content-type': 'application/json' } }); // 25 MiB, undeclared
    expect(message(await loadUrl('https://x.example/r.json', { fetch }))).toContain('over 8 MiB');
  });

  /** A server: path → response, recording every address requested. */
  function server(routes: Record<string, () => Response>) {
    const requested: string[] = [];
    const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const href = String(input);
      requested.push(href);
      expect(init?.redirect).toBe('manual');
      return (routes[href] ?? (() => new Response('Not Found', { status: 404 })))();
    });
    return { fetch, requested };
  }
  const redirect = (location: string, status = 302) => () => new Response(null, { status, headers: { location } });
  const json = (body = '{"version": 1, "roles": []}', type = 'application/json') => () => new Response(body, { headers: { 'content-type': type } });

  it('follows redirects within the origin, by hand', async () => {
    const { fetch, requested } = server({
      'https://x.example/r.json': redirect('/v2/r.json', 301),
      'https://x.example/v2/r.json': redirect('https://x.example/v3/r.json', 307),
      'https://x.example/v3/r.json': json(),
    });
    expect(await loadUrl('https://x.example/r.json', { fetch })).toEqual({ ok: true, text: '{"version": 1, "roles": []}', url: 'https://x.example/v3/r.json' });
    expect(requested).toEqual(['https://x.example/r.json', 'https://x.example/v2/r.json', 'https://x.example/v3/r.json']);
  });

  it.each([
    ['another https site', 'https://evil.example/r.json', 'redirected to another site (evil.example)'],
    ['another port of the host', 'https://x.example:8443/r.json', 'redirected to another site (x.example:8443)'],
    ['a subdomain', 'https://a.x.example/r.json', 'redirected to another site'],
    ['plain http on the same host', 'http://x.example/r.json', 'not https://'],
    ['a user name', 'https://u:p@x.example/r.json', 'redirected to another site'],
    ['a data: URL', 'data:application/json,{}', 'not https://'],
  ])('refuses a redirect to %s without requesting it', async (_, location, text) => {
    const { fetch, requested } = server({ 'https://x.example/r.json': redirect(location), [location]: json() });
    expect(message(await loadUrl('https://x.example/r.json', { fetch }))).toContain(text);
    expect(requested).toEqual(['https://x.example/r.json']);
  });

  it('refuses a redirect the browser hides (opaqueredirect)', async () => {
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    const r = await loadUrl('https://x.example/r.json', { fetch: vi.fn(async () => opaque) });
    expect(message(r)).toContain('x.example redirected the request');
  });

  it('stops after a few redirects', async () => {
    const routes: Record<string, () => Response> = {};
    for (let i = 0; i < 10; i++) routes[`https://x.example/${i}`] = redirect(`/${i + 1}`);
    const { fetch, requested } = server(routes);
    expect(message(await loadUrl('https://x.example/0', { fetch }))).toContain('redirected more than 5 times');
    expect(requested).toHaveLength(6);
  });

  it.each(['application/json', 'application/json; charset=utf-8', 'text/plain;charset=UTF-8', 'text/json', 'application/vnd.team-list+json', 'Application/JSON'])(
    'reads a body of type %s',
    async (type) => {
      expect((await loadUrl('https://x.example/r.json', { fetch: vi.fn(async () => json(undefined, type)()) })).ok).toBe(true);
    },
  );

  it.each([
    ['text/html; charset=utf-8', '"text/html"'],
    ['application/octet-stream', '"application/octet-stream"'],
    ['application/javascript', '"application/javascript"'],
    ['image/svg+xml', '"image/svg+xml"'],
    ['', 'no content type'],
  ])('refuses a body of type %s without reading it', async (type, named) => {
    const body = new ReadableStream<Uint8Array>({ pull: (c) => void (c.enqueue(new TextEncoder().encode('{"version": 1, "roles": []}')), c.close()) });
    const response = new Response(body, { headers: type ? { 'content-type': type } : {} });
    const r = await loadUrl('https://x.example/r.json', { fetch: vi.fn(async () => response) });
    expect(message(r)).toContain(`x.example sent ${named}, not JSON or plain text`);
    expect(r.ok).toBe(false);
  });
});
