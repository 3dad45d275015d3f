// Ids for many records at once: random (version 4) UUIDs, as crypto.randomUUID makes them, from
// random bytes drawn in batches. crypto.randomUUID draws from the system on every call, which
// cost 5–17 µs a call on this machine: 50–166 ms of a 10 000-role import (issue 11). One draw
// of 64 KiB takes under 2 ms.

/** UUIDs per draw: 16 bytes each, 65 536 bytes, the most one getRandomValues call gives. */
export const UUIDS_PER_DRAW = 4096;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A maker of UUIDs: each call gives a new one. Draws as it goes, a batch at a time. */
export function uuidMaker(random: Pick<Crypto, 'getRandomValues'> = crypto): () => string {
  let bytes = new Uint8Array(0);
  let at = 0;
  return () => {
    if (at === bytes.length) {
      bytes = random.getRandomValues(new Uint8Array(16 * UUIDS_PER_DRAW));
      at = 0;
    }
    const b = bytes;
    const i = at;
    at += 16;
    const h = (k: number) => HEX[b[i + k]!]!;
    // The version (4) and variant (10xx) bits, as RFC 9562 sets them for random UUIDs.
    const version = HEX[(b[i + 6]! & 0x0f) | 0x40]!;
    const variant = HEX[(b[i + 8]! & 0x3f) | 0x80]!;
    return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${version}${h(7)}-${variant}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
  };
}
