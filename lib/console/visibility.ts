// Whether a person can see an element, as password managers judge it: a field nobody can see
// is never filled (a honeypot, a decoy, a template row), and a button nobody can see is never
// pressed. Works with and without layout: in the browser the element's box counts too; in a
// DOM without layout (unit tests) attributes and styles alone decide.

/** The styles that hide an element on their own, whatever its ancestors do. */
function hiddenByStyle(style: CSSStyleDeclaration, leaf: boolean): boolean {
  if (style.display === 'none') return true;
  // Inherited, so asked of the element itself: a child may be visible inside a hidden parent.
  if (leaf && (style.visibility === 'hidden' || style.visibility === 'collapse')) return true;
  if (style.opacity !== '' && Number(style.opacity) === 0) return true;
  if (/rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(style.clip ?? '')) return true;
  if (/inset\(\s*50%/.test(style.clipPath ?? '')) return true;
  // Moved far off-screen: the classic honeypot.
  if (style.position === 'absolute' || style.position === 'fixed') {
    for (const side of [style.left, style.top]) if (parseFloat(side ?? '') <= -500) return true;
  }
  // No room: a zero-size field, or a zero-size box that clips what it holds.
  const zero = (size: string | undefined) => /^0(px)?$/.test((size ?? '').trim());
  if (leaf && (zero(style.width) || zero(style.height))) return true;
  return style.overflow === 'hidden' && [style.width, style.height, style.maxWidth, style.maxHeight].some(zero);
}

/** Whether the document has layout (a browser) rather than a bare DOM (happy-dom). */
function hasLayout(doc: Document): boolean {
  const root = doc.documentElement?.getBoundingClientRect?.();
  return !!root && (root.width > 0 || root.height > 0);
}

/**
 * A checker that remembers what it saw: one lookup asks about many inputs in one subtree, and
 * the answer for an ancestor is the same for all of them.
 */
export function visibilityChecker(doc: Document): (el: Element) => boolean {
  const win = doc.defaultView;
  const layout = hasLayout(doc);
  const cache = new Map<Element, boolean>();

  const ownHidden = (el: Element, leaf: boolean): boolean => {
    if ((el as HTMLElement).hidden || el.getAttribute('aria-hidden') === 'true') return true;
    if (el.tagName === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return true;
    if (el.tagName === 'TEMPLATE' || el.tagName === 'NOSCRIPT') return true;
    const style = win?.getComputedStyle?.(el) ?? (el as HTMLElement).style;
    if (style && hiddenByStyle(style, leaf)) return true;
    // A DOM without layout may drop what it cannot compute (clip): read the attribute then.
    return !layout && /clip\s*:\s*rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/i.test(el.getAttribute('style') ?? '');
  };

  const shown = (el: Element): boolean => {
    const known = cache.get(el);
    if (known !== undefined) return known;
    const parent = el.parentElement;
    const result = !ownHidden(el, false) && (parent === null || shown(parent));
    cache.set(el, result);
    return result;
  };

  return (el) => {
    if (ownHidden(el, true) || (el.parentElement && !shown(el.parentElement))) return false;
    if (!layout) return true;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
}
