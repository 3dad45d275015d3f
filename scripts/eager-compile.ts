// After a build: V8 compiles all of the console content script's functions while it loads the
// file, instead of compiling each function on the page's main thread the first time it is called.
// Nearly every function in that script runs on every console page load, and compiling lazily
// parses each one twice. With the hint the script cost ~3.5 ms less per ECS page load (9.7 →
// 6.3 ms above the page, 25 alternating loads; docs/performance.md). The hint is V8's explicit
// compile hint (Chrome 136+). It must be the file's first line; other engines read a comment.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Puts the hint on the first line of each of `files` (relative to `outDir`). Throws, failing the
 *  build, when one is missing: a renamed script must not silently lose its hint. */
export async function compileEagerly(outDir: string, files: readonly string[]): Promise<void> {
  for (const file of files) {
    const path = join(outDir, file);
    const code = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw e.code === 'ENOENT' ? new Error(`${path} is missing: update the eager-compile list in wxt.config.ts`) : e;
    });
    if (!code.startsWith(EAGER_COMPILE_HINT)) await writeFile(path, `${EAGER_COMPILE_HINT}\n${code}`);
  }
}
