// `npm run icons`: renders the icon's SVG sources (assets/icon/) to the PNGs both manifests use
// (public/icon/<size>.png), and a preview of each size on light and dark toolbars
// (docs/screenshots/icon-<size>.png: at its real size, then enlarged 8× or 2×, pixels kept).
// Offline: @resvg/resvg-js ships its renderer in the npm package. The PNGs are committed; run
// this again after changing an SVG.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** 16 and 32 px come from the drawing made for small sizes; 48 and up from the detailed one. */
const SOURCES: Record<number, string> = {
  16: 'assets/icon/icon-small.svg',
  32: 'assets/icon/icon-small.svg',
  48: 'assets/icon/icon.svg',
  128: 'assets/icon/icon.svg',
};

/** Toolbar colours: Chrome light, Chrome dark, Firefox light, Firefox dark. */
const TOOLBARS = [
  { name: 'Chrome light', bg: '#ffffff', fg: '#1f1f1f' },
  { name: 'Chrome dark', bg: '#3c3c3c', fg: '#e3e3e3' },
  { name: 'Firefox light', bg: '#f9f9fb', fg: '#15141a' },
  { name: 'Firefox dark', bg: '#2b2a33', fg: '#fbfbfe' },
];

export function renderIcon(size: number): Buffer {
  const svg = readFileSync(SOURCES[size]!, 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

/** The icon on each toolbar colour: at its real size, and enlarged with square pixels. */
function preview(size: number, png: Buffer): Buffer {
  const zoom = size <= 32 ? 8 : 2;
  const data = `data:image/png;base64,${png.toString('base64')}`;
  const pad = 12;
  const rowH = Math.max(size * zoom, 24) + 2 * pad;
  const width = 150 + size + 3 * pad + size * zoom;
  const rows = TOOLBARS.map((t, i) => {
    const y = i * rowH;
    const mid = y + rowH / 2;
    return `<rect x="0" y="${y}" width="${width}" height="${rowH}" fill="${t.bg}"/>
      <text x="${pad}" y="${mid + 4}" font-family="DejaVu Sans, sans-serif" font-size="12" fill="${t.fg}">${t.name}</text>
      <image x="150" y="${mid - size / 2}" width="${size}" height="${size}" href="${data}"/>
      <image x="${150 + size + 2 * pad}" y="${mid - (size * zoom) / 2}" width="${size * zoom}" height="${size * zoom}" href="${data}" image-rendering="optimizeSpeed"/>`;
  }).join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${rowH * TOOLBARS.length}">${rows}</svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: true } }).render().asPng();
}

mkdirSync('public/icon', { recursive: true });
mkdirSync('docs/screenshots', { recursive: true });
for (const size of Object.keys(SOURCES).map(Number)) {
  const png = renderIcon(size);
  writeFileSync(`public/icon/${size}.png`, png);
  console.log(`public/icon/${size}.png`);
  if (size === 16 || size === 128) {
    writeFileSync(`docs/screenshots/icon-${size}.png`, preview(size, png));
    console.log(`docs/screenshots/icon-${size}.png`);
  }
}
