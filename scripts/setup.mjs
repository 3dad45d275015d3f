// Set-up shared by `npm test` and `npm run demo`: everything a fresh machine (Node 20, npm,
// Debian, root, no browser) lacks. Node built-ins only: this runs before `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

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

/**
 * Debian's Chromium, and with `firefox` Debian's firefox-esr too, installed in one apt-get step
 * when missing (Playwright cannot download its own browsers here, nor can puppeteer).
 */
export function ensureBrowsers({ firefox = false } = {}) {
  const packages = [];
  if (!existsSync(CHROMIUM_PATH)) packages.push('chromium');
  // CJK fonts: the extension's Chinese UI and the console's Chinese pages are tested and
  // screenshotted too. Checked apart from Chromium: a machine can have the browser and no
  // font with Chinese glyphs, and then every Chinese character is drawn as an empty box.
  if (!hasChineseFont()) packages.push('fonts-noto-cjk');
  if (firefox && !existsSync(FIREFOX_PATH)) packages.push('firefox-esr');
  if (packages.length === 0) return;
  if (process.getuid?.() !== 0 && packages.length === 1 && packages[0] === 'fonts-noto-cjk') {
    // The tests still run; only the Chinese screenshots would show empty boxes.
    console.warn('! No font with Chinese glyphs: Chinese screenshots will show empty boxes. Run: sudo apt-get install fonts-noto-cjk');
    return;
  }
  if (process.getuid?.() !== 0) {
    console.error(`✖ Missing ${packages.join(', ')} (browsers at ${CHROMIUM_PATH}${firefox ? ` / ${FIREFOX_PATH}` : ''}). Run: sudo apt-get install ${packages.join(' ')} (or set CHROMIUM_PATH / FIREFOX_PATH).`);
    process.exit(1);
  }
  console.log(`› Installing Debian's ${packages.join(', ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  must('apt-get', ['update', '-qq'], { env });
  must('apt-get', ['install', '-y', '-qq', ...packages], { env });
  for (const [path, name, variable] of [[CHROMIUM_PATH, 'chromium', 'CHROMIUM_PATH'], ...(firefox ? [[FIREFOX_PATH, 'firefox-esr', 'FIREFOX_PATH']] : [])]) {
    if (!existsSync(path)) {
      console.error(`✖ ${name} is still missing at ${path}. Install it (apt-get install ${name}) or set ${variable}.`);
      process.exit(1);
    }
  }
}

/** Whether fontconfig (which Chromium draws text with) has a font covering Chinese. No
 *  fc-list at all (no fontconfig yet) counts as none. */
export function hasChineseFont() {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

/** Debian's Chromium only (the demo's browser). */
export function ensureChromium() {
  ensureBrowsers();
}

/** The production build the e2e tests and the demo load. */
export function buildExtension() {
  console.log('› Building the extension (wxt build)…');
  must('npx', ['wxt', 'build']);
}

/** The Firefox build (MV3: MAIN-world content scripts need it), tested in firefox-esr. */
export function buildFirefox() {
  console.log('› Building for Firefox (wxt build -b firefox --mv3)…');
  must('npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
}
