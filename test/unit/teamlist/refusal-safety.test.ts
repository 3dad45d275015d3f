// What a refusal may show: never a value that looks like a credential, always the credential
// warning when the document carries one (whatever else is wrong with it), and never more than
// a bounded amount of the document, however large its keys or values.
import { describe, expect, it } from 'vitest';
import { readTeamList, type Problem } from '@/lib/teamlist';
import { MAX_MESSAGE_CHARS, MAX_PATH_CHARS, MAX_QUOTED_CHARS } from '@/lib/teamlist/problems';
import { safeParse } from '@/lib/teamlist/parse';

const KEY_ID = 'LTAI5tFAKEKEYID1234567';
const STS_ID = 'STS.NUFAKEFAKEFAKEFAKE1234';
const TOKEN = `CAIS${'A'.repeat(80)}`;

function refusal(text: string): Problem[] {
  const r = readTeamList(text);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
}

const shown = (problems: Problem[]) => problems.map((p) => `${p.path} ${p.message}`).join('\n');

describe('a refusal never quotes a credential', () => {
  it.each([
    ['an unquoted key ID (syntax error)', `{"version": 1, "roles": [{"account": ${KEY_ID}, "roleName": "x"}]}`],
    ['an unquoted STS key ID', `{"version": 1, "roles": [${STS_ID}]}`],
    ['a key ID as a property name without its colon', `{"version": 1, "${KEY_ID}" 1}`],
    ['a key ID as a repeated key', `{"version": 1, "roles": [], "${KEY_ID}": 1, "${KEY_ID}": 2}`],
    ['a token as a repeated key', `{"version": 1, "roles": [], "${TOKEN}": 1, "${TOKEN}": 2}`],
    ['a key ID as a key', `{"version": 1, "roles": [{"${KEY_ID}": "x"}]}`],
    ['a key ID in a bad value after a syntax error', `{"version": 1, "roles": [{"account": "${KEY_ID}"}] oops}`],
    ['a key ID as a word at the top level', `${KEY_ID}`],
  ])('%s', (_, text) => {
    const all = shown(refusal(text));
    for (const secret of [KEY_ID, STS_ID, TOKEN, KEY_ID.slice(0, 12), TOKEN.slice(0, 24)]) expect(all).not.toContain(secret);
  });
});

describe('the credential warning is always shown when a credential is present', () => {
  it.each([
    ['after a syntax error', `{"version": 1, "roles": [{"account": ${KEY_ID}, "roleName": "x"}]}`],
    ['after a syntax error elsewhere', `{"version": 1, "AccessKeySecret": "abc", "roles": [}`],
    ['with a duplicate key named like a key ID', `{"version": 1, "roles": [], "${KEY_ID}": 1, "${KEY_ID}": 2}`],
    ['with a duplicate key and a secret field', `{"version": 1, "version": 1, "roles": [], "access_key_secret": "s3cr3t"}`],
    ['with a prototype key', `{"version": 1, "__proto__": {}, "roles": [{"account": "a", "roleName": "b", "token": "${TOKEN}"}]}`],
    ['with nesting too deep', `{"version": 1, "security_token": "x", "roles": ${'['.repeat(40)}${']'.repeat(40)}}`],
  ])('%s', (_, text) => {
    const problems = refusal(text);
    const warning = problems.find((p) => p.secret);
    expect(warning, shown(problems)).toBeDefined();
    expect(warning!.message).toMatch(/credential|AccessKey|token/);
    // First, so no cap on the number of problems can hide it.
    expect(problems[0]!.secret).toBe(true);
  });

  it('is still shown when the document has more problems than are listed', () => {
    const many = Array.from({ length: 50 }, (_, i) => `"k${i}": 1, "k${i}": 2`).join(', ');
    const problems = refusal(`{"version": 1, ${many}, "password": "hunter2", "roles": []}`);
    expect(problems.some((p) => p.secret)).toBe(true);
  });
});

describe('every quoted value is capped, and so is every message', () => {
  const huge = 'k'.repeat(1_000_000);
  it.each([
    ['a 1 MB unknown key', `{"version": 1, "roles": [], "${huge}": 1}`],
    ['a 1 MB key repeated', `{"version": 1, "roles": [], "${huge.slice(0, 900_000)}": 1, "${huge.slice(0, 900_000)}": 2}`],
    ['a 1 MB key with no colon', `{"version": 1, "${huge}" 1}`],
    ['a 1 MB bare word', `{"version": 1, "roles": [${huge}]}`],
    ['a 1 MB value', `{"version": 1, "roles": [{"account": "${huge}", "roleName": "x"}]}`],
    ['a 1 MB key inside a role', `{"version": 1, "roles": [{"account": "a", "roleName": "b", "${huge}": 1}]}`],
  ])('%s', (_, text) => {
    const problems = refusal(text);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      expect(p.path.length).toBeLessThanOrEqual(MAX_PATH_CHARS);
      // No run of the huge value longer than one quote.
      expect(`${p.path} ${p.message}`).not.toContain('k'.repeat(MAX_QUOTED_CHARS + 1));
    }
    expect(shown(problems)).toContain('…');
  });

  it('caps at 80 characters per quote and 600 per message', () => {
    expect([MAX_QUOTED_CHARS, MAX_MESSAGE_CHARS]).toEqual([80, 600]);
  });
});

describe('the size limit is decided from the length where that settles it', () => {
  /** A string stand-in that counts how many characters were read. */
  function countingText(length: number) {
    let reads = 0;
    const fake = {
      length,
      charCodeAt: () => (reads++, 0x61),
      codePointAt: () => (reads++, 0x61),
      startsWith: () => false,
      slice: () => {
        throw new Error('the text was sliced');
      },
      reads: () => reads,
    };
    return fake;
  }

  it('refuses a 50 MB text without reading it', () => {
    const text = countingText(50 * 1024 * 1024);
    const r = safeParse(text as unknown as string);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/^The document is at least 50 MiB; a team list may be at most 8 MiB/);
    expect(text.reads()).toBe(0);
  });

  it('still measures a text whose length alone does not settle it', () => {
    // 4.4 M characters: under the 8 MiB limit in length, over it in UTF-8 bytes.
    const r = safeParse(`"${'é'.repeat(4_400_000)}"`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/^The document is 8\.39 MiB;/);
  });
});
