// `npm test`: installs what is missing, builds the production extension, then runs the unit
// tests (vitest), the end-to-end tests (Playwright + Debian's Chromium) and the Firefox and
// store tests (vitest: firefox-esr over WebDriver BiDi, web-ext lint, the built manifests), and
// ends with one line counting all three.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { buildExtension, buildFirefox, ensureBrowsers, ensureDependencies, run } from './setup.mjs';

ensureDependencies();
ensureBrowsers({ firefox: true });
buildFirefox();
buildExtension();

mkdirSync('artifacts', { recursive: true });
rmSync('artifacts/vitest.json', { force: true });
rmSync('artifacts/playwright.json', { force: true });
rmSync('artifacts/firefox.json', { force: true });

console.log('\n› Unit tests (vitest)');
const unitExit = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=artifacts/vitest.json']);

console.log('\n› End-to-end tests (Playwright, Chromium, fake console)');
const e2eExit = run('npx', ['playwright', 'test', '--reporter=list,json'], {
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: 'artifacts/playwright.json' },
});

console.log('\n› Firefox and store tests (vitest: firefox-esr over WebDriver BiDi, fake console on :443; web-ext lint; manifests)');
const firefoxExit = run('npx', ['vitest', 'run', '-c', 'vitest.firefox.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=artifacts/firefox.json']);

function counts(file, read) {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}
/** A file that failed with no failed test in it (it did not load, a hook threw) counts as one.
 *  vitest's numFailedTestSuites also counts the describe blocks around a failed test. */
const brokenFiles = (r) => r.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
const unit = counts('artifacts/vitest.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + brokenFiles(r),
  skipped: r.numPendingTests + r.numTodoTests,
}));
const e2e = counts('artifacts/playwright.json', (r) => ({
  passed: r.stats.expected,
  failed: r.stats.unexpected + r.stats.flaky,
  skipped: r.stats.skipped,
}));

// Firefox is never optional: a test it did not run (a browser that would not start fails the
// file's set-up, and vitest then skips its tests) counts as failed.
const firefox = counts('artifacts/firefox.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + brokenFiles(r) + r.numPendingTests + r.numTodoTests,
  skipped: 0,
}));

const passed = unit.passed + e2e.passed + firefox.passed;
const failed =
  unit.failed + e2e.failed + firefox.failed +
  (unitExit !== 0 && unit.failed === 0 ? 1 : 0) + (e2eExit !== 0 && e2e.failed === 0 ? 1 : 0) + (firefoxExit !== 0 && firefox.failed === 0 ? 1 : 0);
const skipped = unit.skipped + e2e.skipped;
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed; firefox & store: ${firefox.passed} passed, ${firefox.failed} failed`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(unitExit !== 0 || e2eExit !== 0 || firefoxExit !== 0 || failed > 0 || passed === 0 || firefox.passed === 0 ? 1 : 0);
