// Store-ready builds: `web-ext lint` finds nothing in the Firefox build, and both built
// manifests carry the icons, the popup's keyboard shortcut and the minimum browser versions the
// code needs, and the console content script starts with its compile hint. Reads .output/ (npm
// test builds first).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT } from '../../scripts/eager-compile';

const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv3' } as const;
type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function manifest(build: keyof typeof BUILDS): Manifest {
  const path = join(BUILDS[build], 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build first (npx wxt build; npx wxt build -b firefox --mv3)`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString('latin1'), `${path} is a PNG`).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('web-ext lint (Firefox build)', () => {
  it('reports no errors, warnings or notices', async () => {
    let stdout: string;
    try {
      ({ stdout } = await promisify(execFile)('node_modules/.bin/web-ext', ['lint', '--source-dir', BUILDS.firefox, '--output', 'json', '--no-input'], { maxBuffer: 16 << 20 }));
    } catch (e) {
      stdout = (e as { stdout?: string }).stdout ?? ''; // exits non-zero when it finds errors
      if (!stdout) throw e;
    }
    const report = JSON.parse(stdout) as Record<'errors' | 'warnings' | 'notices', { code: string; message: string; file?: string }[]>;
    const list = (k: 'errors' | 'warnings' | 'notices') => report[k].map((m) => `${m.code}: ${m.message} (${m.file ?? ''})`);
    expect(list('errors')).toEqual([]);
    expect(list('warnings')).toEqual([]);
    expect(list('notices')).toEqual([]);
  });
});

describe.each(Object.keys(BUILDS) as (keyof typeof BUILDS)[])('the %s manifest', (build) => {
  it('has the icon set (16, 32, 48, 128) for the extension and the toolbar button, each PNG its stated size', () => {
    const m = manifest(build);
    expect(Object.keys(m.icons).map(Number)).toEqual([16, 32, 48, 128]);
    expect(m.action.default_icon).toEqual(m.icons);
    for (const [size, file] of Object.entries<string>(m.icons)) {
      expect(pngSize(join(BUILDS[build], file)), file).toEqual([Number(size), Number(size)]);
    }
  });

  it('ships the console content script with the eager-compile hint as its first line', () => {
    const script = readFileSync(join(BUILDS[build], 'content-scripts/console.js'), 'utf8');
    expect(script.split('\n', 1)[0]).toBe(EAGER_COMPILE_HINT);
  });

  it('opens the popup with Alt+Shift+R (_execute_action), which the browser lets the user rebind', () => {
    expect(manifest(build).commands).toEqual({
      _execute_action: { suggested_key: { default: 'Alt+Shift+R' }, description: expect.any(String) },
    });
  });
});

describe('minimum versions and ids', () => {
  it('Chrome: at least 111, for MAIN-world content scripts; no Firefox-only keys', () => {
    const m = manifest('chrome');
    expect(m.content_scripts.some((c: Manifest) => c.world === 'MAIN')).toBe(true);
    expect(Number(m.minimum_chrome_version)).toBeGreaterThanOrEqual(111);
    expect(m.browser_specific_settings).toBeUndefined();
  });

  it('Chrome: the paste box is the one sandboxed page, allowed only the extension’s own script and style', () => {
    const m = manifest('chrome');
    expect(m.sandbox).toEqual({ pages: ['paste-box.html'] });
    const csp: string = m.content_security_policy.sandbox;
    expect(csp.split(';').map((d) => d.trim())).toEqual(['sandbox allow-scripts', "default-src 'none'", "script-src 'self'", "style-src 'self'"]);
    // Firefox has no sandboxed pages: its options page keeps the text area.
    expect(manifest('firefox').sandbox).toBeUndefined();
  });

  it('Firefox: a real add-on id, and minimum versions that support every key used', () => {
    const m = manifest('firefox');
    const { gecko, gecko_android } = m.browser_specific_settings;
    expect(gecko.id).toMatch(/^[a-z0-9-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(gecko.id).not.toMatch(/\.(example|invalid|test|localhost)$/);
    // data_collection_permissions: Firefox 140, Firefox for Android 142; MAIN world: 128.
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(parseFloat(gecko_android.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(m.minimum_chrome_version).toBeUndefined();
  });

  it('the README names the shortcut the manifest suggests', () => {
    const key = manifest('chrome').commands._execute_action.suggested_key.default as string;
    expect(readFileSync('README.md', 'utf8')).toContain(key);
  });
});
