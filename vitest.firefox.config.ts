import { defineConfig } from 'vitest/config';

// Tests of the built extensions that need no Playwright: the production Firefox build in
// Debian's firefox-esr (puppeteer-core over WebDriver BiDi, against the fake console on
// 127.0.0.1:443), `web-ext lint`, and both built manifests. `npm test` builds first and counts
// these with the rest; see scripts/test.mjs.
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    // web-ext lint runs beside Firefox's start-up; only firefox.test.ts uses Firefox and :443.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
