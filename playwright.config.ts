import { defineConfig } from '@playwright/test';

// End-to-end tests: the production build (.output/chrome-mv3) in Debian's Chromium against the
// fake console (test/fake-console). `npm test` builds first; see scripts/test.mjs.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Two cores: one Chromium per worker.
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  reporter: 'list',
  outputDir: 'artifacts/test-results',
});
