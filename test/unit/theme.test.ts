// Contrast in both colour schemes: every text colour of the extension pages on the
// backgrounds it is drawn on (components/theme.css, light and dark), and the banner, whose
// colours are the identity's in either scheme.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bannerColours } from '@/lib/content/banner-view';
import { NEUTRAL_COLOUR, STALE_COLOUR, UNKNOWN_COLOUR } from '@/lib/banner';
import { colourForAccount, contrastRatio, PALETTE } from '@/lib/colour';

const css = readFileSync('components/theme.css', 'utf8');

/** The custom properties of the first rule whose selector matches `selector`. */
function palette(selector: RegExp): Record<string, string> {
  const block = new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`, 'm').exec(css)?.[1];
  if (!block) throw new Error(`no rule for ${selector}`);
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

const SCHEMES = {
  light: palette(/^:root/m),
  'dark (system)': palette(/:root:not\(\[data-theme='light'\]\)/),
  'dark (chosen)': palette(/:root\[data-theme='dark'\]/),
};

/** Text (or icon) colour, background, the ratio it needs. */
const PAIRS: [string, string, number][] = [
  ['fg', 'bg', 4.5],
  ['fg', 'bg-soft', 4.5],
  ['fg', 'bg-hover', 4.5],
  ['fg', 'accent-soft', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'bg-soft', 4.5],
  ['muted', 'accent-soft', 4.5],
  ['link', 'bg', 4.5],
  ['link', 'bg-soft', 4.5],
  ['on-accent', 'accent', 4.5],
  ['on-accent', 'accent-hover', 4.5],
  ['ok', 'ok-bg', 4.5],
  ['err', 'err-bg', 4.5],
  ['err', 'bg', 4.5],
  ['err', 'invalid-bg', 4.5],
  ['warn', 'warn-bg', 4.5],
  ['toast-fg', 'toast-bg', 4.5],
  ['toast-link', 'toast-bg', 4.5],
  // Icons are graphics: 3:1 (WCAG 1.4.11), at rest and on a selected row.
  ['icon', 'bg', 3],
  ['icon', 'accent-soft', 3],
  ['star', 'bg', 3],
  ['star', 'accent-soft', 3],
  ['line', 'bg', 1.3],
];

describe.each(Object.entries(SCHEMES))('the %s palette', (_, colours) => {
  it('defines the same properties as the light one', () => {
    expect(Object.keys(colours).sort()).toEqual(Object.keys(SCHEMES.light).sort());
  });
  it.each(PAIRS)('%s on %s reaches %s:1', (fg, bg, ratio) => {
    expect(contrastRatio(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(ratio);
  });
});

describe('the banner in either scheme', () => {
  const colours = [...PALETTE.map((p) => p.hex), NEUTRAL_COLOUR, UNKNOWN_COLOUR, STALE_COLOUR, ...['company1', 'company2', '1234567890123456'].map(colourForAccount)];
  it.each(colours)('text and tag on %s reach 4.5:1', (colour) => {
    const c = bannerColours({ colour });
    expect(c.background).toBe(colour);
    expect(contrastRatio(c.text, c.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('takes no colour from the page or the system scheme, and never fades its text', () => {
    const source = readFileSync('lib/content/banner-view.ts', 'utf8');
    expect(source).not.toMatch(/prefers-color-scheme/);
    expect(source).not.toMatch(/opacity\s*:/);
  });
});
