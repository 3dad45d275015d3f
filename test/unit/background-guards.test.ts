// What content scripts send is checked before the background uses it.
import { describe, expect, it } from 'vitest';
import { boundedText, isFormFailure, isPageEvidence } from '../../lib/background/guards';


describe('isPageEvidence', () => {
  const bar = { rows: 4, switchBack: true, conflicts: [], current: { form: 'role', roleName: 'devops', sessionName: 'alice', account: 'company1' }, account: { name: 'company1', accountId: '1234567890123456' }, logon: { principal: 'alice@company2.onaliyun.com' }, badge: 'role' };
  const config = { currentPk: '1234567890123456', accountType: 'sts' };
  it.each([
    ['a role with its config', { topBar: bar, config }],
    ['a RAM user without config', { topBar: { rows: 1, switchBack: false, conflicts: [], current: { form: 'user', principal: 'alice@company2.onaliyun.com' } }, config: null }],
    ['an empty page', { topBar: { rows: 0, switchBack: false, conflicts: [] }, config: null }],
    [
      'a bar that contradicts itself in every way',
      {
        topBar: {
          ...bar,
          conflicts: [
            { kind: 'twoCurrent', identities: ['devops/alice', 'ops/bob'] },
            { kind: 'twoAccounts', first: 'company1', second: 'company9' },
            { kind: 'twoBadges', kinds: ['role', 'user'] },
          ],
        },
        config,
      },
    ],
  ])('accepts %s', (_, evidence) => expect(isPageEvidence(evidence)).toBe(true));

  it.each([
    ['nothing', undefined],
    ['a reading instead of evidence', { state: 'known', identity: { kind: 'role', principal: 'devops/alice' } }],
    ['a negative row count', { topBar: { ...bar, rows: -1 }, config }],
    ['an unknown principal form', { topBar: { ...bar, current: { form: 'admin', principal: 'x' } }, config }],
    ['a role name RAM would refuse', { topBar: { ...bar, current: { ...bar.current, roleName: '<img src=x>' } }, config }],
    ['an overlong session name', { topBar: { ...bar, current: { ...bar.current, sessionName: 'x'.repeat(401) } }, config }],
    ['an account ID that is not 16 digits', { topBar: { ...bar, account: { accountId: '123' } }, config }],
    ['a conflict that is not one', { topBar: { ...bar, conflicts: [{}] }, config }],
    ['a conflict as text', { topBar: { ...bar, conflicts: ['two identities'] }, config }],
    ['a conflict of one identity', { topBar: { ...bar, conflicts: [{ kind: 'twoCurrent', identities: ['devops/alice'] }] }, config }],
    ['a conflict with a huge value', { topBar: { ...bar, conflicts: [{ kind: 'twoAccounts', first: 'a'.repeat(5000), second: 'b' }] }, config }],
    ['a conflict of badges that do not exist', { topBar: { ...bar, conflicts: [{ kind: 'twoBadges', kinds: ['role', 'admin'] }] }, config }],
    ['an unknown badge', { topBar: { ...bar, badge: 'admin' }, config }],
    ['a config account type that does not exist', { topBar: bar, config: { accountType: 'god' } }],
    ['a config ID that is not 16 digits', { topBar: bar, config: { currentPk: '12' } }],
  ])('refuses %s', (_, evidence) => expect(isPageEvidence(evidence)).toBe(false));
});

describe('isFormFailure', () => {
  it('accepts the three causes with a detail', () => {
    for (const cause of ['form-not-found', 'form-ambiguous', 'fill-rejected']) expect(isFormFailure({ cause, detail: 'why' })).toBe(true);
  });
  it.each([[{ cause: 'timeout', detail: 'x' }], [{ cause: 'form-not-found' }], [null], [{ cause: 'form-not-found', detail: 'x'.repeat(401) }]])(
    'refuses %j',
    (v) => expect(isFormFailure(v)).toBe(false),
  );
});

describe('boundedText', () => {
  it('keeps text up to 400 characters and drops everything else', () => {
    expect(boundedText('The role does not exist.')).toBe('The role does not exist.');
    expect(boundedText('x'.repeat(500))).toHaveLength(400);
    expect(boundedText({ text: 'x' })).toBe('');
    expect(boundedText(undefined)).toBe('');
  });
});
