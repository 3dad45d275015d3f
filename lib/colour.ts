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
