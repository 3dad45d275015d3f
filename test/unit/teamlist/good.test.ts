// Documents that must be accepted, and exactly what comes out of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOUR } from '@/lib/colour';
import { readTeamList } from '@/lib/teamlist';

const DIR = join(__dirname, '../../fixtures/teamlist/good');
const read = (file: string) => readTeamList(readFileSync(join(DIR, file), 'utf8'));
const ok = (file: string) => {
  const r = read(file);
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.problems)}`);
  return r;
};

describe('good documents', () => {
  it.each(readdirSync(DIR))('%s is accepted', (file) => {
    expect(read(file).ok).toBe(true);
  });

  it('reads every field of the documented example', () => {
    const r = ok('full-example.json');
    expect(r.kind).toBe('team-list');
    expect(r.warnings).toEqual([]);
    expect(r.doc.name).toBe('Platform team');
    expect(r.roles).toEqual([
      {
        account: 'acme-prod',
        roleName: 'admin',
        displayName: 'Production admin',
        colour: '#d32f2f',
        site: 'cn',
        group: 'Production',
        tags: ['prod', 'admin'],
        landingUrl: 'https://ecs.console.aliyun.com/',
      },
      { account: 'acme-prod.onaliyun.com', roleName: 'readonly', displayName: 'Production read-only', colour: '#2e7d32', site: 'cn', group: 'Production' },
      // An ARN names the account by its ID and the role.
      {
        account: '1234567890123456',
        roleName: 'devops',
        displayName: 'Staging DevOps',
        colour: '#ef6c00',
        site: 'intl',
        group: 'Staging',
        landingUrl: 'https://home.console.alibabacloud.com/?lang=en#/overview',
      },
      // No colour: the default. No group: grouped by account. No site: the tab's site.
      { account: 'acme-sandbox', roleName: 'developer', colour: DEFAULT_COLOUR },
    ]);
  });

  it('keeps HTML in text fields as literal text', () => {
    const r = ok('html-in-text.json');
    expect(r.doc.name).toBe('<b>Team</b> list');
    expect(r.roles[0]).toMatchObject({
      displayName: '<img src=x onerror=alert(1)>',
      group: "<script>alert('group')</script>",
      tags: ['" onmouseover="alert(1)', '<svg/onload=alert(1)>'],
    });
  });

  it('accepts a leading byte order mark and CRLF line ends', () => {
    expect(ok('bom.json').roles).toHaveLength(1);
    expect(ok('crlf.json').roles).toHaveLength(1);
  });

  it('keeps non-Latin text and emoji, trims labels, lower-cases colours', () => {
    const r = ok('unicode-text.json');
    expect(r.roles[0]).toMatchObject({ displayName: '生产环境 · 运维', group: '生产', tags: ['👩‍💻', '中文'] });
    expect(r.roles[1]).toMatchObject({ displayName: 'padded label', colour: '#abcdef' });
  });

  it('accepts an empty list', () => {
    expect(ok('minimal.json').roles).toEqual([]);
  });
});

describe('the Alibaba Cloud CLI config', () => {
  const text = readFileSync(join(DIR, 'cli-config.json'), 'utf8');

  it('imports the profiles that assume a role, labelled with the profile name', () => {
    const r = ok('cli-config.json');
    expect(r.kind).toBe('cli-config');
    expect(r.doc.name).toBe('Alibaba Cloud CLI profiles');
    expect(r.roles).toEqual([
      { account: '1234567890123456', roleName: 'admin', displayName: 'prod-admin', colour: DEFAULT_COLOUR },
      { account: '6543210987654321', roleName: 'devops', displayName: 'staging', colour: DEFAULT_COLOUR },
    ]);
  });

  it('says which profiles had keys, and that they were ignored', () => {
    const r = ok('cli-config.json');
    const secret = r.warnings.filter((w) => w.secret);
    expect(secret).toHaveLength(1);
    expect(secret[0]!.message).toBe(
      'Ignored access keys, secrets and tokens in 4 profiles ("default", "prod-admin", "prod-admin-hk", "ci"): they were not read into the extension, and nothing was stored but role ARNs and profile names.',
    );
    const messages = r.warnings.map((w) => w.message).join('\n');
    expect(messages).toContain('"prod-admin-hk" assumes the same role as "prod-admin"');
    expect(messages).toContain('Profile "broken" was skipped');
    expect(messages).toContain('2 profiles have no role ARN and were skipped: "default (AK)", "ci (StsToken)"');
  });

  it('carries no key, secret or token anywhere in its result', () => {
    const out = JSON.stringify(readTeamList(text));
    for (const secret of ['LTAI5t', 'FAKEfake', 'STS.FAKE', 'CAISFAKE']) expect(out).not.toContain(secret);
  });
});
