import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { messageCatalogs } from './lib/i18n/catalog-plugin';

export default defineConfig({
  plugins: [WxtVitest(), messageCatalogs(), preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['test/unit/setup.ts'],
    // Room for a loaded, shared machine: a limit on hanging, not a timing assertion.
    testTimeout: 60_000,
    // Both cores: vitest's default leaves one idle here.
    maxWorkers: 2,
  },
});
