// The banner's DOM: the words from data (a label, the role, the account) are drawn by CSS from
// an attribute, never held in a text node: a text node, even in a closed root, is found by the
// page's window.find() in Chromium (test/e2e/security.spec.ts checks that in the browser). The
// tag and buttons, our own fixed words, stay text for accessibility checkers.
import { describe, expect, it } from 'vitest';
import { bannerWords } from '@/lib/banner';
import { createBannerView } from '@/lib/content/banner-view';
import { translator } from '@/lib/i18n';

const LABEL = 'Payroll <b>prod</b> "7f3a" \\ · Role prod-admin in company1';

function textNodes(root: Node): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.textContent ?? '');
  return out;
}

describe('createBannerView', () => {
  it('draws the identity from an attribute, as text: no text node holds it, no markup is made of it', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.append(container);
    const view = createBannerView(shadow, container, () => {});
    const words = bannerWords('role', translator('en').t);
    view.update({ text: LABEL, colour: '#d32f2f', tone: 'role', collapsed: false, collapseKey: 'k', words });

    const text = shadow.querySelector<HTMLElement>('.text')!;
    expect(text.dataset.text).toBe(LABEL);
    expect(text.childNodes).toHaveLength(0);
    expect(shadow.querySelector('b')).toBeNull();
    expect(shadow.querySelector('style')!.textContent).toContain('.text::before { content: attr(data-text); }');
    const nodes = textNodes(container);
    expect(nodes.some((t) => t.includes('Payroll') || t.includes('prod-admin'))).toBe(false);
    // Our own words are text.
    expect(nodes).toEqual(expect.arrayContaining([words.tag, words.hide]));
    host.remove();
  });
});
