// @vitest-environment node
// The post-build step that has V8 compile the console content script as it loads.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileEagerly, EAGER_COMPILE_HINT } from '@/scripts/eager-compile';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function built(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'eager-'));
  dirs.push(dir);
  await mkdir(join(dir, 'content-scripts'));
  for (const [name, code] of Object.entries(files)) await writeFile(join(dir, name), code);
  return dir;
}

describe('compileEagerly', () => {
  it('puts the hint on the first line of the listed scripts only, once however often it runs', async () => {
    const dir = await built({ 'content-scripts/console.js': 'var console=(function(){})();\n', 'content-scripts/other.js': 'var other=1;\n' });
    await compileEagerly(dir, ['content-scripts/console.js']);
    await compileEagerly(dir, ['content-scripts/console.js']);
    expect(await readFile(join(dir, 'content-scripts/console.js'), 'utf8')).toBe(`${EAGER_COMPILE_HINT}\nvar console=(function(){})();\n`);
    expect(await readFile(join(dir, 'content-scripts/other.js'), 'utf8')).toBe('var other=1;\n');
  });

  it('fails the build, naming the file, when a listed script is not there', async () => {
    const dir = await built({ 'content-scripts/renamed.js': 'var x;\n' });
    await expect(compileEagerly(dir, ['content-scripts/console.js'])).rejects.toThrow(/content-scripts\/console\.js is missing: update the eager-compile list/);
  });
});
