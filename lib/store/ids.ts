// Ids for many records at once: random (version 4) UUIDs, as crypto.randomUUID makes them, from
// random bytes drawn in batches. crypto.randomUUID draws from the system on every call, which
// cost 5–17 µs a call on this machine: 50–166 ms of a 10 000-role import (issue 11). One draw
// of 64 KiB takes under 2 ms.

/** UUIDs per draw: 16 bytes each, 65 536 bytes, the most one getRandomValues call gives. */
export const UUIDS_PER_DRAW = 4096;

const UUID_LENGTH = 36;
const HEX = new TextEncoder().encode('0123456789abcdef');
const DASH = 0x2d;

/** A maker of UUIDs: each call gives a new one. Draws as it goes, a batch at a time. */
export function uuidMaker(random: Pick<Crypto, 'getRandomValues'> = crypto): () => string {
  let batch = '';
  let at = 0;
  return () => {
    if (at === batch.length) {
      batch = uuidBatch(random);
      at = 0;
    }
    at += UUID_LENGTH;
    return batch.slice(at - UUID_LENGTH, at);
  };
}

/**
 * UUIDS_PER_DRAW UUIDs from one draw, one after another in one string: each id is then a slice
 * of it. Built as bytes and decoded once, because an id joined from its 20 parts is a tree of
 * 20 strings that every later use (a Map key, a stored record) must first copy into one.
 */
function uuidBatch(random: Pick<Crypto, 'getRandomValues'>): string {
  const bytes = random.getRandomValues(new Uint8Array(16 * UUIDS_PER_DRAW));
  const text = new Uint8Array(UUID_LENGTH * UUIDS_PER_DRAW);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 16) {
    // The version (4) and variant (10xx) bits, as RFC 9562 sets them for random UUIDs.
    bytes[i + 6] = (bytes[i + 6]! & 0x0f) | 0x40;
    bytes[i + 8] = (bytes[i + 8]! & 0x3f) | 0x80;
    for (let k = 0; k < 16; k++) {
      if (k === 4 || k === 6 || k === 8 || k === 10) text[o++] = DASH;
      text[o++] = HEX[bytes[i + k]! >> 4]!;
      text[o++] = HEX[bytes[i + k]! & 15]!;
    }
  }
  return new TextDecoder().decode(text);
}
