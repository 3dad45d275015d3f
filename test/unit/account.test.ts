// Accounts and role names as RAM documents them: what the add form accepts, and what it says
// when it does not.
import { describe, expect, it } from 'vitest';
import { accountKey, isRoleArn, parseAccount, parseRoleArn, roleArn, validateRoleName } from '@/lib/account';

const ID = '1234567890123456';

describe('parseAccount accepts an alias, a default domain or a 16-digit ID', () => {
  it.each([
    // input, kind, value as the form takes it, key
    ['company1', 'alias', 'company1', 'company1'],
    ['abc', 'alias', 'abc', 'abc'], // shortest alias: 3
    ['a'.repeat(32), 'alias', 'a'.repeat(32), 'a'.repeat(32)], // longest alias: 32
    ['a-b', 'alias', 'a-b', 'a-b'],
    ['my-company-2', 'alias', 'my-company-2', 'my-company-2'],
  ])('%j → %s %j', (input, kind, value, key) => {
    expect(parseAccount(input)).toEqual({ ok: true, value: { kind, value, key } });
  });

  it.each([
    ['company1.onaliyun.com', 'company1'],
    [`${ID}.onaliyun.com`, ID],
    [`${'b'.repeat(32)}.onaliyun.com`, 'b'.repeat(32)],
    ['abc.onaliyun.com', 'abc'],
  ])('default domain %j → key %j', (input, key) => {
    expect(parseAccount(input)).toEqual({ ok: true, value: { kind: 'domain', value: input, key } });
  });

  it('takes a 16-digit account ID', () => {
    expect(parseAccount(ID)).toEqual({ ok: true, value: { kind: 'id', value: ID, key: ID } });
  });

  it.each([
    ['  company1  ', 'company1'],
    ['\tcompany1\n', 'company1'],
    ['Company1', 'company1'],
    ['COMPANY1.ONALIYUN.COM', 'company1.onaliyun.com'],
    [` ${ID} `, ID],
  ])('trims and lower-cases what was typed: %j → %j', (input, value) => {
    const parsed = parseAccount(input);
    expect(parsed.ok && parsed.value.value).toBe(value);
  });
});

describe('parseAccount refuses, saying why', () => {
  it.each([
    ['', 'Enter the account: its alias, default domain or 16-digit account ID.'],
    ['   ', 'Enter the account: its alias, default domain or 16-digit account ID.'],
    ['ab', '"ab" is not a valid account alias: an alias is 3 to 32 characters (this one has 2).'],
    ['a'.repeat(33), `"${'a'.repeat(33)}" is not a valid account alias: an alias is 3 to 32 characters (this one has 33).`],
    ['-abc', '"-abc" is not a valid account alias: an alias cannot start or end with "-".'],
    ['abc-', '"abc-" is not a valid account alias: an alias cannot start or end with "-".'],
    ['ab--c', '"ab--c" is not a valid account alias: an alias cannot contain "--".'],
    ['my_company', '"my_company" is not a valid account alias: an alias may contain only lowercase letters, digits and "-".'],
    ['my company', '"my company" is not a valid account alias: an alias may contain only lowercase letters, digits and "-".'],
    ['123456789012345', 'An account ID has 16 digits; "123456789012345" has 15.'],
    ['12345678901234567', 'An account ID has 16 digits; "12345678901234567" has 17.'],
    ['company1.aliyun.com', '"company1.aliyun.com" is not an alias, and default domains end in .onaliyun.com.'],
    ['company1.onaliyun.com.', '"company1.onaliyun.com." is not an alias, and default domains end in .onaliyun.com.'],
    ['.onaliyun.com', '".onaliyun.com" is not a default domain: the part before .onaliyun.com must be an alias or a 16-digit account ID.'],
    ['-x-.onaliyun.com', '"-x-.onaliyun.com" is not a default domain: the part before .onaliyun.com must be an alias or a 16-digit account ID.'],
    ['ab.onaliyun.com', '"ab.onaliyun.com" is not a default domain: the part before .onaliyun.com must be an alias or a 16-digit account ID.'],
  ])('%j', (input, error) => {
    expect(parseAccount(input)).toEqual({ ok: false, error });
  });

  it.each([
    ['cömpany', 'an alias may contain only lowercase letters, digits and "-"'],
    ['公司名称', 'an alias may contain only lowercase letters, digits and "-"'],
    ['company😀', 'an alias may contain only lowercase letters, digits and "-"'],
    // Full-width digits are not digits to RAM.
    ['１２３４５６７８９０１２３４５６', 'an alias may contain only lowercase letters, digits and "-"'],
    ['公司', 'an alias is 3 to 32 characters (this one has 2)'],
  ])('unicode %j is refused: %s', (input, problem) => {
    const parsed = parseAccount(input);
    expect(parsed).toEqual({ ok: false, error: `"${input.toLowerCase()}" is not a valid account alias: ${problem}.` });
  });

  it('never accepts what is not made of lowercase letters, digits, "-" and the default-domain suffix', () => {
    for (const input of ['a b c', 'abc\u200b', 'ａｂｃ', 'abc/def', 'abc@def', 'abc:def', 'İstanbul']) {
      expect(parseAccount(input).ok, input).toBe(false);
    }
  });
});

describe('validateRoleName: 1-64 letters, digits, "." and "-"', () => {
  it.each([
    ['devops'],
    ['d'],
    ['x'.repeat(64)],
    ['ECS-Admin'],
    ['role.v2-prod'],
    ['123'],
    ['.-.'],
  ])('accepts %j', (input) => {
    expect(validateRoleName(input)).toEqual({ ok: true, value: input });
  });

  it('trims the name', () => {
    expect(validateRoleName('  devops \n')).toEqual({ ok: true, value: 'devops' });
  });

  it('counts the length after trimming', () => {
    expect(validateRoleName(` ${'x'.repeat(64)} `).ok).toBe(true);
  });

  it.each([
    ['', 'Enter the role name, e.g. "devops".'],
    ['   ', 'Enter the role name, e.g. "devops".'],
    ['x'.repeat(65), 'Role name is 65 characters; RAM allows at most 64.'],
    ['x'.repeat(200), 'Role name is 200 characters; RAM allows at most 64.'],
    ['dev_ops', 'Role name may contain only letters, digits, "." and "-" (found: "_").'],
    ['dev/ops', 'Role name may contain only letters, digits, "." and "-" (found: "/").'],
    ['a_b_c*', 'Role name may contain only letters, digits, "." and "-" (found: "_" "*").'],
    ['rôle', 'Role name may contain only letters, digits, "." and "-" (found: "ô").'],
    ['运维角色', 'Role name may contain only letters, digits, "." and "-" (found: "运" "维" "角" "色").'],
    ['dev ops', 'Role name may contain only letters, digits, "." and "-" (found: space).'],
    ['dev\tops', 'Role name may contain only letters, digits, "." and "-" (found: whitespace).'],
    ['role🚀', 'Role name may contain only letters, digits, "." and "-" (found: "🚀").'],
  ])('refuses %j', (input, error) => {
    expect(validateRoleName(input)).toEqual({ ok: false, error });
  });
});

describe('parseRoleArn', () => {
  it.each([
    [`acs:ram::${ID}:role/devops`, 'devops'],
    [`  acs:ram::${ID}:role/ECS-Admin  `, 'ECS-Admin'],
    [`ACS:RAM::${ID}:ROLE/devops`, 'devops'],
    [`acs:ram::${ID}:role/${'r'.repeat(64)}`, 'r'.repeat(64)],
  ])('%j → the account ID and role', (input, roleName) => {
    expect(parseRoleArn(input)).toEqual({ ok: true, value: { accountId: ID, roleName } });
  });

  it.each([
    'devops',
    `acs:ram::${ID}:role/`,
    `acs:ram::${ID}:user/alice`,
    'acs:ram::123456789012345:role/devops',
    `acs:ram:cn-hangzhou:${ID}:role/devops`,
    `arn:aws:iam::${ID}:role/devops`,
  ])('%j is not a role ARN', (input) => {
    expect(parseRoleArn(input)).toEqual({ ok: false, error: 'A role ARN looks like acs:ram::1234567890123456:role/devops.' });
  });

  it('passes on what is wrong with the role name inside it', () => {
    expect(parseRoleArn(`acs:ram::${ID}:role/${'r'.repeat(65)}`)).toEqual({ ok: false, error: 'Role name is 65 characters; RAM allows at most 64.' });
    expect(parseRoleArn(`acs:ram::${ID}:role/team/devops`)).toEqual({
      ok: false,
      error: 'Role name may contain only letters, digits, "." and "-" (found: "/").',
    });
  });

  it('round-trips with roleArn', () => {
    expect(roleArn(ID, 'devops')).toBe(`acs:ram::${ID}:role/devops`);
    expect(parseRoleArn(roleArn(ID, 'devops'))).toEqual({ ok: true, value: { accountId: ID, roleName: 'devops' } });
  });

  it.each([
    [`acs:ram::${ID}:role/devops`, true],
    [`  ACS:RAM::${ID}`, true],
    ['acs:ram::', true],
    ['company1', false],
    ['acs:ecs::x', false],
  ])('isRoleArn(%j) is %s', (input, expected) => {
    expect(isRoleArn(input)).toBe(expected);
  });
});

describe('accountKey: one key for the alias and default domain of an account', () => {
  it.each([
    ['company1', 'company1'],
    ['company1.onaliyun.com', 'company1'],
    [' Company1.OnAliyun.com ', 'company1'],
    [ID, ID],
    [`${ID}.onaliyun.com`, ID],
    ['company1.aliyun.com', 'company1.aliyun.com'],
  ])('%j → %j', (input, key) => {
    expect(accountKey(input)).toBe(key);
  });

  it('gives the alias and its default domain the same key, and another alias another key', () => {
    expect(accountKey('company1')).toBe(accountKey('COMPANY1.onaliyun.com'));
    expect(accountKey('company1')).not.toBe(accountKey('company2.onaliyun.com'));
  });
});
