// One case per row of docs/identity-decision.md: the evidence, what is decided, and what
// happens to the session record. The table and this file change together.
import { describe, expect, it } from 'vitest';
import { decideIdentity, type PageEvidence, type RuleId } from '@/lib/console/decide-identity';
import type { SessionRecord, SubmittedSwitch } from '@/lib/console/identity-types';
import type { TopBarEvidence } from '@/lib/console/topbar';

const ID = '1111222233334444';
const OTHER_ID = '9999888877776666';
const bar = (b: Partial<TopBarEvidence> = {}): TopBarEvidence => ({ rows: 0, switchBack: false, conflicts: [], ...b });
const ROLE_BAR = bar({ rows: 2, current: { form: 'role', roleName: 'ops-admin', sessionName: 'alice', account: 'acme-prod' }, account: { name: 'acme-prod' } });
const USER_BAR = bar({ rows: 1, current: { form: 'user', principal: 'alice@home.onaliyun.com', account: 'home' } });
const sts = { accountType: 'sts', currentPk: ID } as const;
const sub = { accountType: 'sub', currentPk: ID } as const;
const RECORD: SessionRecord = { kind: 'role', roleName: 'ops-admin', principal: 'ops-admin/alice', account: 'acme-prod', accountId: ID, at: 1 };
const LOGON_RECORD: SessionRecord = { kind: 'logon', principal: 'alice@home.onaliyun.com', at: 1 };

interface Case {
  rule: RuleId;
  why: string;
  page: PageEvidence;
  record?: SessionRecord;
  submitted?: SubmittedSwitch;
  /** What the banner would name: "role ops-admin in acme-prod", "logon …", or "unknown". */
  says: string;
  endRecord: boolean;
}

const CASES: Case[] = [
  { rule: 'D1', why: 'the bar contradicts itself', page: { topBar: { ...ROLE_BAR, conflicts: [{ kind: 'twoCurrent', identities: ['devops/alice', 'ops/bob'] }] }, config: sts }, says: 'unknown', endRecord: false },
  { rule: 'D2', why: 'a role session with a RAM-user badge', page: { topBar: { ...ROLE_BAR, badge: 'user' }, config: null }, says: 'unknown', endRecord: false },
  { rule: 'D3', why: 'a login name with a Role badge', page: { topBar: { ...USER_BAR, badge: 'role' }, config: null }, says: 'unknown', endRecord: false },
  { rule: 'D3', why: 'a login name with a switch-back link', page: { topBar: { ...USER_BAR, switchBack: true }, config: sub }, says: 'unknown', endRecord: false },
  { rule: 'D3', why: 'a login name with someone else as logon identity', page: { topBar: { ...USER_BAR, logon: { principal: 'bob@home.onaliyun.com' } }, config: null }, says: 'unknown', endRecord: false },
  { rule: 'D4', why: 'a role session, config says RAM user', page: { topBar: ROLE_BAR, config: sub }, says: 'unknown', endRecord: false },
  { rule: 'D5', why: 'a login name, config says a role', page: { topBar: USER_BAR, config: sts }, says: 'unknown', endRecord: false },
  { rule: 'D6', why: 'the bar shows another account ID than the config', page: { topBar: { ...ROLE_BAR, account: { accountId: OTHER_ID } }, config: sts }, says: 'unknown', endRecord: false },
  { rule: 'D7', why: 'a role session and its config', page: { topBar: ROLE_BAR, config: sts }, says: `role ops-admin in acme-prod (${ID})`, endRecord: false },
  { rule: 'D7', why: 'a role session, the record names another role', page: { topBar: ROLE_BAR, config: sts }, record: { ...RECORD, roleName: 'devops' }, says: `role ops-admin in acme-prod (${ID})`, endRecord: true },
  {
    rule: 'D7',
    why: 'a role session shown only with the config ID: the record (same ID) names the alias',
    page: { topBar: bar({ rows: 1, current: { form: 'role', roleName: 'ops-admin', sessionName: 'alice' } }), config: sts },
    record: RECORD,
    says: `role ops-admin in acme-prod (${ID})`,
    endRecord: false,
  },
  { rule: 'D8', why: 'a login name and nothing against it', page: { topBar: USER_BAR, config: sub }, says: 'logon alice@home.onaliyun.com', endRecord: false },
  { rule: 'D8', why: 'a login name ends a role record (switched back by hand)', page: { topBar: USER_BAR, config: null }, record: RECORD, says: 'logon alice@home.onaliyun.com', endRecord: true },
  { rule: 'D8', why: 'another logon identity ends a logon record', page: { topBar: USER_BAR, config: null }, record: { kind: 'logon', principal: 'bob@home.onaliyun.com', at: 1 }, says: 'logon alice@home.onaliyun.com', endRecord: true },
  { rule: 'D9', why: 'a Role row and a config that says a role', page: { topBar: bar({ rows: 1, roleName: 'ops-admin' }), config: sts }, says: `role ops-admin in ${ID} (${ID})`, endRecord: false },
  { rule: 'D10', why: 'no name, but the config says a role in the recorded account', page: { topBar: bar(), config: sts }, record: RECORD, says: `role ops-admin in acme-prod (${ID})`, endRecord: false },
  {
    rule: 'D11',
    why: 'no name, just submitted to an account with this ID',
    page: { topBar: bar(), config: sts },
    submitted: { roleName: 'ops-admin', account: 'acme-prod', accountId: ID },
    says: `role ops-admin in acme-prod (${ID})`,
    endRecord: false,
  },
  { rule: 'D12', why: 'no name, a role in an account nobody confirmed', page: { topBar: bar(), config: sts }, record: { ...RECORD, accountId: OTHER_ID }, says: 'unknown', endRecord: false },
  { rule: 'D12', why: 'no name, a role, and a logon record', page: { topBar: bar(), config: sts }, record: LOGON_RECORD, says: 'unknown', endRecord: true },
  { rule: 'D13', why: 'no name, config says RAM user, but a switch-back link', page: { topBar: bar({ switchBack: true }), config: sub }, says: 'unknown', endRecord: false },
  { rule: 'D14', why: 'no name, config says RAM user', page: { topBar: bar(), config: sub }, says: 'logon (unnamed)', endRecord: false },
  { rule: 'D14', why: 'no name, config says RAM user, named by the logon record', page: { topBar: bar(), config: sub }, record: LOGON_RECORD, says: 'logon alice@home.onaliyun.com', endRecord: false },
  { rule: 'D14', why: 'no name, config says RAM user: a role record ends', page: { topBar: bar(), config: sub }, record: RECORD, says: 'logon (unnamed)', endRecord: true },
  { rule: 'D15', why: 'nothing on the page', page: { topBar: bar(), config: null }, record: RECORD, says: 'unknown', endRecord: false },
];

function says(page: PageEvidence, record?: SessionRecord, submitted?: SubmittedSwitch): { rule: RuleId; says: string; endRecord: boolean } {
  const d = decideIdentity(page, record ?? null, submitted ?? null);
  const r = d.reading;
  const text =
    r.state === 'unknown'
      ? 'unknown'
      : r.identity.kind === 'role'
        ? `role ${r.identity.roleName} in ${r.identity.account ?? r.identity.accountId} (${r.identity.accountId})`
        : `logon ${r.identity.principal || '(unnamed)'}`;
  return { rule: d.rule, says: text, endRecord: d.endRecord };
}

describe('the decision table (docs/identity-decision.md)', () => {
  it.each(CASES)('$rule: $why', ({ rule, page, record, submitted, says: expected, endRecord }) => {
    expect(says(page, record, submitted)).toEqual({ rule, says: expected, endRecord });
  });

  it('has a case for every rule', () => {
    const rules = new Set(CASES.map((c) => c.rule));
    for (let i = 1; i <= 15; i++) expect(rules, `D${i}`).toContain(`D${i}`);
  });

  it('gives every "cannot tell" a reason that names what disagrees', () => {
    for (const c of CASES.filter((x) => x.says === 'unknown')) {
      const r = decideIdentity(c.page, c.record ?? null, c.submitted ?? null).reading;
      expect(r.state === 'unknown' && r.reason.length > 20, c.why).toBe(true);
    }
  });
});

describe('never the logon identity for a role', () => {
  // Every combination of the bar's name, its signs and the config: a role session, or a config
  // that says "sts", never comes out as the logon identity.
  const currents = [undefined, ROLE_BAR.current, USER_BAR.current];
  const badges = [undefined, 'role', 'user', 'root'] as const;
  const configs = [null, sts, sub, { accountType: 'main' } as const, { currentPk: ID }];
  const records = [null, RECORD, LOGON_RECORD];
  it('holds over every combination', () => {
    let n = 0;
    for (const current of currents)
      for (const badge of badges)
        for (const config of configs)
          for (const record of records)
            for (const switchBack of [false, true]) {
              const topBar = bar({ rows: current ? 1 : 0, ...(current ? { current } : {}), ...(badge ? { badge } : {}), switchBack });
              const r = decideIdentity({ topBar, config }, record).reading;
              n++;
              const logon = r.state === 'known' && r.identity.kind !== 'role';
              if (current?.form === 'role' || config?.accountType === 'sts' || badge === 'role' || switchBack) expect(logon, JSON.stringify({ current, badge, config, record, switchBack })).toBe(false);
            }
    expect(n).toBe(3 * 4 * 5 * 3 * 2);
  });
});
