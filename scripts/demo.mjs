// `npm run demo`: builds the extension and starts Chromium with it on the fake console. With a
// display (or --headed) you get a browser to try it in; without one it runs headless, walks
// through each step and saves a screenshot of each (it prints where).
import { buildExtension, ensureChromium, ensureDependencies, must } from './setup.mjs';

ensureDependencies();
ensureChromium();
buildExtension();
must('npx', ['tsx', 'scripts/demo.ts', ...process.argv.slice(2)]);
