// The identity banner's DOM, inside a shadow root so the console's CSS and ours never meet.
// Built once and updated in place, so client-side navigation never makes it flash. The words
// from data (your label, the role, the account) are drawn by CSS from an attribute (`content:
// attr()`: text by definition, never HTML). The closed root keeps them from the page's scripts;
// drawn text is also out of the page's window.find(), which matches text nodes in closed roots.
// The tag and the buttons are our own fixed words: text nodes, which accessibility checkers
// read (the tag's contrast is the text's: same colours).
//
// Its colours are the identity's, whatever the page's or the system's colour scheme: the text
// (and the small tag) is black or white, whichever reaches WCAG AA on that colour, at full
// opacity so the small tag keeps its contrast too.
import { textColourOn } from '../colour';
import type { BannerInfo } from '../messages';

type Style = NonNullable<BannerInfo['style']>;

export const BANNER_HEIGHT_PX = 28;
export const BANNER_COLLAPSED_HEIGHT_PX = 12;

const CSS = `
:host { all: initial; display: block; position: relative; z-index: 2147483646; }
.bar { box-sizing: border-box; display: flex; align-items: center; gap: 8px; height: ${BANNER_HEIGHT_PX}px;
  padding: 0 8px 0 12px; font: 600 13px/1 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  /* Out of the page's selection too: a closed root hides the text from the page's scripts, but
     select-all and getSelection().toString() would still hand it over (Chromium). */
  user-select: none; -webkit-user-select: none; }
/* .bar's display: flex would override the hidden attribute (no banner for the logon identity). */
.bar[hidden] { display: none; }
.text { flex: 1; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.text::before { content: attr(data-text); }
.tag { font-weight: 700; letter-spacing: .04em; text-transform: uppercase; font-size: 11px; }
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

/** The banner's background and text colour (the tag's too) for a style. */
export function bannerColours(style: Pick<Style, 'colour'>): { background: string; text: string } {
  return { background: style.colour, text: textColourOn(style.colour) };
}

export interface BannerView {
  update(style: BannerInfo['style']): void;
}

/** The bar, its text and its words all come with each style (from the background). */
export function createBannerView(shadow: ShadowRoot, container: HTMLElement, onToggle: (style: Style, collapsed: boolean) => void): BannerView {
  const doc = container.ownerDocument;
  const sheet = doc.createElement('style');
  sheet.textContent = CSS;
  shadow.prepend(sheet);
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  bar.hidden = true;
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
    const colours = bannerColours(style);
    bar.hidden = false;
    bar.dataset.tone = style.tone;
    bar.dataset.collapsed = String(style.collapsed);
    bar.style.background = colours.background;
    bar.style.color = colours.text;
    bar.title = style.text;
    bar.setAttribute('aria-label', style.words.label);
    tag.textContent = style.words.tag;
    text.dataset.text = style.text;
    // The accessible name starts with the visible word, so voice control finds it by it.
    toggle.textContent = style.collapsed ? style.words.show : style.words.hide;
    toggle.setAttribute('aria-expanded', String(!style.collapsed));
    toggle.setAttribute('aria-label', style.collapsed ? style.words.showLabel : style.words.hideLabel);
  }

  return {
    update(style) {
      current = style;
      if (style) render(style);
      else bar.hidden = true;
    },
  };
}
