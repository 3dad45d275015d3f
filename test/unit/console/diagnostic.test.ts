// The diagnostic report carries the page's shape and the labels the extension knows — and no
// value of the user's: generated pages are filled with aliases, role and session names, e-mails,
// account IDs, CSRF tokens and URLs in text, attributes and input values, and none survives.
import { describe, expect, it } from 'vitest';
import { diagnosticReport } from '@/lib/console/diagnostic';
import { generateSwitchPage, prng } from '../../generator/switch-pages';
import { setBody } from './pages';

/** User-ish values, distinct from any tag, attribute name or label word. */
function userValues(seed: number) {
  const r = prng(seed * 7919);
  const tok = (n: number, chars = 'abcdefghjkmnpqrstuvwxyz23456789') => Array.from({ length: n }, () => chars[Math.floor(r() * chars.length)]).join('');
  const id = `${1 + Math.floor(r() * 9)}${tok(15, '0123456789')}`;
  const alias = `acme-${tok(6)}`;
  const role = `ops-${tok(5)}`;
  const user = `u${tok(6)}`;
  return {
    alias,
    role,
    session: `${role}/${user}`,
    email: `${user}@${alias}.onaliyun.com`,
    id,
    domain: `${id}.onaliyun.com`,
    csrf: tok(32, 'abcdef0123456789'),
    url: `https://${alias}.example.com/${tok(8)}?t=${tok(10)}`,
  };
}

function pageWithValues(seed: number, v: ReturnType<typeof userValues>): Document {
  const page = generateSwitchPage(seed);
  const doc = setBody(page.body.replace('{{csrf}}', v.csrf));
  const inputs = [...doc.querySelectorAll('input')];
  inputs.forEach((input, i) => (input.value = [v.alias, v.role, v.email, v.id][i % 4]!));
  inputs[0]?.setAttribute('data-prefill', v.domain);
  // A top bar acting as a role, in the words such bars use.
  doc.body.insertAdjacentHTML(
    'afterbegin',
    `<div class="topbar" data-account="${v.id}" title="${v.email}">
       <div><label>Current Identity</label><span>${v.session} @ ${v.alias}</span></div>
       <div>当前身份：${v.session}</div><div>Account ID: ${v.id}</div>
       <div><span>Logon Identity</span> <span>${v.email}</span></div>
       <a href="${v.url}">${v.url}</a><span>${v.domain}</span><span>Role Name</span>
       <div role="alert">The role ${v.role} does not exist in ${v.alias}.</div>
       <input type="hidden" name="sec_token" value="${v.csrf}"><meta content="${v.csrf}">
     </div>`,
  );
  return doc;
}

describe('diagnosticReport', () => {
  it.each(Array.from({ length: 60 }, (_, i) => i + 1))('seed %i: no user value survives', (seed) => {
    const v = userValues(seed);
    const report = diagnosticReport(pageWithValues(seed, v), { extraLabels: ['current identity', 'logon identity', '当前身份'] }).toLowerCase();
    for (const [kind, value] of Object.entries(v)) {
      expect(report.includes(value.toLowerCase()), `seed ${seed}: the ${kind} "${value}" is in the report`).toBe(false);
      // Not even a piece of one: the random part of each value.
      for (const piece of value.toLowerCase().split(/[-/@.:?=]+/).filter((p) => p.length >= 5 && /\d/.test(p))) {
        expect(report.includes(piece), `seed ${seed}: "${piece}" of the ${kind} is in the report`).toBe(false);
      }
    }
  });

  it('keeps the shape: tags, attribute names, input types, roles, and the known labels', () => {
    setBody(`<form action="/switchRole.do"><div class="sc-x"><label for="a">Account Alias / Default Domain / Account ID:</label>
      <input id="a" name="f1" type="text" value="acme-prod"></div><span>角色名称</span><input name="f2" value="ops-admin">
      <div role="button" class="sc-b">切换</div><div role="status">Role ops-admin does not exist</div></form>`);
    const report = diagnosticReport(document);
    expect(report).toContain('form [action]');
    expect(report).toContain('label [for] "Account Alias / Default Domain / Account ID:"');
    expect(report).toContain('input [id, name, type, value] type=text');
    expect(report).toContain('span "角色名称"');
    expect(report).toContain('div [class, role] role=button "切换"');
    expect(report).toMatch(/div \[role\] role=status$/m);
    expect(report).not.toMatch(/acme|ops-admin|switchRole|f1|sc-b/);
  });

  it('keeps top-bar labels only when told them, and never with a value beside them', () => {
    setBody('<div><label>Current Identity</label></div><div>Current Identity: ops-admin/alice</div>');
    expect(diagnosticReport(document)).not.toContain('Current Identity');
    const report = diagnosticReport(document, { extraLabels: ['current identity'] });
    expect(report).toContain('label "Current Identity"');
    expect(report).not.toContain('alice');
  });

  it('is capped in size', () => {
    setBody('<div data-aaaa data-bbbb data-cccc data-dddd data-eeee data-ffff data-gggg></div>'.repeat(600));
    const report = diagnosticReport(document);
    expect(report.split('\n').at(-1)).toBe('… (cut at 30 000 characters)');
    expect(report.length).toBeLessThanOrEqual(30_100);
  });
});
