// What a person cannot see is never filled: each way a page hides an input, and the ways it
// shows one that only look like hiding.
import { describe, expect, it } from 'vitest';
import { visibilityChecker } from '@/lib/console/visibility';
import { setBody } from './pages';

const STYLE = '<style>.hp{display:none}.ghost{visibility:hidden}.shown{display:block}</style>';

describe('visibilityChecker', () => {
  it.each([
    ['type=hidden', '<input type="hidden">'],
    ['the hidden attribute', '<input hidden>'],
    ['inline display:none', '<input style="display:none">'],
    ['a parent with display:none', '<div style="display: none"><span><input></span></div>'],
    ['a parent hidden by the stylesheet', '<div class="hp"><input></div>'],
    ['visibility:hidden, inherited', '<div class="ghost"><p><input></p></div>'],
    ['aria-hidden on a parent', '<div aria-hidden="true"><input></div>'],
    ['zero size', '<input style="width:0;height:0;border:0;padding:0">'],
    ['a zero-height box that clips', '<div style="height:0;overflow:hidden"><input></div>'],
    ['far off-screen', '<input style="position:absolute;left:-10000px">'],
    ['opacity 0', '<input style="opacity:0">'],
    ['clipped to nothing', '<input style="position:absolute;clip:rect(0 0 0 0)">'],
  ])('hides an input by %s', (_, html) => {
    const doc = setBody(STYLE + html);
    expect(visibilityChecker(doc)(doc.querySelector('input')!)).toBe(false);
  });

  it.each([
    ['plain', '<input>'],
    ['in a visible parent', '<div class="shown"><input></div>'],
    ['visibility restored inside a hidden-visibility parent', '<div class="ghost"><input style="visibility:visible"></div>'],
    ['a zero-height box that does not clip', '<div style="height:0"><input></div>'],
    ['slightly positioned', '<input style="position:relative;left:-20px">'],
  ])('shows an input that is %s', (_, html) => {
    const doc = setBody(STYLE + html);
    expect(visibilityChecker(doc)(doc.querySelector('input')!)).toBe(true);
  });
});
