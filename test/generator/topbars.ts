// A seeded generator of console top bars the extension has never been written against: the
// same identity drawn in many structures (label + sibling, dt/dd, table cells, "Label: value"
// in one text node, nested values, hidden menus, menus drawn only on hover), label wordings of
// both languages, separators, value formats ("role/session", "role/session @ alias",
// "role/session (alias)", the alias nested or in its own row), badges, switch-back links and
// page noise that looks like identity rows but is not. Used by unit tests (happy-dom) and by
// the fake console (FakeConfig.topbar = 'generated'). Each bar says what a careful reader
// could know from it, so a test can demand "correct or unknown, never wrong".
import { escapeHtml } from '../fake-console/html';
import { rng, type Rng } from './rng';

export interface BarIdentity {
  kind: 'role' | 'user' | 'root';
  /** "devops/alice" for a role, the login name otherwise. */
  current: string;
  /** Alias (or default domain) of the account acted in. */
  account: string;
  accountId: string;
  /** While a role is active: who signed in. */
  logon?: { name: string; account: string };
}

export interface GeneratedBar {
  seed: number;
  /** Markup for the page's <body> (the bar and page noise). */
  html: string;
  /** The bar alone, for a page that draws it late (the fake console). */
  header: string;
  /** The bar's rows are not in the page until the avatar is hovered: nobody can read them. */
  hoverOnly: boolean;
  /** What the variant is made of, for failure messages and counts. */
  traits: string[];
}

const LABELS = {
  en: {
    current: ['Current', 'Current identity', 'CurrentName', 'Acting as', 'Current user', 'Current Identity', 'Current principal', 'Now acting as'],
    logon: ['Login Name', 'Logon identity', 'Signed in as', 'Login user', 'Logged in as', 'Sign-in identity'],
    account: ['Alias', 'Account', 'Account alias', 'Enterprise alias', 'Account ID', 'Current account'],
    role: ['Role', 'RAM role'],
    badge: { role: ['Role', 'STS'], user: ['RAM User', 'Subaccount'], root: ['Main account', 'Root'] },
    switchBack: ['Switch Back to Logon User', 'Back to logon identity'],
  },
  zh: {
    current: ['当前身份', '当前', '当前用户', '当前账号身份'],
    logon: ['登录身份', '登录名', '登录用户', '登陆身份'],
    account: ['企业别名', '账号', '账号别名', '账号ID', '当前账号'],
    role: ['角色', '当前角色'],
    badge: { role: ['角色'], user: ['子账号', 'RAM 用户'], root: ['主账号'] },
    switchBack: ['返回登录身份'],
  },
} as const;

type Lang = keyof typeof LABELS;
type Layout = 'sibling' | 'dl' | 'table' | 'inline' | 'legacy' | 'nested' | 'grid';
const LAYOUTS: Layout[] = ['sibling', 'dl', 'table', 'inline', 'legacy', 'nested', 'grid'];

const e = escapeHtml;

/** Class names that mean nothing, as styled-components makes them. */
function hashed(r: Rng): string {
  return `sc-${r.pick(['a', 'b', 'c', 'd', 'k', 'x'])}${r.int(1000, 99999).toString(36)}`;
}

interface Row {
  label: string;
  /** Value markup (already escaped). */
  value: string;
}

function separator(r: Rng, lang: Lang): string {
  return r.pick(lang === 'zh' ? ['：', ':', ''] : [':', '', ' :']);
}

function rowMarkup(r: Rng, layout: Layout, row: Row, sep: string): string {
  const label = e(row.label);
  switch (layout) {
    case 'sibling':
      return `<div class="${hashed(r)}"><span class="${hashed(r)}">${label}${e(sep)}</span><span class="${hashed(r)}">${row.value}</span></div>`;
    case 'dl':
      return `<dt>${label}${e(sep)}</dt><dd>${row.value}</dd>`;
    case 'table':
      return r.bool()
        ? `<tr><th scope="row">${label}${e(sep)}</th><td>${row.value}</td></tr>`
        : `<tr><td class="${hashed(r)}"><span>${label}</span></td><td>${row.value}</td></tr>`;
    case 'inline':
      return `<div class="${hashed(r)}">${label}${e(sep || ':')} ${row.value}</div>`;
    case 'legacy':
      return `<div class="user-identity-item"><label>${label}<span class="user-identity-colon">${e(sep || ':')}</span></label>${row.value}</div>`;
    case 'nested':
      return `<div class="${hashed(r)}"><div class="${hashed(r)}"><em>${label}</em>${e(sep)}</div><div class="${hashed(r)}"><p>${row.value}</p></div></div>`;
    case 'grid':
      return `<span role="term" class="${hashed(r)}">${label}${e(sep)}</span><span role="definition" class="${hashed(r)}">${row.value}</span>`;
  }
}

function wrapRows(r: Rng, layout: Layout, rows: string[]): string {
  const inner = rows.join('\n');
  if (layout === 'dl') return `<dl class="${hashed(r)}">${inner}</dl>`;
  if (layout === 'table') return `<table class="${hashed(r)}"><tbody>${inner}</tbody></table>`;
  if (layout === 'grid') return `<div class="${hashed(r)}" style="display:grid">${inner}</div>`;
  return `<div class="${hashed(r)}">${inner}</div>`;
}

/** The role session's value, with the account inline in one of the forms consoles use, or not. */
function roleValue(r: Rng, who: BarIdentity): { value: string; accountInline: boolean; trait: string } {
  const [role, session] = who.current.split('/');
  const plain = `${e(role!)}/${e(session!)}`;
  switch (r.int(0, 4)) {
    case 0:
      return { value: plain, accountInline: false, trait: 'role/session' };
    case 1:
      return { value: `${plain} @ ${e(who.account)}`, accountInline: true, trait: 'role/session @ alias' };
    case 2:
      return { value: `${plain} (${e(who.account)})`, accountInline: true, trait: 'role/session (alias)' };
    case 3:
      return { value: `<span>${plain}</span> <span class="${hashed(r)}">@ <b>${e(who.account)}</b></span>`, accountInline: true, trait: 'alias nested' };
    default:
      return { value: `<span>${plain}</span><small>（${e(who.account)}）</small>`, accountInline: true, trait: 'alias nested in brackets' };
  }
}

/** Page content that mentions accounts, roles and "current" things without being identity rows. */
function noise(r: Rng, lang: Lang): string {
  const pieces = [
    `<table class="${hashed(r)}"><thead><tr><th>${lang === 'zh' ? '角色' : 'Role'}</th><th>${lang === 'zh' ? '账号' : 'Account'}</th><th>${lang === 'zh' ? '描述' : 'Description'}</th></tr></thead><tbody><tr><td>reader</td><td>billing-team</td><td>read only</td></tr></tbody></table>`,
    `<p>${lang === 'zh' ? '当前地域：华东1（杭州）' : 'Current region: cn-hangzhou'}</p>`,
    `<section><h2>${lang === 'zh' ? '账号设置' : 'Account settings'}</h2><p>${lang === 'zh' ? '管理你的账号。' : 'Manage your account.'}</p></section>`,
    `<div class="${hashed(r)}">${lang === 'zh' ? '实例' : 'Instances'}: 42</div>`,
    `<ul><li>ops-admin/backup-job</li><li>reports@billing-team.onaliyun.com</li></ul>`,
  ];
  return r.shuffle(pieces).slice(0, r.int(1, pieces.length)).join('\n');
}

export function generateTopBar(seed: number, who: BarIdentity, forcedLang?: Lang, exitUrl = 'https://signin.aliyun.com/exitSwitchedRole.htm'): GeneratedBar {
  const r = rng(seed);
  const lang: Lang = forcedLang ?? r.pick(['en', 'zh'] as const);
  const L = LABELS[lang];
  const layout = r.pick(LAYOUTS);
  const sep = separator(r, lang);
  const traits: string[] = [lang, layout, `sep "${sep}"`];
  const rows: Row[] = [];

  if (who.kind === 'role') {
    const v = roleValue(r, who);
    traits.push(v.trait);
    const currentLabel = r.pick(L.current);
    traits.push(`label "${currentLabel}"`);
    rows.push({ label: currentLabel, value: v.value });
    if (!v.accountInline || r.bool(0.3)) {
      const useId = r.bool(0.25);
      const accountLabel = useId ? (lang === 'zh' ? '账号ID' : 'Account ID') : r.pick(L.account.filter((l) => !/id/i.test(l)));
      rows.push({ label: accountLabel, value: e(useId ? who.accountId : who.account) });
      traits.push(useId ? 'ID row' : 'alias row');
    }
    if (r.bool(0.3)) {
      rows.push({ label: r.pick(L.role), value: e(who.current.split('/')[0]!) });
      traits.push('role row');
    }
  } else {
    rows.push({ label: r.pick(L.current), value: e(who.current) });
    if (r.bool(0.7)) rows.push({ label: r.pick(L.account.filter((l) => !/id/i.test(l))), value: e(who.account) });
  }
  const blocks = [wrapRows(r, layout, rows.map((row) => rowMarkup(r, layout, row, sep)))];
  if (who.logon && r.bool(0.8)) {
    const logonRows: Row[] = [{ label: r.pick(L.logon), value: e(who.logon.name) }];
    if (r.bool()) logonRows.push({ label: r.pick(L.account.filter((l) => !/id|current|当前/i.test(l))), value: e(who.logon.account) });
    blocks.push(wrapRows(r, layout, logonRows.map((row) => rowMarkup(r, layout, row, sep))));
    traits.push('logon rows');
  }
  if (r.bool(0.6)) {
    const badge = r.pick(L.badge[who.kind]);
    const tag = `<span class="${r.pick(['next-tag', hashed(r), 'user-identity-sign'])}">${e(badge)}</span>`;
    blocks[0] = r.bool() ? `<div class="${hashed(r)}">${tag}${blocks[0]}</div>` : blocks[0]!.replace(/<\/(div|dl|table)>$/, `</$1>${tag}`);
    traits.push('badge');
  }
  const links =
    who.kind === 'role' && r.bool(0.8)
      ? `<div class="${hashed(r)}"><a href="${r.bool() || forcedLang ? e(exitUrl) : '#'}">${e(r.pick(L.switchBack))}</a></div>`
      : '';
  const panelHidden = r.pick(['', ' hidden', ' style="display:none"', ' aria-hidden="true"', ' style="visibility:hidden"']);
  if (panelHidden) traits.push('hidden panel');
  const hoverOnly = r.bool(0.1);
  if (hoverOnly) traits.push('hover-only');
  // The avatar toggle shows a bare name, with no label: only a weak hint, never read alone.
  const toggle = `<button class="${hashed(r)}" aria-haspopup="menu"><span aria-hidden="true">${e(who.current[0]!.toUpperCase())}</span><span>${e(who.current)}</span></button>`;
  const panel = hoverOnly ? '' : `<div class="${hashed(r)}" role="menu"${panelHidden}>${blocks.join('\n')}${links}</div>`;
  const header = `<header class="${hashed(r)}"><a href="/">Alibaba Cloud</a><nav>${lang === 'zh' ? '控制台' : 'Console'}</nav><div class="${hashed(r)}">${toggle}${panel}</div></header>`;
  const body = r.bool(0.5) ? `${header}\n<main>${noise(r, lang)}</main>` : `<main>${noise(r, lang)}</main>\n<div id="portal">${header}</div>`;
  return { seed, html: body, header, hoverOnly, traits };
}
