// Colours: the palette, parsing, a stable colour per account, and WCAG contrast for text.

export const PALETTE = [
  { name: 'Red (production)', hex: '#d32f2f' },
  { name: 'Orange (staging)', hex: '#ef6c00' },
  { name: 'Yellow', hex: '#fbc02d' },
  { name: 'Green (development)', hex: '#2e7d32' },
  { name: 'Teal', hex: '#00897b' },
  { name: 'Blue', hex: '#1565c0' },
  { name: 'Purple', hex: '#6a1b9a' },
  { name: 'Grey', hex: '#616161' },
] as const;

export const DEFAULT_COLOUR = PALETTE[5].hex;

const HEX = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

export function isHexColour(value: string): boolean {
  return HEX.test(value.trim());
}

/** "#ABC" or "abc" → "#aabbcc". Call only on values isHexColour accepted. */
export function normaliseHexColour(value: string): string {
  let h = value.trim().replace(/^#/, '').toLowerCase();
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  return `#${h}`;
}

function channels(hex: string): [number, number, number] {
  const h = normaliseHexColour(hex).slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2 relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Black or white, whichever contrasts more with the background. One of them always reaches at
 * least 4.58:1 (their contrasts cross at luminance ≈ 0.179), so text always meets WCAG AA.
 */
export function textColourOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

/** A stable colour for an account with no bookmark: same account, same colour, everywhere. */
export function colourForAccount(key: string): string {
  let hash = 2166136261; // FNV-1a: stable across runs and browsers.
  for (const ch of key.toLowerCase()) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 16777619);
  }
  const hue = (hash >>> 0) % 360;
  return hslToHex(hue, 0.55, 0.42);
}
