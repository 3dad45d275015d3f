// `npm test`: installs what is missing, builds the production extension, then runs the unit
// tests (vitest) and the end-to-end tests (Playwright + Debian's Chromium), and ends with one
// line counting both.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { buildExtension, buildFirefox, ensureChromium, ensureDependencies, run } from './setup.mjs';

ensureDependencies();
ensureChromium();
buildFirefox();
buildExtension();

mkdirSync('artifacts', { recursive: true });
rmSync('artifacts/vitest.json', { force: true });
rmSync('artifacts/playwright.json', { force: true });

console.log('\n› Unit tests (vitest)');
const unitExit = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=artifacts/vitest.json']);

console.log('\n› End-to-end tests (Playwright, Chromium, fake console)');
const e2eExit = run('npx', ['playwright', 'test', '--reporter=list,json'], {
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: 'artifacts/playwright.json' },
});

function counts(file, read) {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}
const unit = counts('artifacts/vitest.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + (r.numFailedTestSuites ?? 0),
  skipped: r.numPendingTests + r.numTodoTests,
}));
const e2e = counts('artifacts/playwright.json', (r) => ({
  passed: r.stats.expected,
  failed: r.stats.unexpected + r.stats.flaky,
  skipped: r.stats.skipped,
}));

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + (unitExit !== 0 && unit.failed === 0 ? 1 : 0) + (e2eExit !== 0 && e2e.failed === 0 ? 1 : 0);
const skipped = unit.skipped + e2e.skipped;
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(unitExit !== 0 || e2eExit !== 0 || failed > 0 || passed === 0 ? 1 : 0);
