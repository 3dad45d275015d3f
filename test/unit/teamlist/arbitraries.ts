// fast-check generators of valid bookmarks: what a team list can carry.
import fc from 'fast-check';
import { parseAccount } from '@/lib/account';
import { roleKey, type Bookmark } from '@/lib/bookmark';

const segment = fc.string({ unit: fc.constantFrom(...'abcxyz0189'), minLength: 1, maxLength: 6 });

const alias = fc
  .tuple(fc.constantFrom(...'abcxyz'), fc.array(segment, { minLength: 1, maxLength: 5 }))
  .map(([first, rest]) => (first + rest.join('-')).slice(0, 32).replace(/-+$/, ''))
  .filter((a) => a.length >= 3);

export const account = fc
  .oneof(alias, alias.map((a) => `${a}.onaliyun.com`), fc.stringMatching(/^[1-9]\d{15}$/))
  .filter((a) => {
    const p = parseAccount(a);
    return p.ok && p.value.value === a;
  });

export const roleName = fc.stringMatching(/^[A-Za-z0-9.-]{1,64}$/);

/** Plain text as the schema allows it: no control or invisible characters, trimmed, HTML and
 *  non-Latin text included. */
export const plainText = (max: number) =>
  fc
    .string({ unit: fc.constantFrom(...'aZ09 <>&"\'/=-_.é中文', '🚀', '👩‍💻'), minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= max);

const landingUrl = fc
  .tuple(
    fc.constantFrom('', 'ecs.', 'home.', 'ram.', 'a-1.b.'),
    fc.constantFrom('aliyun', 'alibabacloud'),
    fc.string({ unit: fc.constantFrom(...'abc09/?#=&.-_%'), maxLength: 30 }),
  )
  .map(([sub, site, path]) => `https://${sub}console.${site}.com/${path}`);

const colour = fc.stringMatching(/^#[0-9a-f]{6}$/);

export const bookmark: fc.Arbitrary<Bookmark> = fc
  .record(
    {
      id: fc.uuid(),
      account,
      roleName,
      displayName: plainText(64),
      colour,
      site: fc.constantFrom('cn' as const, 'intl' as const),
      favourite: fc.boolean(),
      group: plainText(64),
      tags: fc.uniqueArray(plainText(32), { minLength: 1, maxLength: 20 }),
      landingUrl,
      createdAt: fc.nat(),
      updatedAt: fc.nat(),
    },
    { requiredKeys: ['id', 'account', 'roleName', 'colour', 'favourite', 'createdAt', 'updatedAt'] },
  )
  .map((b) => b as Bookmark);

/** Bookmarks naming distinct roles, as one list holds them. */
export const bookmarks = (maxLength = 30) => fc.uniqueArray(bookmark, { maxLength, selector: roleKey });
