// Set-up shared by `npm test` and `npm run demo`: everything a fresh machine (Node 20, npm,
// Debian, root, no browser) lacks. Node built-ins only: this runs before `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

export function must(cmd, args, opts) {
  const status = run(cmd, args, opts);
  if (status !== 0) {
    console.error(`\n✖ ${cmd} ${args.join(' ')} failed (exit ${status}).`);
    process.exit(status);
  }
}

/** npm packages, when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const stamp = 'node_modules/.package-lock.json';
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= statSync('package-lock.json').mtimeMs) return;
  console.log('› Installing npm packages (npm ci)…');
  must('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Debian's Chromium (Playwright cannot download its own browsers here). */
export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.getuid?.() !== 0) {
    console.error(`✖ Chromium is missing at ${CHROMIUM_PATH}. Run: sudo apt-get install chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  console.log(`› Chromium not found at ${CHROMIUM_PATH}: installing Debian's package "chromium"…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  must('apt-get', ['update', '-qq'], { env });
  // CJK fonts: the console's Chinese pages are tested and screenshotted too.
  must('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { env });
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`✖ Chromium is still missing at ${CHROMIUM_PATH}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}

/** The production build the e2e tests and the demo load. */
export function buildExtension() {
  console.log('› Building the extension (wxt build)…');
  must('npx', ['wxt', 'build']);
}

/** Firefox must build too (MV3: MAIN-world content scripts need it). */
export function buildFirefox() {
  console.log('› Building for Firefox (wxt build -b firefox --mv3)…');
  must('npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
}
