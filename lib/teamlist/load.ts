// Getting a document's text from a file or an HTTPS URL, with the size limit enforced before
// (file) or while (URL) reading, so a huge input is never held in memory. The only I/O here.
import { t } from '../i18n';
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
    return fail(t('load_notUtf8'));
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
    return fail(t('origin_notUrl', { value: JSON.stringify(address.slice(0, 80)) }));
  }
  if (url.protocol !== 'https:') return fail(t('origin_httpsOnly', { protocol: url.protocol }));
  if (url.username || url.password) return fail(t('origin_credentials'));

  let response: Response;
  let current = url;
  for (let hops = 0; ; hops++) {
    try {
      response = await fetchFn(current.href, { credentials: 'omit', cache: 'no-cache', redirect: 'manual', signal });
    } catch (e) {
      if (signal?.aborted) return fail(t('load_cancelled'));
      return fail(t('load_unreachable', { host: url.host, error: e instanceof Error ? e.message : String(e) }));
    }
    if (response.type === 'opaqueredirect') {
      return fail(t('load_opaqueRedirect', { host: url.host }));
    }
    if (response.status < 300 || response.status > 399) break;
    const location = response.headers.get('location');
    if (location === null) break; // a 304 or a 3xx without a target: an answer, not a redirect
    await response.body?.cancel().catch(() => {});
    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      return fail(t('load_redirectNotUrl', { host: url.host }));
    }
    if (next.protocol !== 'https:') return fail(t('load_redirectHttp', { host: url.host }));
    if (next.origin !== url.origin || next.username || next.password) {
      return fail(t('load_redirectOther', { host: url.host, other: next.host.slice(0, 80) }));
    }
    if (hops >= MAX_REDIRECTS) return fail(t('load_redirectMany', { host: url.host, max: MAX_REDIRECTS }));
    current = next;
  }
  if (!response.ok) {
    return fail(t('load_status', { host: url.host, status: `${response.status}${response.statusText ? ` ${response.statusText}` : ''}` }));
  }
  if (!isListContentType(response.headers.get('content-type'))) {
    await response.body?.cancel().catch(() => {});
    const type = response.headers.get('content-type')?.split(';')[0]?.trim().slice(0, 80);
    return fail(t('load_type', { host: url.host, type: type ? `"${type}"` : t('load_noType') }));
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
      return fail(t('load_over', { max: formatBytes(MAX_DOCUMENT_BYTES) }));
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
