// The e2e page objects send functions into the page as source text. Under tsx (`npm run demo`,
// the bench) esbuild keeps names by calling its `__name` helper, which the page lacks: the demo
// read "(no banner)" on its first step. The declaration must run such source as it is.
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { pageFunctionDeclaration } from '../e2e/pages/page-function';

/** A function's source as tsx hands it over: esbuild with keepNames. */
async function asTsxWouldSend(source: string): Promise<string> {
  const { code } = await transform(`const sent = ${source};`, { keepNames: true, loader: 'ts' });
  // After esbuild's own helper (which the page does not get): the function, as an expression.
  return code.slice(code.indexOf('const sent = ') + 'const sent = '.length).trim().replace(/;$/, '');
}

const readLabels = (root: { labels: string[] }, arg: string) => {
  const shout = (s: string) => s.toUpperCase();
  function joined(parts: string[]) {
    return parts.join(arg);
  }
  return joined(root.labels.map(shout));
};

describe('pageFunctionDeclaration', () => {
  it('runs a function that tsx has given names to, as the page would', async () => {
    const sent = await asTsxWouldSend(readLabels.toString());
    expect(sent).toContain('__name(');
    const declaration = pageFunctionDeclaration(`return (${sent})(this, arg);`);
    const declared = new Function(`return ${declaration}`)() as (this: unknown, arg: string) => string;
    expect(declared.call({ labels: ['prod', 'admin'] }, ' · ')).toBe('PROD · ADMIN');
    // Without it, the page fails the way the demo did.
    const bare = new Function(`return function (arg) { return (${sent})(this, arg); }`)() as (this: unknown, arg: string) => string;
    expect(() => bare.call({ labels: ['prod'] }, ' ')).toThrow(/__name is not defined/);
  });
});
