// What content scripts send is checked before the background uses it.
import { describe, expect, it } from 'vitest';
import { boundedText, isFormFailure, isIdentityReading } from '../../lib/background/guards';

const role = { kind: 'role', principal: 'devops/alice', roleName: 'devops', sessionName: 'alice', account: 'company1', accountId: '1234567890123456', logon: { principal: 'alice@company2.onaliyun.com', account: 'company2' } };

describe('isIdentityReading', () => {
  it.each([
    ['a role', { state: 'known', identity: role }],
    ['a RAM user', { state: 'known', identity: { kind: 'user', principal: 'alice@company2.onaliyun.com' } }],
    ['unknown with a reason', { state: 'unknown', reason: 'the page shows no current identity in its top bar' }],
  ])('accepts %s', (_, reading) => expect(isIdentityReading(reading)).toBe(true));

  it.each([
    ['nothing', undefined],
    ['a string', 'known'],
    ['an unknown state', { state: 'maybe', reason: 'x' }],
    ['an unknown kind', { state: 'known', identity: { ...role, kind: 'admin' } }],
    ['a principal that is not text', { state: 'known', identity: { ...role, principal: 42 } }],
    ['an overlong principal', { state: 'known', identity: { ...role, principal: 'x'.repeat(401) } }],
    ['an account ID that is not 16 digits', { state: 'known', identity: { ...role, accountId: '123' } }],
    ['a logon without a principal', { state: 'known', identity: { ...role, logon: {} } }],
    ['an account that is an object', { state: 'known', identity: { ...role, account: { toString: 'x' } } }],
    ['unknown without a reason', { state: 'unknown' }],
  ])('refuses %s', (_, reading) => expect(isIdentityReading(reading)).toBe(false));
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
