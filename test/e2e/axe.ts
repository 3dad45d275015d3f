// Runs axe-core inside a page and returns the serious and critical violations, one line each, so a
// failing test names the rule and the elements.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

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
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
