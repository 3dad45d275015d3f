// What the top-bar reader leaves unread, for a large page's sake (topbar.ts). It looks only at
// the texts in which one regular expression over the page's whole text finds a hint
// (textsWorthALook). Property: on generated pages, every short text whose own string holds a
// hint (LABEL_HINT, "/" or "@") is among them, at the place the plain walk gives it, and nothing
// inside a long list is. Hints cut across two texts, word boundaries the whole text lacks
// ("x" + "ID") and long lists are what the pages are made of. And a wait for the bar tests no
// text as a label while no text names anyone "current" (readTopBarNamingCurrent).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { everyText, readTopBar, readTopBarNamingCurrent, textsWorthALook } from '@/lib/console/topbar';
import { LABEL_HINT, MAX_LABEL_LENGTH } from '@/lib/console/topbar-labels';
import { MAX_VALUE_LENGTH } from '@/lib/console/principal';
import { rng, type Rng } from '../../generator/rng';
import { setBody } from './pages';

const PAGES = 300;
const FIRST_SEED = Number(process.env.TOPBAR_SEED ?? 1);

/** Pieces of words that join into hints across texts ("ali" + "as", "Som" + "alia" + "STS"). */
const PIECES = ['ali', 'as', 'alia', 'STS', 'Som', 'Current', ' identity', 'x', 'ID', 'id', 'na', 'me', 'Name', 'ro', 'le', 'Role', 'lo', 'gin', '/', '@', 'devops', 'alice', '当前', '身份', '别名', '账', '号', ': ', ' ', 'Running', 'ecs.g7', '实例'];

function text(r: Rng): string {
  if (r.bool(0.04)) return 'long prose with a name in it, '.repeat(r.int(3, 6));
  let s = '';
  for (let i = r.int(1, 3); i > 0; i--) s += r.pick(PIECES);
  return s;
}

function fill(r: Rng, el: Element, depth: number): void {
  const doc = el.ownerDocument;
  for (let i = r.int(1, 5); i > 0; i--) {
    const roll = r.next();
    if (roll < 0.45 || depth > 4) el.append(doc.createTextNode(text(r)));
    else if (roll < 0.5) {
      // A long list (skipped) or a short one (read).
      const list = doc.createElement(r.pick(['ul', 'ol']));
      for (let j = r.bool() ? r.int(51, 70) : r.int(1, 10); j > 0; j--) {
        const li = doc.createElement('li');
        fill(r, li, depth + 3);
        list.append(li);
      }
      el.append(list);
    } else {
      const child = doc.createElement(r.pick(['div', 'span', 'b', 'td']));
      fill(r, child, depth + 1);
      el.append(child);
    }
  }
}

const MAX_ROW_TEXT = MAX_LABEL_LENGTH + MAX_VALUE_LENGTH;
const holdsHint = (s: string) => s.length <= MAX_ROW_TEXT && (LABEL_HINT.test(s) || /[/@]/.test(s));

describe('textsWorthALook', () => {
  it(`finds every short text that holds a hint, at its place in the walk (${PAGES} generated pages)`, () => {
    let looked = 0;
    let hinted = 0;
    let total = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + PAGES; seed++) {
      const doc = setBody('');
      fill(rng(seed), doc.body, 0);
      const all = everyText(doc.body);
      const worth = textsWorthALook(doc.body);
      const expected = all.filter((t) => holdsHint(t.node.data));
      const found = new Map(worth.map((t) => [t.node, t.at]));
      for (const t of expected) expect(found.get(t.node), `seed ${seed}: "${t.node.data}" at ${t.at}`).toBe(t.at);
      // Only texts the plain walk reads, in its order: none from inside a long list.
      const inWalk = new Map(all.map((t) => [t.node, t.at]));
      for (const t of worth) expect(inWalk.get(t.node), `seed ${seed}: "${t.node.data}"`).toBe(t.at);
      looked += worth.length;
      hinted += expected.length;
      total += all.length;
    }
    // The pages are what the property needs: many hinted texts, and texts without a hint passed
    // over (reading every text, the fallback, would pass the checks above too).
    expect(hinted).toBeGreaterThan(PAGES * 3);
    expect(looked).toBeGreaterThanOrEqual(hinted);
    expect(looked).toBeLessThan(total);
  });

  it('takes no text with a digit before its colon for a label, and reads digits after it', () => {
    const doc = setBody('<div><span>Current identity: ops2/alice9</span><span>Alias 2</span>: <span>other</span><span>Alias</span>: <span>company1</span></div>');
    const bar = readTopBar(doc);
    expect(bar.current).toEqual({ form: 'role', roleName: 'ops2', sessionName: 'alice9' });
    expect(bar.account).toEqual({ name: 'company1' });
    expect(bar.rows).toBe(2);
  });

  it('reads a badge whose text follows one that ends in part of a hint ("Somalia" + "STS")', () => {
    const doc = setBody('<div><span>Current identity</span><span>:</span><span>devops/alice</span><span>Somalia</span><span>STS</span></div>');
    expect(readTopBar(doc).badge).toBe('role');
  });

  it('reads "ID" right after a letter of another text (no word boundary in the whole text)', () => {
    const doc = setBody('<div><span>Current identity</span>: <span>alice@company1.onaliyun.com</span></div><div><span>Tenant x</span><span>Account</span><span>ID</span>: <span>1234567890123456</span></div>');
    const found = textsWorthALook(doc.body).map((t) => t.node.data);
    expect(found).toContain('ID');
  });

  it("never makes a long list's text into a string, nor the page's around it", () => {
    const rows = Array.from({ length: 60 }, (_, i) => `<tr><td>Role name ${i}</td><td>i-${i}</td></tr>`).join('');
    const doc = setBody(`<div><span>Current identity</span>: <span>devops/alice</span></div><main><table><tbody>${rows}</tbody></table></main><p>Domain</p>`);
    const unread = () => {
      throw new Error('read whole');
    };
    for (const el of [doc.body, doc.querySelector('main')!, doc.querySelector('table')!, doc.querySelector('tbody')!]) Object.defineProperty(el, 'textContent', { get: unread });
    expect(textsWorthALook(doc.body).map((t) => t.node.data)).toEqual(['Current identity', 'devops/alice', 'Domain']);
    expect(readTopBar(doc).current).toEqual({ form: 'role', roleName: 'devops', sessionName: 'alice' });
  });

  it("counts no comment in the page's text, and runs no hint across a long list", () => {
    const items = Array.from({ length: 60 }, () => '<li>x</li>').join('');
    const doc = setBody(`<div><!-- Role name --><span>Current identity</span>: <span>devops/alice</span></div><span>ro</span><ul>${items}</ul><span>le</span>`);
    // Exactly the hinted texts: counting the comment would shift every place and fall back to
    // reading every text (": " too); "ro" + "le" would be a hint without the list between them.
    expect(textsWorthALook(doc.body).map((t) => t.node.data)).toEqual(['Current identity', 'devops/alice']);
  });

  it("reads every text when the page's whole text does not add up to its text nodes", () => {
    const doc = setBody('<div><span>Current identity</span>: <span>devops/alice</span></div>');
    // Its offsets would point at the wrong texts: it reads them all instead.
    Object.defineProperty(doc.body, 'textContent', { get: () => 'name' });
    expect(textsWorthALook(doc.body).map((t) => t.node.data)).toEqual(['Current identity', ': ', 'devops/alice']);
    expect(readTopBar(doc).current).toEqual({ form: 'role', roleName: 'devops', sessionName: 'alice' });
  });
});

/** Watches `closest` calls, wherever the DOM defines it for elements. */
function spyOnClosest() {
  let proto: object | null = Object.getPrototypeOf(document.createElement('span'));
  while (proto && !Object.getOwnPropertyDescriptor(proto, 'closest')) proto = Object.getPrototypeOf(proto);
  return vi.spyOn(proto as Element, 'closest');
}

describe('readTopBarNamingCurrent', () => {
  afterEach(() => vi.restoreAllMocks());
  const LOGON_ONLY = '<div><span>Login Name</span>: <span>alice@company2.onaliyun.com</span></div><p>Account settings</p>';

  it('places no text as a row on a page where only a script holds a word of the "current" family', () => {
    const doc = setBody(`${LOGON_ONLY}<script>render("<span>Current Identity</span>")</script>`);
    const closest = spyOnClosest();
    expect(readTopBarNamingCurrent(doc)).toBeNull();
    // A row's label is checked against table headers; only the script's text was looked at, as a script's.
    expect(closest.mock.calls.map(([selector]) => selector)).not.toContain('thead');
    expect(closest).toHaveBeenCalledTimes(1);
  });

  it('reads the bar once a text names someone current', () => {
    const doc = setBody(`${LOGON_ONLY}<div><span>Current identity</span>: <span>devops/alice</span></div>`);
    expect(readTopBarNamingCurrent(doc)?.evidence.current).toEqual({ form: 'role', roleName: 'devops', sessionName: 'alice' });
  });
});
