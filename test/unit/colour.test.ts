// Colours: parsing, WCAG contrast, the text colour on a banner, and a stable colour per account.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PALETTE, colourForAccount, contrastRatio, isHexColour, luminance, normaliseHexColour, textColourOn } from '@/lib/colour';

const hex2 = (n: number) => n.toString(16).padStart(2, '0');
const rgb = (r: number, g: number, b: number) => `#${hex2(r)}${hex2(g)}${hex2(b)}`;

describe('isHexColour and normaliseHexColour', () => {
  it.each([
    ['#abc', '#aabbcc'],
    ['abc', '#aabbcc'],
    ['#ABC', '#aabbcc'],
    ['#AbCdEf', '#abcdef'],
    ['  #1565c0 ', '#1565c0'],
    ['1565C0', '#1565c0'],
    ['#000', '#000000'],
  ])('%j is a colour: %s', (input, normal) => {
    expect(isHexColour(input)).toBe(true);
    expect(normaliseHexColour(input)).toBe(normal);
  });

  it.each(['', '#', '#ab', '#abcd', '#abcde', '#abcdef0', '#ggg', 'red', 'rgb(0,0,0)', '##abc', '#abc ;', '＃abc'])('%j is not', (input) => {
    expect(isHexColour(input)).toBe(false);
  });
});

describe('WCAG luminance and contrast', () => {
  it.each([
    ['#000000', 0],
    ['#ffffff', 1],
    ['#ff0000', 0.2126],
    ['#00ff00', 0.7152],
    ['#0000ff', 0.0722],
    ['#808080', 0.2158605],
  ])('luminance(%s) = %d', (colour, expected) => {
    expect(luminance(colour)).toBeCloseTo(expected, 6);
  });

  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#777777', '#ffffff', 4.48],
    ['#767676', '#ffffff', 4.54], // the lightest grey that passes AA on white
    ['#595959', '#ffffff', 7.0],
    ['#0000ff', '#ffffff', 8.59],
    ['#ff0000', '#ffffff', 4.0],
    ['#1565c0', '#1565c0', 1],
  ])('contrastRatio(%s, %s) ≈ %d', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
  });

  it('is the same whichever colour is the background', () => {
    fc.assert(
      fc.property(colourArb, colourArb, (a, b) => {
        expect(contrastRatio(a, b)).toBeCloseTo(contrastRatio(b, a), 12);
        expect(contrastRatio(a, b)).toBeGreaterThanOrEqual(1);
        expect(contrastRatio(a, b)).toBeLessThanOrEqual(21);
      }),
    );
  });
});

const colourArb = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([r, g, b]) => rgb(r, g, b));

describe('textColourOn: banner text is always readable (WCAG AA, 4.5:1)', () => {
  it.each([
    ['#000000', '#ffffff'],
    ['#ffffff', '#000000'],
    ['#fbc02d', '#000000'], // yellow: dark text
    ['#1565c0', '#ffffff'], // blue: light text
    ['#d32f2f', '#ffffff'],
  ])('on %s: %s', (bg, text) => {
    expect(textColourOn(bg)).toBe(text);
  });

  it('picks the colour with more contrast, and it reaches 4.5:1 for random colours', () => {
    fc.assert(
      fc.property(colourArb, (bg) => {
        const text = textColourOn(bg);
        const other = text === '#000000' ? '#ffffff' : '#000000';
        expect(contrastRatio(bg, text)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(bg, text)).toBeGreaterThanOrEqual(contrastRatio(bg, other));
      }),
      { numRuns: 5000 },
    );
  });

  it('reaches 4.5:1 on every colour of a grid (every 3rd step of each channel, and every #rgb)', () => {
    let worst = 21;
    let worstColour = '';
    const steps = [...Array.from({ length: 86 }, (_, i) => i * 3), 255];
    for (const r of steps)
      for (const g of steps)
        for (const b of steps) {
          const bg = rgb(r, g, b);
          const ratio = contrastRatio(bg, textColourOn(bg));
          if (ratio < worst) [worst, worstColour] = [ratio, bg];
        }
    for (let i = 0; i < 4096; i++) {
      const bg = `#${i.toString(16).padStart(3, '0')}`;
      const ratio = contrastRatio(bg, textColourOn(bg));
      if (ratio < worst) [worst, worstColour] = [ratio, bg];
    }
    expect(worst, `worst: ${worstColour}`).toBeGreaterThanOrEqual(4.5);
    // Black and white cross at luminance ≈ 0.179, where either gives about 4.58:1.
    expect(worst).toBeCloseTo(4.58, 1);
    // 660 000 colours: exhaustive on purpose, so it gets room on a busy machine.
  }, 60_000);

  it('makes every palette colour readable', () => {
    for (const { hex, name } of PALETTE) expect(contrastRatio(hex, textColourOn(hex)), name).toBeGreaterThanOrEqual(4.5);
  });
});

describe('colourForAccount', () => {
  it('is the same colour for the same account, whatever the case', () => {
    expect(colourForAccount('company1')).toBe(colourForAccount('company1'));
    expect(colourForAccount('Company1')).toBe(colourForAccount('company1'));
    // Pinned: stable across runs, machines and browsers (a user learns "company1 is this colour").
    expect(colourForAccount('company1')).toMatchInlineSnapshot(`"#30a66d"`);
  });

  it('is a #rrggbb colour that banner text is readable on', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (key) => {
        const c = colourForAccount(key);
        expect(c).toMatch(/^#[0-9a-f]{6}$/);
        expect(contrastRatio(c, textColourOn(c))).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });

  it('spreads accounts over the colour wheel', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `account-${i}`);
    const colours = new Set(keys.map(colourForAccount));
    expect(colours.size).toBeGreaterThan(300);
    // Twelve hue sectors of 30°: each gets some accounts, none more than twice its share.
    const sectors = new Array<number>(12).fill(0);
    for (const k of keys) sectors[Math.floor(hueOf(colourForAccount(k)) / 30) % 12]!++;
    expect(Math.min(...sectors)).toBeGreaterThan(0);
    expect(Math.max(...sectors)).toBeLessThan((2 * keys.length) / 12);
  });

  it('gives neighbouring names different colours', () => {
    const names = ['company1', 'company2', 'company3', 'prod', 'staging', 'dev', '1234567890123456', '2222222222222222'];
    expect(new Set(names.map(colourForAccount)).size).toBe(names.length);
  });
});

function hueOf(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}
