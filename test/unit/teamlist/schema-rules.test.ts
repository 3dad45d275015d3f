// The schema encodes the rules lib/account.ts, lib/bookmark.ts, lib/colour.ts and
// lib/console/hosts.ts document: generated strings are judged alike by both.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAccount, validateRoleName } from '@/lib/account';
import { DISPLAY_NAME_MAX } from '@/lib/bookmark';
import { isHexColour } from '@/lib/colour';
import { isConsoleLandingUrl, SITES } from '@/lib/console/hosts';
import schema from '@/lib/teamlist/schema.json';
import { validate } from '@/lib/teamlist/validate.generated';

const accepts = (role: Record<string, unknown>) => validate({ version: 1, roles: [{ account: 'acme', roleName: 'dev', ...role }] });
const chars = (alphabet: string, maxLength: number) => fc.string({ unit: fc.constantFrom(...alphabet), maxLength });

describe('schema rules match the code that documents them', () => {
  it('account: the schema accepts exactly what parseAccount accepts, as written', () => {
    const account = fc.oneof(
      chars('abz09-', 36),
      chars('abz09-._ A', 20),
      chars('0123456789', 18),
      fc.tuple(chars('abz09-', 34), fc.constantFrom('.onaliyun.com', '.ONALIYUN.COM', '.aliyun.com', '')).map(([a, b]) => a + b),
      fc.stringMatching(/^\d{16}(\.onaliyun\.com)?$/),
    );
    fc.assert(
      fc.property(account, (s) => {
        const parsed = parseAccount(s);
        expect(accepts({ account: s })).toBe(parsed.ok && parsed.value.value === s);
      }),
      { numRuns: 3000 },
    );
  });

  it('roleName: the schema accepts exactly what validateRoleName accepts, as written', () => {
    fc.assert(
      fc.property(fc.oneof(chars('aZ09.-', 70), chars('aZ09.- _/🚀é', 10)), (s) => {
        const checked = validateRoleName(s);
        expect(accepts({ roleName: s })).toBe(checked.ok && checked.value === s);
      }),
      { numRuns: 2000 },
    );
  });

  it('landingUrl: whatever the schema accepts is an https console page (isConsoleLandingUrl)', () => {
    const url = fc
      .tuple(
        fc.constantFrom('https://', 'http://', 'HTTPS://', 'javascript:', '//', 'https://user@', 'https://a:b@'),
        fc.constantFrom('', 'ecs.', 'home.', 'a-b.c.', 'evil.', '-x.'),
        fc.constantFrom('console.aliyun.com', 'console.alibabacloud.com', 'console.aliyun.com.evil.example', 'console-aliyun.com', 'signin.aliyun.com', 'xconsole.aliyun.com'),
        fc.constantFrom('', '/', ':443/', ':8443', '/path?q=1#h', '\\@evil.example', '/ x', '#/overview', '?a', '@evil.example/'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(url, (s) => {
        if (accepts({ landingUrl: s })) expect(isConsoleLandingUrl(s), s).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(accepts({ landingUrl: 'https://ecs.console.aliyun.com/' })).toBe(true);
    expect(accepts({ landingUrl: 'https://console.alibabacloud.com' })).toBe(true);
  });

  it('colour: whatever the schema accepts, isHexColour accepts', () => {
    fc.assert(
      fc.property(fc.tuple(fc.constantFrom('#', '', '##'), chars('09afAFgx', 8)).map(([a, b]) => a + b), (s) => {
        if (accepts({ colour: s })) expect(isHexColour(s)).toBe(true);
      }),
    );
  });

  it('limits and sites agree with the bookmark model', () => {
    const role = schema.properties.roles.items.properties;
    expect(role.displayName.maxLength).toBe(DISPLAY_NAME_MAX);
    expect(role.site.enum).toEqual([...SITES]);
  });

  it('says additionalProperties: false on every object', () => {
    const objects: Record<string, unknown>[] = [];
    const visit = (node: unknown) => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'object') objects.push(n);
      Object.values(n).forEach(visit);
    };
    visit(schema);
    expect(objects.length).toBeGreaterThanOrEqual(2);
    for (const o of objects) expect(o.additionalProperties).toBe(false);
  });
});
