// Switch pages the extension has never seen, from the seeded generator: the form is driven
// correctly or refused, NEVER filled into the wrong field; and the console's answer is read
// whatever its container and however briefly it is shown. A failure prints its seed:
// `generateSwitchPage(seed).describe` rebuilds the page.
import { afterAll, describe, expect, it } from 'vitest';
import { readPageError, watchForPageError } from '@/lib/console/page-error';
import { findSwitchForm } from '@/lib/console/switch-form';
import { GENERATED_ERRORS, errorHtml, generateSwitchPage, type GeneratedSwitchPage } from '../../generator/switch-pages';
import { setBody } from './pages';

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

type Outcome = 'driven' | 'refused' | 'wrong';
const results: { page: GeneratedSwitchPage; outcome: Outcome; why: string }[] = [];

function load(page: GeneratedSwitchPage, html = page.body): Document {
  return setBody(html.replace('{{csrf}}', 'tok'));
}

/** What the lookup did with the page, judged against the page's ground truth. */
function judge(page: GeneratedSwitchPage, doc: Document): { outcome: Outcome; why: string } {
  const lookup = findSwitchForm(doc);
  if (!lookup.ok) return { outcome: 'refused', why: `${lookup.cause}: ${lookup.detail}` };
  const inputs = [...doc.querySelectorAll('input')];
  const got = { account: inputs.indexOf(lookup.form.account), role: inputs.indexOf(lookup.form.role) };
  const submitText = lookup.form.submit instanceof HTMLInputElement ? lookup.form.submit.value : lookup.form.submit.textContent?.trim();
  // Same label twice, or a label that says the opposite of its placeholder: any fill is a guess.
  if (page.spec.ambiguity === 'same-label-twice' || page.spec.ambiguity === 'label-contradicts-placeholder') {
    return { outcome: 'wrong', why: `filled a page that is ambiguous by construction (${page.spec.ambiguity})` };
  }
  const truth = page.truth ?? page.actual;
  if (got.account !== truth.account || got.role !== truth.role) return { outcome: 'wrong', why: `filled inputs ${got.account}/${got.role}, truth ${truth.account}/${truth.role}` };
  if (submitText !== page.spec.submitText) return { outcome: 'wrong', why: `would press "${submitText}", not "${page.spec.submitText}"` };
  return { outcome: 'driven', why: '' };
}

describe.each(SEEDS)('generated switch page %i', (seed) => {
  it('is driven correctly or refused, never filled into the wrong field', () => {
    const page = generateSwitchPage(seed);
    if (page.spec.lateMs > 0) {
      // Before a late-rendered form appears, nothing on the page may be taken for it.
      const early = judge(page, load(page, page.skeleton));
      expect(early.outcome, `${page.describe} (before rendering): ${early.why}`).toBe('refused');
    }
    const result = judge(page, load(page));
    results.push({ page, ...result });
    expect(result.outcome, `${page.describe}: ${result.why}`).not.toBe('wrong');
  });
});

afterAll(() => {
  const count = (pages: typeof results) => ({
    pages: pages.length,
    driven: pages.filter((r) => r.outcome === 'driven').length,
    refused: pages.filter((r) => r.outcome === 'refused').length,
    wrong: pages.filter((r) => r.outcome === 'wrong').length,
  });
  const clear = results.filter((r) => r.page.truth !== null);
  const lines = [
    `generated switch pages: ${JSON.stringify(count(results))}`,
    `  not ambiguous by construction: ${JSON.stringify(count(clear))}`,
    `  ambiguous by construction: ${JSON.stringify(count(results.filter((r) => r.page.truth === null)))}`,
  ];
  for (const key of ['structure', 'lang', 'names', 'submit'] as const) {
    const values = [...new Set(clear.map((r) => String(r.page.spec[key])))];
    lines.push(`  by ${key}: ${values.map((v) => `${v} ${JSON.stringify(count(clear.filter((r) => String(r.page.spec[key]) === v)))}`).join('; ')}`);
  }
  const linkages = [...new Set(clear.map((r) => r.page.spec.linkage.account))];
  lines.push(`  by account linkage: ${linkages.map((v) => `${v} ${JSON.stringify(count(clear.filter((r) => r.page.spec.linkage.account === v)))}`).join('; ')}`);
  for (const r of clear.filter((x) => x.outcome === 'refused')) lines.push(`  refused: ${r.page.describe}: ${r.why}`);
  console.log(lines.join('\n'));
});

it('drives at least 95% of the generated pages that are not ambiguous by construction', () => {
  // Runs after the per-page tests (vitest runs a file's tests in order).
  const clear = results.filter((r) => r.page.truth !== null);
  expect(clear.length).toBeGreaterThanOrEqual(200);
  const driven = clear.filter((r) => r.outcome === 'driven').length;
  expect(driven / clear.length, `driven ${driven} of ${clear.length}`).toBeGreaterThanOrEqual(0.95);
});

describe('the console’s answer on generated pages', () => {
  const texts = (seed: number) => Object.values(GENERATED_ERRORS)[seed % 3]!;

  it.each(SEEDS.filter((s) => s % 3 === 0))('seed %i: an answer shown in the page (app) is caught however long it lasts', async (seed) => {
    const page = generateSwitchPage(seed);
    const doc = load(page);
    const text = texts(seed)[page.spec.lang];
    const watching = watchForPageError(doc, { timeoutMs: 2000, stale: readPageError(doc) ?? '' });
    // The app draws its error in its own container, then takes it away.
    const slot = doc.getElementById('gen-error-slot')!;
    slot.innerHTML = errorHtml(page.spec.error.container, text, seed);
    const lifetime = { stays: null, 'toast-2s': 40, 'one-frame': 0 }[page.spec.error.lifetime];
    if (lifetime !== null) setTimeout(() => slot.replaceChildren(), lifetime);
    expect(await watching, page.describe).toBe(text);
  });

  it.each(SEEDS.filter((s) => s % 3 === 1))('seed %i: an answer on the page drawn anew after a POST is read when the page loads', (seed) => {
    const page = generateSwitchPage(seed);
    const text = texts(seed)[page.spec.lang];
    const doc = load(page, page.body.replace('<div id="gen-error-slot"></div>', `<div id="gen-error-slot">${errorHtml(page.spec.error.container, text, seed)}</div>`));
    expect(readPageError(doc), page.describe).toBe(text);
  });
});
