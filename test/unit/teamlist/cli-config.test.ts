// Roles from the Alibaba Cloud CLI's config.json: which profiles count, what is ignored, and
// what the user is told.
import { describe, expect, it } from 'vitest';
import { readTeamList } from '@/lib/teamlist';
import { isCliConfig } from '@/lib/teamlist/cli-config';

const ARN = 'acs:ram::1234567890123456:role/admin';
const read = (config: object) => readTeamList(JSON.stringify(config));
const accepted = (config: object) => {
  const r = read(config);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};

describe('the CLI config', () => {
  it.each([
    [{ profiles: [] }, true],
    [{ current: 'x', profiles: [{}] }, true],
    [{ version: 1, roles: [], profiles: [] }, false],
    [{ profiles: {} }, false],
    [[{ profiles: [] }], false],
  ])('isCliConfig(%j) is %s', (value, want) => expect(isCliConfig(value)).toBe(want));

  it('takes every profile that names a role ARN, whatever its mode', () => {
    const r = accepted({
      profiles: [
        { name: 'oidc', mode: 'OIDC', ram_role_arn: 'acs:ram::1111111111111111:role/ci', oidc_token_file: '/var/run/token' },
        { name: 'sso', mode: 'CloudSSO', cloud_sso_account_id: '2222222222222222' },
        { name: 'ecs', mode: 'EcsRamRole', ram_role_name: 'instance-role' },
        { name: 'chain', mode: 'ChainableRamRoleArn', ram_role_arn: ARN },
      ],
    });
    expect(r.roles.map((x) => `${x.displayName}:${x.account}/${x.roleName}`)).toEqual(['oidc:1111111111111111/ci', 'chain:1234567890123456/admin']);
    expect(r.warnings.map((w) => w.message)).toEqual([
      '2 profiles have no role ARN and were skipped: "sso (CloudSSO)", "ecs (EcsRamRole)". Only profiles that assume a RAM role (mode RamRoleArn) name one.',
    ]);
  });

  it('does not warn about keys when their fields are empty', () => {
    const r = accepted({ profiles: [{ name: 'p', mode: 'RamRoleArn', access_key_id: '', access_key_secret: '', sts_token: '', ram_role_arn: ARN }] });
    expect(r.warnings).toEqual([]);
  });

  it('warns about keys outside the profiles too', () => {
    const r = accepted({ profiles: [{ name: 'p', ram_role_arn: ARN }], access_key_id: 'LTAI5tFAKEFAKEFAKE0000000' });
    expect(r.warnings[0]).toMatchObject({ secret: true, message: expect.stringContaining('in elsewhere in the file') });
  });

  it('names at most five profiles, then counts', () => {
    const profiles = Array.from({ length: 8 }, (_, i) => ({ name: `p${i}`, mode: 'AK', access_key_id: 'x', ram_role_arn: `acs:ram::123456789012345${i}:role/r` }));
    expect(accepted({ profiles }).warnings[0]!.message).toContain('8 profiles ("p0", "p1", "p2", "p3", "p4" and 3 more)');
  });

  it('shows a role by its role name when the profile name cannot be a label', () => {
    const r = accepted({ profiles: [{ name: 'x'.repeat(80), ram_role_arn: ARN }, { name: 'bad\u202ename', ram_role_arn: 'acs:ram::1234567890123456:role/ops' }] });
    expect(r.roles.map((x) => x.displayName)).toEqual([undefined, undefined]);
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[1]!.message).toContain('"bad\\u{202E}name"');
  });

  it('skips a profile whose ARN is not a role ARN, saying why', () => {
    const r = accepted({ profiles: [{ name: 'ok', ram_role_arn: ARN }, { name: 'typo', ram_role_arn: 'acs:ram::1234567890123456:role/' }] });
    expect(r.roles).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ path: 'profiles[1].ram_role_arn', message: expect.stringContaining('Profile "typo" was skipped') });
  });

  it('ignores profiles that are not objects', () => {
    const r = accepted({ profiles: [null, 'x', 3, { name: 'ok', ram_role_arn: ARN }] });
    expect(r.roles).toHaveLength(1);
  });

  it('refuses a config with no role, still saying keys were ignored', () => {
    const r = read({ profiles: [{ name: 'default', mode: 'AK', access_key_id: 'LTAI5tFAKEFAKEFAKE0000000' }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual(['profiles', '', '']);
    expect(r.problems[1]!.secret).toBe(true);
  });
});
