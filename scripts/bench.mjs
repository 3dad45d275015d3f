// `npm run bench`: popup and content-script figures in real Chromium (see bench.ts).
import { buildExtension, ensureChromium, ensureDependencies, must } from './setup.mjs';

ensureDependencies();
ensureChromium();
buildExtension();
must('npx', ['tsx', 'scripts/bench.ts', ...process.argv.slice(2)]);
