// @vitest-environment node
// The committed validator is exactly what the schema generates, and bundles as plain ESM.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateValidatorSource, OUTPUT_PATH } from '../../../scripts/gen-validator';

describe('validate.generated.js', () => {
  const committed = readFileSync(OUTPUT_PATH, 'utf8');

  it('is what schema.json generates (run `npx tsx scripts/gen-validator.ts` after editing the schema)', () => {
    expect(committed === generateValidatorSource()).toBe(true);
  });

  it('imports nothing and never evaluates code at run time (MV3 CSP)', () => {
    expect(committed).not.toMatch(/\brequire\s*\(/);
    expect(committed).not.toMatch(/^\s*import\s/m);
    expect(committed).not.toMatch(/new Function|\beval\s*\(/);
    expect(committed).toMatch(/^export const validate = /m);
  });

  it('checks roles inline: a function per role would merge errors quadratically', () => {
    expect(committed).not.toMatch(/\.concat\(/);
  });
});
