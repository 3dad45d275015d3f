// "Correct or unknown, never wrong" over top bars this project never wrote a reader for: 600
// generated bars (test/generator/topbars.ts), each with and without the page's console config.
// A wrong reading fails with its seed, which regenerates the page. TOPBAR_SEED picks another
// run of seeds (the first one; 1 by default).
import { describe, expect, it } from 'vitest';
import { accountKey } from '@/lib/account';
import { decideIdentity } from '@/lib/console/decide-identity';
import { readTopBar, readTopBarAndBlock, readTopBarNamingCurrent } from '@/lib/console/topbar';
import type { ConsoleConfigFields, IdentityReading } from '@/lib/console/identity-types';
import { generateTopBar, type BarIdentity } from '../../generator/topbars';
import { rng } from '../../generator/rng';
import { setBody } from './pages';

const BARS = 600;
const FIRST_SEED = Number(process.env.TOPBAR_SEED ?? 1);
const ALIASES = ['acme-prod', 'company1', 'data-lake', 'ops-cn', 'fin-01'];
const ROLES = ['ops-admin', 'devops', 'ecs-admin', 'readonly', 'Billing.Viewer'];
const USERS = ['alice', 'bob', 'chen.wei', 'ops_bot'];

function identityFor(seed: number): BarIdentity {
  const r = rng(seed ^ 0x5bd1e995);
  const account = r.pick(ALIASES);
  const accountId = `${r.int(1000, 9999)}${r.int(1000, 9999)}${r.int(1000, 9999)}${r.int(1000, 9999)}`;
  const user = r.pick(USERS);
  const kind = r.pick(['role', 'role', 'role', 'user', 'root'] as const);
  if (kind === 'role') {
    return { kind, current: `${r.pick(ROLES)}/${user}`, account, accountId, logon: { name: `${user}@home-team.onaliyun.com`, account: 'home-team' } };
  }
  if (kind === 'user') return { kind, current: `${user}@${account}.onaliyun.com`, account, accountId };
  return { kind, current: `owner@${account}.example.com`, account, accountId };
}

function configFor(who: BarIdentity): ConsoleConfigFields {
  return { currentPk: who.accountId, accountType: who.kind === 'role' ? 'sts' : who.kind === 'user' ? 'sub' : 'main' };
}

/** Why a reading is wrong for the identity the page was drawn for, or null when it is right. */
function wrongness(reading: IdentityReading, who: BarIdentity): string | null {
  if (reading.state === 'unknown') return null;
  const got = reading.identity;
  if ((got.kind === 'role') !== (who.kind === 'role')) return `read as ${got.kind}, drawn as ${who.kind}`;
  if (got.kind === 'role') {
    const [role, session] = who.current.split('/');
    if (got.roleName !== role) return `role ${got.roleName}, drawn ${role}`;
    if (got.sessionName !== undefined && got.sessionName !== session) return `session ${got.sessionName}, drawn ${session}`;
    if (got.account && accountKey(got.account) !== who.account && accountKey(got.account) !== who.accountId) return `account ${got.account}, drawn ${who.account}`;
    if (got.accountId && got.accountId !== who.accountId) return `account ID ${got.accountId}, drawn ${who.accountId}`;
    if (got.logon && got.logon.principal !== who.logon?.name) return `logon ${got.logon.principal}, drawn ${who.logon?.name}`;
    return null;
  }
  if (got.principal && got.principal !== who.current) return `principal ${got.principal}, drawn ${who.current}`;
  if (got.accountId && got.accountId !== who.accountId) return `account ID ${got.accountId}, drawn ${who.accountId}`;
  return null;
}

describe(`${BARS} generated top bars: correct or unknown, never wrong`, () => {
  const counts = { withConfig: { correct: 0, unknown: 0, wrong: 0 }, barOnly: { correct: 0, unknown: 0, wrong: 0 } };
  const wrong: string[] = [];
  const unreadable: string[] = [];

  it('reads every generated bar', () => {
    for (let seed = FIRST_SEED; seed < FIRST_SEED + BARS; seed++) {
      const who = identityFor(seed);
      const bar = generateTopBar(seed, who);
      setBody(bar.html);
      const topBar = readTopBar(document);
      for (const [mode, config] of [['barOnly', null], ['withConfig', configFor(who)]] as const) {
        const { reading } = decideIdentity({ topBar, config }, null);
        const why = wrongness(reading, who);
        const c = counts[mode];
        if (why) {
          c.wrong++;
          wrong.push(`seed ${seed} (${mode}, ${bar.traits.join(', ')}): ${why}`);
        } else if (reading.state === 'unknown') {
          c.unknown++;
          if (!bar.hoverOnly && mode === 'barOnly') unreadable.push(`seed ${seed} (${bar.traits.join(', ')}): ${reading.reason}`);
        } else c.correct++;
      }
    }
    console.info(`generated top bars: ${JSON.stringify(counts)}`);
    if (unreadable.length) console.info(`readable bars read as unknown (${unreadable.length}):\n${unreadable.slice(0, 15).join('\n')}`);
    expect(wrong, wrong.slice(0, 10).join('\n')).toEqual([]);
  }, 120_000);

  it('reads the same when waiting (which skips a page whose text has no word of the "current" family)', () => {
    let named = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + BARS; seed++) {
      setBody(generateTopBar(seed, identityFor(seed)).html);
      const full = readTopBarAndBlock(document);
      const waited = readTopBarNamingCurrent(document);
      if (full.evidence.current) named++;
      expect(waited, `seed ${seed}`).toEqual(full.evidence.current ? full : null);
    }
    // Most bars name who acts now, and the shortcut must not lose one of them.
    expect(named).toBeGreaterThan(BARS / 2);
  });

  it('reads the same bar beside a product page’s long table of other identities (passed over unread)', () => {
    const others = Array.from({ length: 60 }, (_, i) => `<tr><td><span>Current Identity</span><span>ops-${i}/eve</span></td><td>Account</td><td>other-${i}</td></tr>`).join('');
    const changed: string[] = [];
    for (let seed = FIRST_SEED; seed < FIRST_SEED + BARS; seed += 5) {
      const bar = generateTopBar(seed, identityFor(seed));
      setBody(bar.html);
      const alone = JSON.stringify(readTopBar(document));
      setBody(`${bar.html}<main><table><tbody>${others}</tbody></table></main>`);
      const beside = JSON.stringify(readTopBar(document));
      if (beside !== alone) changed.push(`seed ${seed} (${bar.traits.join(', ')}): ${alone} → ${beside}`);
    }
    expect(changed, changed.slice(0, 5).join('\n')).toEqual([]);
  });

  it('knows who acts on nearly every bar whose rows are in the page', () => {
    // Hover-only bars (≈10%) cannot be read; the rest should be, with the config or without.
    expect(counts.withConfig.correct).toBeGreaterThanOrEqual(BARS * 0.85);
    expect(unreadable.length, unreadable.slice(0, 10).join('\n')).toBeLessThanOrEqual(BARS * 0.05);
  });
});
