// The identity banner's DOM, inside a shadow root so the console's CSS and ours never meet.
// Plain DOM and text nodes only (no HTML from data), built once and updated in place, so
// client-side navigation never makes it flash.
import { textColourOn } from '../colour';
import type { BannerInfo } from '../messages';

type Style = NonNullable<BannerInfo['style']>;

export const BANNER_HEIGHT_PX = 28;
export const BANNER_COLLAPSED_HEIGHT_PX = 12;

const CSS = `
:host { all: initial; display: block; position: relative; z-index: 2147483646; }
/* WXT wraps the UI in its own <html><body>: no default margins there. */
html, body { margin: 0; padding: 0; }
.bar { box-sizing: border-box; display: flex; align-items: center; gap: 8px; height: ${BANNER_HEIGHT_PX}px;
  padding: 0 8px 0 12px; font: 600 13px/1 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; }
.text { flex: 1; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.tag { font-weight: 700; letter-spacing: .04em; text-transform: uppercase; font-size: 11px; opacity: .9; }
button { all: unset; cursor: pointer; font: 600 12px/1 system-ui, sans-serif; padding: 4px 8px; border-radius: 4px; }
button:focus-visible { outline: 2px solid currentColor; outline-offset: 1px; }
/* Collapsed: a slim strip in the identity's colour that still holds its own handle, so it never
   reaches over the console's top bar. */
.bar[data-collapsed="true"] { height: ${BANNER_COLLAPSED_HEIGHT_PX}px; padding: 0 8px; justify-content: flex-end; }
.bar[data-collapsed="true"] .text, .bar[data-collapsed="true"] .tag { display: none; }
.bar[data-collapsed="true"] button { height: ${BANNER_COLLAPSED_HEIGHT_PX}px; padding: 0 8px; font-size: 10px; line-height: ${BANNER_COLLAPSED_HEIGHT_PX}px; border-radius: 0; }
.bar[data-tone="unknown"], .bar[data-tone="stale"] {
  background-image: repeating-linear-gradient(135deg, transparent 0 12px, rgba(0,0,0,.12) 12px 24px); }
`;

const TAGS: Record<Style['tone'], string> = { role: 'Role', logon: 'Logon', unknown: 'Unknown', stale: 'Out of date' };

export interface BannerView {
  update(style: BannerInfo['style']): void;
}

export function createBannerView(shadow: ShadowRoot, container: HTMLElement, onToggle: (style: Style, collapsed: boolean) => void): BannerView {
  const doc = container.ownerDocument;
  const sheet = doc.createElement('style');
  sheet.textContent = CSS;
  shadow.prepend(sheet);
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  bar.setAttribute('aria-label', 'Alibaba Cloud identity');
  const tag = doc.createElement('span');
  tag.className = 'tag';
  const text = doc.createElement('span');
  text.className = 'text';
  const toggle = doc.createElement('button');
  toggle.type = 'button';
  bar.append(tag, text, toggle);
  container.append(bar);

  let current: Style | null = null;
  toggle.addEventListener('click', () => {
    if (!current) return;
    current = { ...current, collapsed: !current.collapsed };
    render(current);
    onToggle(current, current.collapsed);
  });

  function render(style: Style) {
    const fg = textColourOn(style.colour);
    bar.hidden = false;
    bar.dataset.tone = style.tone;
    bar.dataset.collapsed = String(style.collapsed);
    bar.style.background = style.colour;
    bar.style.color = fg;
    bar.title = style.text;
    tag.textContent = TAGS[style.tone];
    text.textContent = style.text;
    toggle.textContent = style.collapsed ? 'Show identity' : 'Hide';
    toggle.setAttribute('aria-expanded', String(!style.collapsed));
    toggle.setAttribute('aria-label', style.collapsed ? 'Show identity banner' : 'Collapse identity banner');
  }

  return {
    update(style) {
      current = style;
      if (style) render(style);
      else bar.hidden = true;
    },
  };
}
