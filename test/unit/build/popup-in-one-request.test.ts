// @vitest-environment node
// The popup's post-build step: one script file with everything it imports, its style sheets
// inlined, and nothing else for the page to request.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { popupInOneRequest } from '@/scripts/popup-in-one-request';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

const page = (name: string, css: string[]) =>
  `<!DOCTYPE html>\n<html lang="en">\n  <head>\n    <title>${name}</title>\n    <script type="module" crossorigin src="/chunks/${name}-A1.js"></script>\n    <link rel="modulepreload" crossorigin href="/chunks/theme-B2.js">\n${css.map((c) => `    <link rel="stylesheet" crossorigin href="/assets/${c}">\n`).join('')}  </head>\n  <body><div id="app"></div></body>\n</html>\n`;

/** A build as Vite writes it: popup and options share a chunk and a style sheet. */
async function builtExtension(popupCss = '.row{color:red}'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'popup-one-'));
  dirs.push(dir);
  await mkdir(join(dir, 'chunks'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'popup.html'), page('popup', ['theme-C3.css', 'popup-D4.css']));
  await writeFile(join(dir, 'options.html'), page('options', ['theme-C3.css']));
  await writeFile(join(dir, 'chunks/theme-B2.js'), 'const shared = "from the shared chunk"; export { shared as s };\n');
  await writeFile(join(dir, 'chunks/popup-A1.js'), 'import { s as shared } from "./theme-B2.js"; globalThis.popupRan = shared;\n');
  await writeFile(join(dir, 'chunks/options-A1.js'), 'import { s } from "./theme-B2.js"; globalThis.optionsRan = s;\n');
  await writeFile(join(dir, 'assets/theme-C3.css'), ':root{--fg:#1f2328}');
  await writeFile(join(dir, 'assets/popup-D4.css'), popupCss);
  return dir;
}

describe('popupInOneRequest', () => {
  it('bundles the popup script with its shared chunk and inlines its style sheets', async () => {
    const dir = await builtExtension();
    await popupInOneRequest(dir);
    const html = await readFile(join(dir, 'popup.html'), 'utf8');
    expect(html).not.toMatch(/<link/);
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script type="module" crossorigin src="/chunks/popup-A1.js">']);
    expect(html).toContain('<style>:root{--fg:#1f2328}\n.row{color:red}</style>');
    const script = await readFile(join(dir, 'chunks/popup-A1.js'), 'utf8');
    expect(script).not.toMatch(/\bimport\b/);
    await import(pathToFileURL(join(dir, 'chunks/popup-A1.js')).href);
    expect((globalThis as { popupRan?: string }).popupRan).toBe('from the shared chunk');
  });

  it('writes Chinese text as UTF-8, 3 bytes a character, not as 6-byte \\u escapes', async () => {
    const dir = await builtExtension();
    await writeFile(join(dir, 'chunks/theme-B2.js'), 'const shared = "切换角色"; export { shared as s };\n');
    await popupInOneRequest(dir);
    const script = await readFile(join(dir, 'chunks/popup-A1.js'), 'utf8');
    expect(script).toContain('切换角色');
    expect(script).not.toMatch(/\\u[0-9a-f]{4}/i);
    await import(`${pathToFileURL(join(dir, 'chunks/popup-A1.js')).href}?utf8`);
    expect((globalThis as { popupRan?: string }).popupRan).toBe('切换角色');
  });

  it('leaves the other pages as they were, and ships only the style sheets they still link', async () => {
    const dir = await builtExtension();
    const options = await readFile(join(dir, 'options.html'), 'utf8');
    await popupInOneRequest(dir);
    expect(await readFile(join(dir, 'options.html'), 'utf8')).toBe(options);
    expect(existsSync(join(dir, 'assets/theme-C3.css'))).toBe(true);
    expect(existsSync(join(dir, 'chunks/theme-B2.js'))).toBe(true);
    expect(existsSync(join(dir, 'assets/popup-D4.css'))).toBe(false);
  });

  it('fails the build, saying why, on a popup it does not recognise or a style sheet it cannot inline', async () => {
    const noScript = await builtExtension();
    await writeFile(join(noScript, 'popup.html'), '<!DOCTYPE html><html><head><script src="/popup.js"></script></head></html>');
    await expect(popupInOneRequest(noScript)).rejects.toThrow(/no popup module script found/);
    const withUrl = await builtExtension('.row{background:url(../icon/16.png)}');
    await expect(popupInOneRequest(withUrl)).rejects.toThrow(/cannot be inlined/);
  });
});
