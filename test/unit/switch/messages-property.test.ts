// Messages built from facts: over generated targets, pages and learned account IDs, what a
// switch's outcome says never contradicts itself or the facts it was built from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountKey } from '@/lib/account';
import type { Identity } from '@/lib/console/identity-types';
import { AccountNames } from '@/lib/known-accounts';
import { compareAccount, outcomeOfIdentity, type SwitchJob } from '@/lib/switch/flow';
import { failureMessage } from '@/lib/switch/messages';
import type { FailureCause, SwitchTarget } from '@/lib/switch/types';

const ALIASES = ['acme-prod', 'company1', 'ops-cn'];
const IDS = ['1111222233334444', '5555666677778888'];
const account = fc.oneof(fc.constantFrom(...ALIASES), fc.constantFrom(...IDS), fc.constantFrom(...ALIASES, ...IDS).map((a) => `${a}.onaliyun.com`));
const roleName = fc.constantFrom('devops', 'ops-admin', 'DevOps');
const target: fc.Arbitrary<SwitchTarget> = fc.record({ account, roleName, label: fc.option(fc.constantFrom('Prod ops', 'devops'), { nil: undefined }) }).map((t) => {
  const { label, ...rest } = t;
  return label ? { ...rest, label } : rest;
});
const identity: fc.Arbitrary<Identity> = fc.oneof(
  fc.record({ roleName, account: fc.option(account, { nil: undefined }), accountId: fc.option(fc.constantFrom(...IDS), { nil: undefined }) }).map(({ roleName: r, account: a, accountId }) => ({
    kind: 'role' as const,
    principal: `${r}/alice`,
    roleName: r,
    sessionName: 'alice',
    ...(a ? { account: a } : {}),
    ...(accountId ? { accountId } : {}),
  })),
  fc.constant<Identity>({ kind: 'user', principal: 'alice@home.onaliyun.com' }),
  fc.constant<Identity>({ kind: 'user', principal: '' }),
);
const learned = fc.dictionary(fc.constantFrom(...ALIASES), fc.constantFrom(...IDS), { maxKeys: 3 });

const job = (t: SwitchTarget): SwitchJob => ({ id: 'j', kind: 'switch', tabId: 1, site: 'cn', target: t, step: 'submitted', startedAt: 0, deadline: 1, timeoutSec: 30 });

describe('switch outcome messages, built from facts', () => {
  it('a success names the role, and either confirms the account or says what the page showed instead', () => {
    fc.assert(
      fc.property(target, identity, learned, (t, id, l) => {
        const names = new AccountNames(l);
        const status = outcomeOfIdentity(job(t), { state: 'known', identity: id }, 5, names);
        if (status.state !== 'succeeded') return;
        const match = compareAccount(t.account, id, names);
        expect(status.message).toContain(`Now acting as ${id.roleName}`);
        expect(match).not.toBe('different');
        const hedged = /cannot yet match|does not say in which account/.test(status.message);
        expect(hedged).toBe(match === 'unverifiable');
        if (hedged && id.account) {
          // What it says the page showed is not what was asked, under any name of the account.
          expect(names.same(t.account, id.account)).toBe(false);
          expect(accountKey(id.account)).not.toBe(accountKey(t.account));
        }
      }),
      { numRuns: 3000, seed: 8 },
    );
  });

  it('a mismatch says what the console shows, and that is not what was asked', () => {
    fc.assert(
      fc.property(target, identity, learned, (t, id, l) => {
        const names = new AccountNames(l);
        const status = outcomeOfIdentity(job(t), { state: 'known', identity: id }, 5, names);
        if (status.state !== 'failed') return;
        expect(status.cause).toBe('mismatch');
        const sameRole = id.kind === 'role' && id.roleName?.toLowerCase() === t.roleName.toLowerCase();
        expect(sameRole && compareAccount(t.account, id, names) !== 'different').toBe(false);
      }),
      { numRuns: 3000, seed: 9 },
    );
  });

  it('no failure message is empty, says "undefined", or repeats a quote twice', () => {
    const causes: FailureCause[] = ['unknown-account', 'unknown-role', 'not-trusted', 'root-account', 'signed-out', 'form-not-found', 'form-ambiguous', 'fill-rejected', 'console-error', 'timeout', 'mismatch', 'unconfirmed', 'busy', 'tab-closed', 'not-a-role'];
    fc.assert(
      fc.property(fc.constantFrom(...causes), fc.option(target, { nil: undefined }), fc.option(fc.stringMatching(/^[a-z][a-z ]{0,39}$/), { nil: undefined }), (cause, t, detail) => {
        const message = failureMessage(cause, { target: t, detail: detail || undefined, timeoutSec: 30, shown: detail || undefined });
        expect(message.length).toBeGreaterThan(20);
        expect(message).not.toMatch(/\bundefined\b|\(\)|""/);
      }),
      { numRuns: 2000, seed: 10 },
    );
  });
});
