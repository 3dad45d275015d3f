import { describe, expect, it } from 'vitest';
import { checkDraft, emptyDraft, fieldsFromHistory, withAccount, withArn } from '../../../lib/popup/draft';
import { historyEntry } from './factories';

describe('the ARN shortcut', () => {
  it('fills account and role name from the Role ARN field', () => {
    const d = withArn(emptyDraft(), 'acs:ram::1234567890123456:role/devops');
    expect([d.account, d.roleName]).toEqual(['1234567890123456', 'devops']);
  });

  it('leaves the fields alone while the ARN is incomplete', () => {
    const d = withArn({ ...emptyDraft(), account: 'company1' }, 'acs:ram::1234');
    expect([d.account, d.arn]).toEqual(['company1', 'acs:ram::1234']);
  });

  it('splits an ARN pasted into the Account field', () => {
    const d = withAccount(emptyDraft(), 'acs:ram::1234567890123456:role/devops', false);
    expect([d.account, d.roleName]).toEqual(['1234567890123456', 'devops']);
  });

  it('waits while an ARN is typed into the Account field, then splits it when the field is left', () => {
    let d = emptyDraft();
    for (const ch of 'acs:ram::1234567890123456:role/devops') d = withAccount(d, d.account + ch, false);
    expect(d.roleName).toBe('');
    d = withAccount(d, d.account, true);
    expect([d.account, d.roleName]).toEqual(['1234567890123456', 'devops']);
  });
});

describe('checkDraft', () => {
  it('returns the fields to save', () => {
    const checked = checkDraft({ ...emptyDraft(), account: ' Company1 ', roleName: 'devops', displayName: ' Prod ', site: 'intl', favourite: true });
    expect(checked).toEqual({
      ok: true,
      value: { account: 'company1', roleName: 'devops', displayName: 'Prod', colour: '#1565c0', site: 'intl', favourite: true },
    });
  });

  it('reports each field’s problem', () => {
    const checked = checkDraft({ ...emptyDraft(), account: '', roleName: 'dev ops', arn: 'acs:ram::12:role/x', displayName: 'x'.repeat(65) });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(['account', 'arn', 'displayName', 'roleName']);
    expect(checked.errors.arn).toContain('acs:ram::1234567890123456:role/devops');
  });
});

describe('fieldsFromHistory', () => {
  it('bookmarks a recent role with the default colour and its site', () => {
    expect(fieldsFromHistory(historyEntry({ account: 'company1', roleName: 'devops', site: 'intl' }))).toEqual({
      ok: true,
      value: { account: 'company1', roleName: 'devops', displayName: undefined, colour: '#1565c0', site: 'intl', favourite: false },
    });
  });

  it('falls back to the account ID when the account as shown is not valid', () => {
    const r = fieldsFromHistory(historyEntry({ account: 'Company One', accountId: '1234567890123456', roleName: 'devops' }));
    expect(r.ok && r.value.account).toBe('1234567890123456');
  });
});
