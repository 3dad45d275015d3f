// A seeded generator of Switch Role pages in markups the extension has never seen: structure
// (form, div app, table, definition list), label wording (English and Chinese, old and new,
// with or without a colon), how a label is tied to its field (for, wrapping, text before it,
// aria-label, aria-labelledby, title, placeholder only, nothing), field names (meaningful,
// meaningless, none), decoys (hidden inputs, honeypots, a search box outside the form, a
// newsletter field in the footer), field order, the submit control, where the form posts,
// late rendering, and where and for how long the console shows its error.
//
// Each page comes with its ground truth: which input is the account, which the role, and
// whether a careful reader SHOULD be able to tell. Pages that are ambiguous by construction
// (the same label twice, a label that contradicts a placeholder, a reversed order that only
// one label reveals) have no truth: refusing them is correct, filling them is a guess.
//
// Pure: the same seed gives the same page, in Node (unit tests) and in the fake console.

export type Lang = 'en' | 'zh';
export type Structure = 'form' | 'div' | 'table' | 'dl';
export type Linkage = 'for' | 'wrap' | 'preceding' | 'aria-label' | 'aria-labelledby' | 'title' | 'placeholder' | 'none';
export type Names = 'meaningful' | 'meaningless' | 'none';
export type Decoy = 'hidden-input' | 'honeypot' | 'search-outside' | 'newsletter-footer';
export type SubmitKind = 'button' | 'input' | 'div-role';
export type Ambiguity = 'same-label-twice' | 'label-contradicts-placeholder' | 'reversed-one-label';
export type ErrorContainer = 'alert' | 'error-class' | 'fusion' | 'toast' | 'plain';
export type ErrorLifetime = 'stays' | 'toast-2s' | 'one-frame';
/** Where the form's values go: a real POST to a path of the sign-in host, or the app's JSON API. */
export type Posts = '/switchRole.htm' | '/switchRole.do' | '/ram/switch' | 'api';

export interface SwitchPageSpec {
  seed: number;
  lang: Lang;
  structure: Structure;
  wording: 'old' | 'new' | 'short';
  colon: boolean;
  linkage: { account: Linkage; role: Linkage };
  names: Names;
  decoys: Decoy[];
  order: 'account-first' | 'role-first';
  submit: SubmitKind;
  submitText: string;
  ambiguity: Ambiguity | null;
  error: { container: ErrorContainer; lifetime: ErrorLifetime };
  /** 0: in the HTML; otherwise drawn by a script after this many ms. */
  lateMs: number;
  posts: Posts;
  /** The names the fields post under (real POSTs only). */
  fieldNames: { account: string; role: string } | null;
  /** Whether the fields sit in a <form> (always for 'form'; half the time for the others). */
  inForm: boolean;
}

export interface GeneratedSwitchPage {
  spec: SwitchPageSpec;
  /** Everything inside <body>, without scripts: the page as a server (or a late render) draws it. */
  body: string;
  /** Only the switch form's part of `body`: what a late render inserts into `#gen-root`. */
  formHtml: string;
  /** `body` with `#gen-root` empty (a late-rendered page before its form appears). */
  skeleton: string;
  /** Indexes into the page's `querySelectorAll('input')`, or null when ambiguous by construction. */
  truth: { account: number; role: number } | null;
  /** Where the fields really are, ambiguous or not (the account: the last one labelled so). */
  actual: { account: number; role: number };
  /** A short human description, printed with the seed when a test fails. */
  describe: string;
}

// ---- PRNG ------------------------------------------------------------------------------

/** mulberry32: small, fast, good enough to vary markup; deterministic per seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: Rand, p: number) => r() < p;
const token = (r: Rand, n = 5) => Array.from({ length: n }, () => pick(r, [...'abcdefghjkmnpqrstuvwxyz23456789'])).join('');

// ---- words -----------------------------------------------------------------------------

const ACCOUNT_WORDS: Record<Lang, Record<SwitchPageSpec['wording'], readonly string[]>> = {
  en: {
    old: ['Enterprise Alias/Default Domain Name', 'Enterprise alias'],
    new: ['Account Alias / Default Domain / Account ID', 'Account alias or default domain'],
    short: ['Account', 'Account ID', 'Alias'],
  },
  zh: {
    old: ['企业别名/默认域名', '企业别名'],
    new: ['账号别名/默认域名/账号ID', '企业别名或默认域名'],
    short: ['账号', '账号ID', '别名'],
  },
};
const ROLE_WORDS: Record<Lang, Record<SwitchPageSpec['wording'], readonly string[]>> = {
  en: { old: ['Role Name'], new: ['Role Name', 'RAM role name'], short: ['Role'] },
  zh: { old: ['角色名称'], new: ['角色名称', 'RAM角色名称'], short: ['角色'] },
};
const PLACEHOLDERS = {
  account: { en: ['Enter an alias, default domain or account ID', 'Account alias'], zh: ['请输入企业别名、默认域名或账号ID', '请输入企业别名'] },
  role: { en: ['Enter the role name', 'Role name'], zh: ['请输入角色名称', '角色名称'] },
} as const;
/** Placeholders that are example values: no signal either way. */
const EXAMPLES = { account: ['company1.onaliyun.com', 'e.g. 1234567890123456'], role: ['e.g. ecs-admin', 'devops'] } as const;
export const SUBMIT_TEXTS: Record<Lang, readonly string[]> = { en: ['Switch', 'Submit', 'Switch Role', 'OK', 'Confirm'], zh: ['切换', '提交', '确定', '切换身份', '确认'] };
const TITLES = { en: ['Switch Role', 'Switch Identity'], zh: ['切换身份', '切换角色'] } as const;
const INTROS = {
  en: 'Switch to a RAM role of another account. You act with the role’s permissions until you switch back to your logon identity.',
  zh: '切换到其他账号下的RAM角色。切换后将以该角色的权限操作,直到返回登录身份。请确认您有权扮演该角色。',
} as const;
const MEANINGFUL = { account: ['parentAlias', 'account', 'alias', 'accountName', 'domain'], role: ['roleName', 'role', 'ramRole'] } as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---- the spec ----------------------------------------------------------------------------

const LINKAGES: readonly Linkage[] = ['for', 'wrap', 'preceding', 'aria-label', 'aria-labelledby', 'title', 'placeholder', 'none'];

export function switchPageSpec(seed: number): SwitchPageSpec {
  const r = prng(seed);
  const lang = pick(r, ['en', 'zh'] as const);
  const structure = pick(r, ['form', 'div', 'table', 'dl'] as const);
  // Most pages tie both fields the same way; some mix.
  const a = pick(r, LINKAGES);
  const linkage = { account: a, role: chance(r, 0.7) ? a : pick(r, LINKAGES) };
  const names = pick(r, ['meaningful', 'meaningless', 'none'] as const);
  const decoys = (['hidden-input', 'honeypot', 'search-outside', 'newsletter-footer'] as const).filter(() => chance(r, 0.45));
  // Role first only where some signal says so: two fields that say nothing, in the reverse of
  // every known order, would fool any reader (position is the only evidence, and it lies).
  const saysSomething = (l: Linkage) => l !== 'none' || names === 'meaningful';
  const order = chance(r, 0.8) || !(saysSomething(linkage.account) || saysSomething(linkage.role)) ? 'account-first' : 'role-first';
  const submit = pick(r, ['button', 'input', 'div-role'] as const);
  const roll = r();
  const ambiguity: Ambiguity | null = roll < 0.06 ? 'same-label-twice' : roll < 0.12 ? 'label-contradicts-placeholder' : null;
  const container = pick(r, ['alert', 'error-class', 'fusion', 'toast', 'plain'] as const);
  const hasForm = structure === 'form' || chance(r, 0.5);
  const posts: Posts = hasForm && names !== 'none' ? pick(r, ['/switchRole.htm', '/switchRole.do', '/ram/switch', 'api'] as const) : 'api';
  // A page that posts is drawn anew with its error: a content script reads it once loaded,
  // so the error lives at least as long as a toast. An app's error may last one frame.
  const lifetime = pick(r, posts === 'api' ? (['stays', 'toast-2s', 'one-frame'] as const) : (['stays', 'toast-2s'] as const));
  const spec: SwitchPageSpec = {
    seed,
    lang,
    structure,
    wording: pick(r, ['old', 'new', 'short'] as const),
    colon: chance(r, 0.5),
    linkage,
    names,
    decoys,
    order,
    submit,
    submitText: pick(r, SUBMIT_TEXTS[lang]),
    ambiguity,
    error: { container, lifetime },
    lateMs: chance(r, 0.3) ? pick(r, [300, 800, 1500]) : 0,
    posts,
    fieldNames: null,
    inForm: hasForm,
  };
  // A reversed order that only one field's label reveals: the other field's place says "account".
  if (!spec.ambiguity && order === 'role-first' && !(saysSomething(linkage.account) && saysSomething(linkage.role))) spec.ambiguity = 'reversed-one-label';
  return spec;
}

// ---- the page ---------------------------------------------------------------------------

interface Field {
  kind: 'account' | 'role' | 'decoy';
  label: string;
  linkage: Linkage;
  placeholder: string;
  name: string | null;
  id: string | null;
  /** How a decoy is hidden, as attributes on the input or its item. */
  hide?: { item?: string; input?: string };
}

/** Every way a field can be invisible to a person, as password managers check it. */
const HIDINGS: readonly { item?: string; input?: string }[] = [
  { input: 'type="hidden"' },
  { input: 'hidden' },
  { input: 'style="display:none"' },
  { item: 'style="display: none"' },
  { item: 'style="visibility:hidden"' },
  { input: 'aria-hidden="true"' },
  { item: 'aria-hidden="true"' },
  { input: 'style="width:0;height:0;border:0;padding:0"' },
  { input: 'style="position:absolute;left:-10000px;top:auto"' },
  { input: 'style="opacity:0"' },
  { item: 'class="gen-hp"' }, // hidden by the page's stylesheet
];

export function generateSwitchPage(seed: number): GeneratedSwitchPage {
  const spec = switchPageSpec(seed);
  const r = prng(seed ^ 0x5f3759df);
  const { lang } = spec;
  const colon = (s: string) => (spec.colon ? `${s}${lang === 'zh' ? '：' : ':'}` : s);
  const accountLabel = colon(pick(r, ACCOUNT_WORDS[lang][spec.wording]));
  const roleLabel = colon(pick(r, ROLE_WORDS[lang][spec.wording]));
  const fieldName = (kind: 'account' | 'role', i: number): string | null =>
    spec.names === 'meaningful' ? pick(r, MEANINGFUL[kind]) : spec.names === 'meaningless' ? `f${i}` : null;
  const placeholderFor = (kind: 'account' | 'role', linkage: Linkage) =>
    linkage === 'placeholder' ? pick(r, PLACEHOLDERS[kind][lang]) : chance(r, 0.3) ? pick(r, EXAMPLES[kind]) : '';

  const make = (kind: 'account' | 'role', i: number): Field => ({
    kind,
    label: kind === 'account' ? accountLabel : roleLabel,
    linkage: spec.linkage[kind],
    placeholder: placeholderFor(kind, spec.linkage[kind]),
    name: fieldName(kind, i),
    id: spec.linkage[kind] === 'for' ? `i${token(r, 4)}` : null,
  });
  let fields: Field[] = [make('account', 1), make('role', 2)];
  if (spec.order === 'role-first') fields.reverse();
  if (spec.ambiguity === 'same-label-twice') {
    // A second field labelled (and named) exactly like the account field, visible, before it.
    const account = fields.find((f) => f.kind === 'account')!;
    fields = [{ ...account, id: account.id ? `i${token(r, 4)}` : null }, ...fields];
  }
  if (spec.ambiguity === 'label-contradicts-placeholder') {
    // The first field's label says one thing, its placeholder the other.
    const first = fields[0]!;
    const other = first.kind === 'account' ? 'role' : 'account';
    fields[0] = { ...first, linkage: first.linkage === 'placeholder' || first.linkage === 'none' ? 'for' : first.linkage, id: first.id ?? `i${token(r, 4)}`, placeholder: pick(r, PLACEHOLDERS[other][lang]) };
  }
  const decoys: Field[] = [];
  if (spec.decoys.includes('hidden-input') || spec.decoys.includes('honeypot')) {
    // Labelled like a real field, so that seeing it would make the form ambiguous (or worse).
    const kind = pick(r, ['account', 'role'] as const);
    const hide = spec.decoys.includes('honeypot') ? pick(r, HIDINGS.slice(1)) : pick(r, HIDINGS);
    // Its name never equals a real field's: a POST must not carry two values under one name.
    const taken = fields.map((f) => f.name);
    const name = pick(r, MEANINGFUL[kind]);
    decoys.push({ kind: 'decoy', label: kind === 'account' ? accountLabel : roleLabel, linkage: pick(r, ['preceding', 'aria-label', 'title'] as const), placeholder: '', name: taken.includes(name) ? `${name}2` : name, id: null, hide });
  }
  const all = [...fields];
  for (const d of decoys) all.splice(Math.floor(r() * (all.length + 1)), 0, d);

  // Inputs are counted as they are written: the truth is their index in the page.
  let inputCount = 0;
  const index: Partial<Record<'account' | 'role' | 'twin', number>> = {};
  const cls = () => `sc-${token(r, 6)}`;

  const inputTag = (f: Field): string => {
    const at = inputCount++;
    if (f.kind !== 'decoy' && index[f.kind] === undefined) index[f.kind] = at;
    else if (f.kind === 'account') index.twin = at;
    const attrs: string[] = [];
    const hiddenType = f.hide?.input === 'type="hidden"';
    if (!hiddenType) attrs.push('type="text"');
    if (f.hide?.input) attrs.push(f.hide.input);
    if (f.name) attrs.push(`name="${esc(f.name)}"`);
    if (f.id) attrs.push(`id="${f.id}"`);
    if (f.linkage === 'aria-label') attrs.push(`aria-label="${esc(f.label)}"`);
    if (f.linkage === 'title') attrs.push(`title="${esc(f.label)}"`);
    if (f.placeholder) attrs.push(`placeholder="${esc(f.placeholder)}"`);
    attrs.push(`class="${cls()}"`, 'autocomplete="off"');
    return `<input ${attrs.join(' ')}>`;
  };

  /** A field's label and input, in the structure's cells. */
  const fieldParts = (f: Field): { labelCell: string; inputCell: string } => {
    if (f.linkage === 'aria-labelledby') {
      const lid = `l${token(r, 5)}`;
      const input = inputTag(f).replace('<input ', `<input aria-labelledby="${lid}" `);
      return { labelCell: `<span id="${lid}" class="${cls()}">${esc(f.label)}</span>`, inputCell: input };
    }
    switch (f.linkage) {
      case 'for':
        return { labelCell: `<label for="${f.id}" class="${cls()}">${esc(f.label)}</label>`, inputCell: inputTag(f) };
      case 'wrap':
        return { labelCell: '', inputCell: `<label class="${cls()}"><span>${esc(f.label)}</span> ${inputTag(f)}</label>` };
      case 'preceding': {
        const tag = pick(r, ['span', 'div', 'p']);
        const required = chance(r, 0.3) ? ' <i class="req">*</i>' : '';
        return { labelCell: `<${tag} class="${cls()}">${esc(f.label)}${required}</${tag}>`, inputCell: inputTag(f) };
      }
      default:
        return { labelCell: '', inputCell: inputTag(f) };
    }
  };
  const itemOf = (f: Field): string => {
    const { labelCell, inputCell } = fieldParts(f);
    const label = labelCell;
    // The item's own class, plus the stylesheet's hiding class when that is how it is hidden.
    const hideClass = f.hide?.item?.startsWith('class=') ? ` ${f.hide.item.slice(7, -1)}` : '';
    const hideAttr = hideClass ? '' : (f.hide?.item ?? '');
    const own = () => `class="${cls()}${hideClass}" ${hideAttr}`;
    switch (spec.structure) {
      case 'table':
        return `<tr ${own()}><td class="${cls()}">${label}</td><td>${inputCell}</td></tr>`;
      case 'dl':
        return `<dt ${own()}>${label}</dt><dd ${own()}>${inputCell}</dd>`;
      default:
        return `<div ${own()}>${label ? `<div class="${cls()}">${label}</div>` : ''}<div class="${cls()}">${inputCell}</div></div>`;
    }
  };

  const submitTag = (() => {
    const text = esc(spec.submitText);
    switch (spec.submit) {
      case 'button':
        return `<button type="${spec.posts === 'api' ? 'button' : 'submit'}" class="${cls()}">${text}</button>`;
      case 'input':
        return `<input type="${spec.posts === 'api' ? 'button' : 'submit'}" value="${text}" class="${cls()}">`;
      case 'div-role':
        return `<div role="button" tabindex="0" class="${cls()}">${text}</div>`;
    }
  })();
  // The submit control is an input too when it is one: count it where it stands.
  const countSubmit = () => {
    if (spec.submit === 'input') inputCount++;
  };

  const { inForm } = spec;
  const csrf = inForm ? (inputCount++, `<input type="hidden" name="sec_token" value="{{csrf}}">`) : '';
  const items = all.map(itemOf);
  let inner: string;
  switch (spec.structure) {
    case 'table': {
      const rows = items.join('\n');
      const submitRow = `<tr><td></td><td>${(countSubmit(), submitTag)}</td></tr>`;
      inner = `<table class="${cls()}"><tbody>${rows}${submitRow}</tbody></table>`;
      break;
    }
    case 'dl': {
      const list = `<dl class="${cls()}">${items.join('\n')}</dl>`;
      inner = `${list}<div class="${cls()}">${(countSubmit(), submitTag)}</div>`;
      break;
    }
    default:
      inner = `${items.join('\n')}<div class="${cls()}">${(countSubmit(), submitTag)}</div>`;
  }
  const title = pick(r, TITLES[lang]);
  const titleTag = chance(r, 0.5) ? `<h1>${title}</h1>` : `<div class="${cls()}">${title}</div>`;
  const container = inForm
    ? `<form method="post" action="${spec.posts === 'api' ? '#' : spec.posts}" class="${cls()}">${csrf}${inner}</form>`
    : `<div class="${cls()}">${inner}</div>`;
  const formHtml = `${titleTag}<p class="${cls()}">${INTROS[lang]}</p><div id="gen-error-slot"></div>${container}`;

  // Page chrome: decoys outside the form are written before (search) and after (footer) it,
  // and their inputs come before or after the form's in the page's order.
  const searchHtml = spec.decoys.includes('search-outside')
    ? pick(r, [
        `<input type="search" placeholder="${lang === 'zh' ? '搜索文档' : 'Search docs'}" class="${cls()}">`,
        `<input type="text" aria-label="${lang === 'zh' ? '搜索' : 'Search'}" class="${cls()}">`,
        `<input class="${cls()}" placeholder="${lang === 'zh' ? '搜索帮助' : 'Search help'}"><button class="${cls()}">${lang === 'zh' ? '搜索' : 'Search'}</button>`,
      ])
    : '';
  const footerHtml = spec.decoys.includes('newsletter-footer')
    ? pick(r, [
        `<form class="${cls()}"><label>${lang === 'zh' ? '订阅邮件' : 'Newsletter e-mail'} <input type="email" name="email"></label><button>${lang === 'zh' ? '订阅' : 'Subscribe'}</button></form>`,
        `<div class="${cls()}"><span>${lang === 'zh' ? '邮箱' : 'Email'}</span><input type="text" name="email" placeholder="you@example.com"><div role="button">${spec.lang === 'zh' ? '提交' : 'Submit'}</div></div>`,
      ])
    : '';
  const searchInputs = (searchHtml.match(/<input/g) ?? []).length;
  // Indexes were counted inside the form: shift them past the search box's inputs.
  const shift = (n: number | undefined) => (n === undefined ? undefined : n + searchInputs);
  const header = `<header class="${cls()}"><span class="${cls()}">Alibaba Cloud</span>${searchHtml}</header>`;
  const footer = `<footer class="${cls()}">${footerHtml}<span>© 2009-2026 Alibaba Cloud (generated page ${seed})</span></footer>`;
  const style = `<style>.gen-hp{display:none}</style>`;
  const body = `${style}${header}<main><div id="gen-root">${formHtml}</div></main>${footer}`;
  const skeleton = `${style}${header}<main><div id="gen-root"><div class="${cls()}">Loading…</div></div></main>${footer}`;

  const actual = { account: shift(index.twin ?? index.account)!, role: shift(index.role)! };
  const truth = spec.ambiguity ? null : actual;
  if (spec.posts !== 'api') spec.fieldNames = { account: fields.find((f) => f.kind === 'account')!.name!, role: fields.find((f) => f.kind === 'role')!.name! };
  const describe = [
    `seed ${seed}`,
    spec.lang,
    spec.structure + (inForm && spec.structure !== 'form' ? ' in a form' : ''),
    `${spec.wording} wording${spec.colon ? ' with colon' : ''}`,
    `linkage ${spec.linkage.account}/${spec.linkage.role}`,
    `names ${spec.names}`,
    spec.order,
    `submit ${spec.submit} "${spec.submitText}"`,
    spec.decoys.length ? `decoys ${spec.decoys.join(',')}` : 'no decoys',
    spec.ambiguity ? `AMBIGUOUS ${spec.ambiguity}` : '',
    spec.lateMs ? `late ${spec.lateMs} ms` : '',
    `posts ${spec.posts}`,
  ]
    .filter(Boolean)
    .join(', ');
  return { spec, body, formHtml, skeleton, truth, actual, describe };
}

// ---- the console's answer ---------------------------------------------------------------

/** An error element as the page shows it (the container decides how the extension finds it). */
export function errorHtml(container: ErrorContainer, text: string, seed: number): string {
  const r = prng(seed ^ 0x1234);
  const c = `sc-${token(r, 6)}`;
  switch (container) {
    case 'alert':
      return `<div role="alert" class="${c}">${esc(text)}</div>`;
    case 'error-class':
      return `<div class="${c} form-error-tip">${esc(text)}</div>`;
    case 'fusion':
      return `<div class="next-message next-message-error ${c}"><div class="next-message-content">${esc(text)}</div></div>`;
    case 'toast':
      return `<div class="${c} toast-wrapper" role="status" aria-live="polite"><span>${esc(text)}</span></div>`;
    case 'plain':
      return `<div class="${c}"><span class="sc-${token(r, 5)}">${esc(text)}</span></div>`;
  }
}

/** Error texts: the console's known refusals (classified) and one it has never shown (quoted). */
export const GENERATED_ERRORS = {
  notTrusted: { en: "You are not authorized to assume this role. Make sure the role's trust policy allows you.", zh: '您没有权限扮演该角色,请确认角色的信任策略。' },
  unknownRole: { en: 'The role does not exist in the specified account.', zh: '指定账号下不存在该角色。' },
  unrecognised: { en: 'Operation failed (code 4031). Try again later.', zh: '操作失败(错误码 4031),请稍后重试。' },
} as const;
