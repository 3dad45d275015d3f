// Runs axe-core inside a page and returns the serious and critical violations, one line each, so a
// failing test names the rule and the elements.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { BANNER_HOST, type Banner } from './pages/console-page';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let source: string | undefined;

interface AxeNode {
  target: unknown[];
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * "rule (impact): help — targets" for each serious or critical violation, in the whole page or
 * only in the elements `include` selects (with their shadow trees).
 */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  // Evaluated, not added as a <script>: the extension pages' CSP refuses inline scripts, and
  // Playwright's addScriptTag inlines the file.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate((source ??= readFileSync(AXE_PATH, 'utf8')));
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  }, include);
  return serious(violations);
}

/**
 * The same check on the banner alone, inside its closed shadow root: axe runs in the test's own
 * isolated world (see `Banner`), where — in that world only — the host's `shadowRoot` answers with
 * the root DevTools handed over, since axe looks into shadow trees through that property. The
 * page's scripts still see `null`.
 */
export async function bannerViolations(banner: Banner): Promise<string[]> {
  if (!(await banner.evaluate(() => 'axe' in window))) await banner.evaluateScript((source ??= readFileSync(AXE_PATH, 'utf8')));
  const violations = await banner.evaluate(async (root, host) => {
    Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run({ include: [host] }, { resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  }, BANNER_HOST);
  return serious(violations);
}

function serious(violations: AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
