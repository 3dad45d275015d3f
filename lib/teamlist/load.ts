// Getting a document's text from a file or an HTTPS URL, with the size limit enforced before
// (file) or while (URL) reading, so a huge input is never held in memory. The only I/O here.
import { formatBytes, MAX_DOCUMENT_BYTES, sizeProblem } from './limits';
import type { Problem } from './problems';

export type LoadResult = { ok: true; text: string; url?: string } | { ok: false; problems: Problem[] };

const fail = (message: string): LoadResult => ({ ok: false, problems: [{ path: '', message }] });

/** A File (or any Blob) from an <input type=file> or a drop. */
export async function loadFile(file: Blob): Promise<LoadResult> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) return fail(tooBig);
  return decode(new Uint8Array(await file.arrayBuffer()));
}

function decode(bytes: Uint8Array): LoadResult {
  try {
    // fatal: a binary or mis-encoded file gets a clear message, not a JSON error about "�".
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return fail('The document is not UTF-8 text. Save the team list as UTF-8 JSON and try again.');
  }
}

export interface LoadUrlOptions {
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

/** How many redirects within the origin are followed. */
export const MAX_REDIRECTS = 5;

/** JSON (application/json, text/json, application/…+json) or plain text: what a team list is
 *  served as. Anything else (an HTML sign-in page, a binary) is not read at all. */
export function isListContentType(header: string | null): boolean {
  const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type === 'text/json' || type === 'text/plain' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** Fetches a team list over HTTPS: no cookies sent, at most MAX_DOCUMENT_BYTES read, JSON or
 *  plain text only. Redirects are followed by hand and only within the address's origin (the
 *  one the user granted): each hop is checked BEFORE it is requested, so nothing is ever sent
 *  to another site. A browser hides where a redirect leads (an "opaqueredirect" response), so
 *  there every redirect is refused with the advice to enter the final address. The caller asks
 *  for the host permission first. */
export async function loadUrl(address: string, { fetch: fetchFn = fetch, signal }: LoadUrlOptions = {}): Promise<LoadResult> {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return fail(`${JSON.stringify(address.slice(0, 80))} is not a URL. Enter the full https:// address of the team list.`);
  }
  if (url.protocol !== 'https:') return fail(`Team lists are fetched only over https://; this address uses ${url.protocol}`);
  if (url.username || url.password) return fail('Remove the user name and password from the address: credentials never go in a URL.');

  let response: Response;
  let current = url;
  for (let hops = 0; ; hops++) {
    try {
      response = await fetchFn(current.href, { credentials: 'omit', cache: 'no-cache', redirect: 'manual', signal });
    } catch (e) {
      if (signal?.aborted) return fail('The download was cancelled.');
      return fail(`Could not reach ${url.host}: ${e instanceof Error ? e.message : String(e)}. Check the address and your connection.`);
    }
    if (response.type === 'opaqueredirect') {
      return fail(`${url.host} redirected the request, and the browser does not show where to before following it, so the list was not read. Open the address in a tab and import the address it ends at.`);
    }
    if (response.status < 300 || response.status > 399) break;
    const location = response.headers.get('location');
    if (location === null) break; // a 304 or a 3xx without a target: an answer, not a redirect
    await response.body?.cancel().catch(() => {});
    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      return fail(`${url.host} redirected to an address that is not a URL; the list was not read.`);
    }
    if (next.protocol !== 'https:') return fail(`${url.host} redirected to an address that is not https://; the list was not read.`);
    if (next.origin !== url.origin || next.username || next.password) {
      return fail(`${url.host} redirected to another site (${next.host.slice(0, 80)}); lists are read only from the site you allowed, ${url.host}. Import the list from its final address.`);
    }
    if (hops >= MAX_REDIRECTS) return fail(`${url.host} redirected more than ${MAX_REDIRECTS} times; the list was not read.`);
    current = next;
  }
  if (!response.ok) {
    return fail(`${url.host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}. Check the address, and that the list is readable without signing in.`);
  }
  if (!isListContentType(response.headers.get('content-type'))) {
    await response.body?.cancel().catch(() => {});
    const type = response.headers.get('content-type')?.split(';')[0]?.trim().slice(0, 80);
    return fail(`${url.host} sent ${type ? `"${type}"` : 'no content type'}, not JSON or plain text, so it was not read (a sign-in page, perhaps). A team list is served as application/json or text/plain.`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > 0) {
    const tooBig = sizeProblem(declared);
    if (tooBig) return fail(tooBig);
  }
  if (!response.body) return decode(new Uint8Array(await response.arrayBuffer()));

  // Read at most the limit, whatever the server declared.
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_DOCUMENT_BYTES) {
      await reader.cancel();
      return fail(`The document is over ${formatBytes(MAX_DOCUMENT_BYTES)}, the most a team list may be. Split it into several lists.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  const decoded = decode(bytes);
  return decoded.ok ? { ...decoded, url: current.href } : decoded;
}
