// `npm test`: installs what is missing, builds the production extension, then runs the unit
// tests (vitest), the end-to-end tests (Playwright + Debian's Chromium) and the Firefox and
// store tests (vitest: firefox-esr over WebDriver BiDi, web-ext lint, the built manifests), and
// ends with one line counting all three.
//
// The unit tests run beside the end-to-end tests, on one worker: the end-to-end tests spend
// most of their time waiting on the browser, and the two together take the time of the longer.
// The unit tests' output is kept and printed once the end-to-end tests are done.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { buildExtension, buildFirefox, ensureBrowsers, ensureDependencies, run } from './setup.mjs';

/** Runs a command without blocking this process; resolves to its exit status. With `logFile`,
 *  its output goes there instead of to the terminal. */
function runAside(cmd, args, { logFile, env } = {}) {
  return new Promise((resolve, reject) => {
    const log = logFile ? createWriteStream(logFile) : null;
    const child = spawn(cmd, args, { stdio: log ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: env ?? process.env });
    if (log) {
      child.stdout.pipe(log, { end: false });
      child.stderr.pipe(log, { end: false });
    }
    child.on('error', reject);
    child.on('close', (code) => (log ? log.end(() => resolve(code ?? 1)) : resolve(code ?? 1)));
  });
}

ensureDependencies();
ensureBrowsers({ firefox: true });
buildFirefox();
buildExtension();

mkdirSync('artifacts', { recursive: true });
rmSync('artifacts/vitest.json', { force: true });
rmSync('artifacts/playwright.json', { force: true });
rmSync('artifacts/firefox.json', { force: true });

console.log('\n› Unit tests (vitest), running beside the end-to-end tests; output: artifacts/unit.log, shown below when done');
const unitRun = runAside('npx', ['vitest', 'run', '--maxWorkers=1', '--reporter=default', '--reporter=json', '--outputFile.json=artifacts/vitest.json'], { logFile: 'artifacts/unit.log' });

console.log('\n› End-to-end tests (Playwright, Chromium, fake console)');
const e2eExit = await runAside('npx', ['playwright', 'test', '--reporter=list,json'], {
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: 'artifacts/playwright.json' },
});

const unitExit = await unitRun;
console.log('\n› Unit tests (vitest): their output');
process.stdout.write(readFileSync('artifacts/unit.log', 'utf8'));

console.log('\n› Firefox and store tests (vitest: firefox-esr over WebDriver BiDi, fake console on :443; web-ext lint; manifests)');
const firefoxExit = run('npx', ['vitest', 'run', '-c', 'vitest.firefox.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=artifacts/firefox.json']);

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

// Firefox is never optional: a test it did not run (a browser that would not start fails the
// file's set-up, and vitest then skips its tests) counts as failed.
const firefox = counts('artifacts/firefox.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + (r.numFailedTestSuites ?? 0) + r.numPendingTests + r.numTodoTests,
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
