// Seeded fuzzing of the team-list reader, in the normal test run: 10,000+ generated documents
// (random text, random JSON, team lists with credentials planted and then broken in the ways a
// hand edit breaks them). The reader never throws, every refusal is bounded and quotes no
// credential, and a planted credential is always reported.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { readTeamList } from '@/lib/teamlist';
import { MAX_MESSAGE_CHARS, MAX_PATH_CHARS, MAX_PROBLEMS_SHOWN } from '@/lib/teamlist/problems';
import { redactSecrets } from '@/lib/teamlist/secrets';

const SEED = 20261127;

/** Checks what every result must satisfy (plain checks: vitest's expect is too slow for
 *  10,000 runs); returns the problems (empty when accepted). */
function checkResult(text: string) {
  const r = readTeamList(text);
  if (r.ok) return [];
  const fault = (what: string) => new Error(`${what}: ${JSON.stringify(r.problems).slice(0, 2000)}`);
  if (r.problems.length === 0 || r.problems.length > MAX_PROBLEMS_SHOWN + 1) throw fault('wrong number of problems');
  for (const p of r.problems) {
    if (p.message.length > MAX_MESSAGE_CHARS || p.path.length > MAX_PATH_CHARS) throw fault('a problem is too long');
    if (redactSecrets(p.message) !== p.message || redactSecrets(p.path) !== p.path) throw fault('a problem quotes a credential');
  }
  return r.problems;
}

/** Long enough for a loaded 2-core machine; a few seconds normally. Not a timing assertion. */
const FUZZ_TIMEOUT_MS = 60_000;

const word = fc.string({ unit: fc.constantFrom(...'abcXYZ09-_. "\\{}[]:,<>/é中\u202e\u0000'), maxLength: 12 });
const key = fc.oneof(
  word,
  fc.constantFrom('version', 'roles', 'account', 'roleName', 'arn', 'colour', 'site', 'landingUrl', 'tags', '__proto__', 'constructor', 'prototype', 'name', 'source'),
);
const leaf = fc.oneof(word, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('company1', 'devops', '#d32f2f', 'cn', 'intl', 'acs:ram::1234567890123456:role/x'));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
})).node;
const role = fc.record({ account: fc.oneof(word, fc.constant('company1')), roleName: fc.oneof(word, fc.constant('devops')) }, { requiredKeys: [] });
const teamList = fc.record({ version: fc.oneof(fc.constant(1), leaf), roles: fc.array(fc.oneof(role, value), { maxLength: 4 }) }, { requiredKeys: [] });

const SECRETS = [
  { key: 'account', value: 'LTAI5tFAKEFAKEFAKE0000000' },
  { key: 'note', value: 'STS.NFAKEFAKEFAKEFAKEFAKE' },
  { key: 'displayName', value: `CAIS${'Q'.repeat(70)}` },
  { key: 'AccessKeySecret', value: 'x' },
  { key: 'security_token', value: 'y' },
  { key: 'LTAI5tFAKEFAKEFAKE1111111', value: 1 },
];

/** A team list with one credential planted, then perhaps broken without touching the credential. */
const withSecret = fc
  .tuple(teamList, fc.constantFrom(...SECRETS), fc.nat({ max: 5 }), fc.constantFrom('none', 'prefix', 'suffix', 'duplicate', 'deep', 'unquote'))
  .map(([doc, secret, where, breakage]) => {
    const d = doc as Record<string, unknown>;
    const roles = Array.isArray(d.roles) ? d.roles : (d.roles = []);
    const target = roles.length > 0 && where < roles.length && typeof roles[where] === 'object' && roles[where] !== null && !Array.isArray(roles[where]) ? (roles[where] as Record<string, unknown>) : d;
    target[secret.key] = secret.value;
    let text = JSON.stringify(d);
    if (breakage === 'prefix') text = `// team list\n${text}`;
    if (breakage === 'suffix') text = `${text},`;
    if (breakage === 'duplicate') text = text.replace(/^\{/, '{"version": 1, ');
    if (breakage === 'deep') text = text.replace(/^\{/, `{"nest": ${'['.repeat(30)}${']'.repeat(30)}, `);
    if (breakage === 'unquote' && typeof secret.value === 'string' && secret.value.length > 1) text = text.replace(JSON.stringify(secret.value), secret.value);
    return text;
  });

describe('fuzzing the team-list reader', () => {
  it('never throws, bounds every refusal and quotes no credential: 4,000 random texts', () => {
    // JSON's own characters, letters, escapes and a few hostile ones, so many texts get far into the parse.
    const unit = fc.oneof(fc.constantFrom(...'{}[]:,"\\ \n\t0123456789.-+eEtrufalsn/*\'<>LTAI'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
    fc.assert(fc.property(fc.string({ unit, maxLength: 200 }), (text) => void checkResult(text)), { seed: SEED, numRuns: 4_000 });
  }, FUZZ_TIMEOUT_MS);

  it('the same for 3,000 random JSON documents and team lists', () => {
    const doc = fc.oneof(value, teamList).map((v) => JSON.stringify(v) ?? 'null');
    fc.assert(fc.property(doc, (text) => void checkResult(text)), { seed: SEED, numRuns: 3_000 });
  }, FUZZ_TIMEOUT_MS);

  it('always reports a planted credential, however else the document is broken: 3,000 documents', () => {
    fc.assert(
      fc.property(withSecret, (text) => {
        const problems = checkResult(text);
        if (problems[0]?.secret !== true) throw new Error(`no credential warning first for ${text.slice(0, 500)}: ${JSON.stringify(problems)}`);
      }),
      { seed: SEED, numRuns: 3_000 },
    );
  }, FUZZ_TIMEOUT_MS);
});
