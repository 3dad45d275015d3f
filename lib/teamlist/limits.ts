// Limits on what is read, checked before the schema. The schema (schema.json) holds the rest:
// at most 20 000 roles, and the length of every field.
import { t } from '../i18n';

/** The largest document read: 8 MiB, room for the 20 000 roles the schema allows (about 420
 *  bytes each, every field filled). */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

/** The most roles a list holds: the schema's maxItems (a test keeps them equal), checked before
 *  the schema so an oversized list is refused without validating every role. */
export const MAX_ROLES = 20_000;

/** How deeply objects and lists may nest. The format needs 4 (document, roles, role, tags). */
export const MAX_DEPTH = 16;

/** Keys that could reach an object's prototype if some code ever merged the value naively. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** "900 bytes", "512 KiB", "3.4 MiB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return t('size_bytes', { count: bytes });
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${Number((bytes / (1024 * 1024)).toFixed(2))} MiB`;
}

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4; // a surrogate pair: one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/** Null when a document of this many bytes may be read; else the message saying why not.
 *  atLeast: the count is a lower bound (characters, not yet bytes). */
export function sizeProblem(bytes: number, atLeast = false): string | null {
  if (bytes <= MAX_DOCUMENT_BYTES) return null;
  // Just over the limit would round to the limit itself: then say the bytes.
  const size = formatBytes(bytes) === formatBytes(MAX_DOCUMENT_BYTES) ? t('size_bytes', { count: bytes }) : formatBytes(bytes);
  const subs = { size, max: formatBytes(MAX_DOCUMENT_BYTES), maxBytes: MAX_DOCUMENT_BYTES };
  return atLeast ? t('size_tooBigAtLeast', subs) : t('size_tooBig', subs);
}

/** The size check of a text, deciding from its length where that settles it: each UTF-16 unit
 *  is 1 to 3 UTF-8 bytes, so a text longer than the limit is too big and one under a third of
 *  it fits, without reading a character. Only in between are the bytes counted, which a 50 MB
 *  paste never reaches (it would block the page for a second). */
export function textSizeProblem(text: string): string | null {
  if (text.length > MAX_DOCUMENT_BYTES) return sizeProblem(text.length, true);
  if (text.length * 3 <= MAX_DOCUMENT_BYTES) return null;
  return sizeProblem(utf8Length(text));
}
