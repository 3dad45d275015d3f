// After a build: the popup loads with one request. Its script, with the chunk it shares with the
// options page, is bundled into one file, and its style sheets are inlined into popup.html.
// In a trace of the popup's load, its four files came 25–50 ms after they were asked for, and
// its script runs only once every style sheet and module has come: with one file the first row
// came 12–30 ms sooner (docs/performance.md). The extension pages' default CSP allows inline
// styles; scripts stay in files. The script is written as UTF-8: esbuild's default, ASCII, writes
// each Chinese character of the zh_CN catalogue as a 6-byte \u escape (19 kB more to load).
import { build } from 'esbuild';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SCRIPT = /<script type="module" crossorigin src="\/(chunks\/popup-[\w-]+\.js)"><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="[^"]+">/g;
const STYLESHEET = /\s*<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g;

/** Rewrites popup.html and its script in `outDir`. Throws, failing the build, when the page is
 *  not shaped as expected or the result still loads anything but its one script. `minify`
 *  false keeps function names, as the rest of a NO_MINIFY build does. */
export async function popupInOneRequest(outDir: string, { minify = true } = {}): Promise<void> {
  const htmlPath = join(outDir, 'popup.html');
  let html = await readFile(htmlPath, 'utf8');
  const script = SCRIPT.exec(html)?.[1];
  if (!script) throw new Error(`${htmlPath}: no popup module script found; update scripts/popup-in-one-request.ts`);

  const hrefs = [...html.matchAll(STYLESHEET)].map((m) => m[1]!);
  const sheets = await Promise.all(hrefs.map((href) => readFile(join(outDir, href), 'utf8')));
  if (sheets.some((css) => /url\(|<\/style/i.test(css))) throw new Error('a popup style sheet uses url() or closes <style>: it cannot be inlined as is');
  const { metafile } = await build({ entryPoints: [join(outDir, script)], outfile: join(outDir, script), allowOverwrite: true, bundle: true, format: 'esm', charset: 'utf8', minify, metafile: true, logLevel: 'warning' });
  const imports = Object.values(metafile.outputs).flatMap((o) => o.imports);
  if (imports.length > 0) throw new Error(`${script} still imports ${imports.map((i) => i.path).join(', ')} after bundling`);

  html = html.replace(PRELOAD, '').replace(STYLESHEET, '');
  html = html.replace('</head>', `<style>${sheets.join('\n')}</style>\n  </head>`);
  if (/<link[^>]+(stylesheet|modulepreload)/.test(html)) throw new Error(`${htmlPath}: a style sheet or preload link is left`);
  await writeFile(htmlPath, html);

  // A style sheet no other page links to is no longer shipped.
  const others = await Promise.all((await readdir(outDir)).filter((f) => f.endsWith('.html') && f !== 'popup.html').map((f) => readFile(join(outDir, f), 'utf8')));
  for (const href of hrefs) if (!others.some((page) => page.includes(`/${href}"`))) await rm(join(outDir, href));
}
