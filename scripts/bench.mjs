// `npm run bench`: popup and content-script figures in real Chromium, and time to banner in
// Chromium and Firefox (see bench.ts).
import { buildExtension, buildFirefox, ensureBrowsers, ensureDependencies, must } from './setup.mjs';

ensureDependencies();
ensureBrowsers({ firefox: true });
buildExtension();
buildFirefox();
must('npx', ['tsx', 'scripts/bench.ts', ...process.argv.slice(2)]);
