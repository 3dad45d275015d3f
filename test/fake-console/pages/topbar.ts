// The console's top bar, showing who is acting, in two markups:
// legacy — the jQuery/template-era structure that public console code shows
//          (console-spec.md, "Legacy top bar"), prepended to <body> after a JSONP-like delay;
// modern — a client-rendered header with hashed class names and plain label/value text.
// Both are built here as escaped markup and inserted by a small page script after
// FakeConfig.topbarDelayMs, so the bar is absent at DOMContentLoaded, as on the real console.

import { html, jsonForScript, Raw } from '../html';
import type { IdentityView } from '../identity';
import { TOPBAR_TEXTS, type Lang } from '../texts';
import { generateTopBar, type BarIdentity } from '../../generator/topbars';

export interface TopbarLinks {
  home: string;
  switchRole: string;
  exit: string;
  logout: string;
}

export function legacyTopbar(v: IdentityView, lang: Lang, links: TopbarLinks): Raw {
  const t = TOPBAR_TEXTS[lang];
  const l = t.legacy;
  const item = (label: string, value: string) =>
    html`<div class="user-identity-item"><label>${label}<span class="user-identity-colon">:</span></label>${value}</div>`;
  const badge = { sts: l.role, sub: l.user, main: l.root }[v.type];
  return html`<div class="console-component-topbar">
<div class="topbar-wrap">
<a class="topbar-logo" href="${links.home}">Alibaba Cloud</a>
<a class="topbar-home-link" href="${links.home}">${t.console}</a>
<div class="topbar-right">
<a class="topbar-btn topbar-search" href="javascript:void(0)">${t.search}</a>
<div class="topbar-info topbar-info-dropdown">
<a class="topbar-btn topbar-info-dropdown-toggle" href="javascript:void(0)"><span class="topbar-info-dropdown-toggle-name">${v.current}</span></a>
<div class="topbar-info-dropdown-memu">
<div class="topbar-info-btn-identity">
<div class="user-identity">${item(l.current, v.current)}${item(l.alias, v.account)}<div class="user-identity-sign">${badge}</div></div>
${v.logon ? html`<div class="user-identity">${item(l.login, v.logon.name)}${item(l.alias, v.logon.account)}<div class="user-identity-sign">${l.user}</div></div>` : ''}
<div class="user-identity-links"><a class="user-btn-link" href="${links.switchRole}">${l.switchRole}</a>${
    v.logon ? html`<a class="user-btn-link" href="${links.exit}">${l.exit}</a>` : ''
  }</div>
</div>
</div>
</div>
</div>
</div>
</div>`;
}

export function modernTopbar(v: IdentityView, lang: Lang, links: TopbarLinks): Raw {
  const t = TOPBAR_TEXTS[lang];
  const m = t.modern;
  const row = (label: string, value: string) =>
    html`<div class="sc-fnykZs"><span class="sc-gXmSlM">${label}</span><span class="sc-kLLXSd">${value}</span></div>`;
  const tag = { sts: m.role, sub: m.user, main: m.root }[v.type];
  return html`<header class="sc-kDTinF" data-spm="topbar">
<a class="sc-bZkfAO" href="${links.home}">Alibaba Cloud</a>
<a class="sc-gKclnd" href="${links.home}">${t.console}</a>
<div class="sc-iCfMLu" role="search">${t.search}…</div>
<div class="sc-furwcr">
<div class="sc-pVTFL" role="button" tabindex="0" aria-haspopup="menu" aria-expanded="false">
<span class="sc-jrQzAO" aria-hidden="true">${(v.current[0] ?? '?').toUpperCase()}</span>
<span class="sc-kDDrLX"><span>${v.current}</span><span>${v.account}</span></span>
</div>
<div class="sc-iqcoie" role="menu" hidden>
<div class="sc-crXcEl"><span class="next-tag next-tag-primary">${tag}</span></div>
${row(m.current, v.current)}
${row(m.account, v.account)}
${v.logon ? row(m.logon, v.logon.name) : ''}
<div class="sc-fEOsli">
<a class="sc-hTBuwn" role="menuitem" href="${links.switchRole}">${m.switchRole}</a>
${v.logon ? html`<a class="sc-hTBuwn" role="menuitem" href="${links.exit}">${m.exit}</a>` : ''}
<a class="sc-hTBuwn" role="menuitem" href="${links.logout}">${m.signOut}</a>
</div>
</div>
</div>
</header>`;
}

/** A bar from the seeded generator (test/generator/topbars.ts): a markup no reader was written for. */
export function generatedTopbar(v: IdentityView, lang: Lang, seed: number, links: TopbarLinks): Raw {
  const who: BarIdentity = {
    kind: v.type === 'sts' ? 'role' : v.type === 'sub' ? 'user' : 'root',
    current: v.current,
    account: v.account,
    accountId: v.currentPk,
    ...(v.logon ? { logon: { name: v.logon.name, account: v.logon.account } } : {}),
  };
  return new Raw(generateTopBar(seed, who, lang, links.exit).header);
}

const TOPBAR_SCRIPT = String.raw`
(function (style, markup, delayMs) {
  setTimeout(function () {
    if (style === 'legacy') {
      document.body.insertAdjacentHTML('afterbegin', markup);
      var dropdown = document.querySelector('.topbar-info-dropdown');
      dropdown.querySelector('.topbar-info-dropdown-toggle').addEventListener('click', function (e) {
        e.preventDefault();
        dropdown.classList.toggle('open');
      });
      return;
    }
    var root = document.getElementById('topbar-root');
    root.innerHTML = markup;
    var button = root.querySelector('[aria-haspopup="menu"]');
    var menu = root.querySelector('[role="menu"]');
    function setOpen(open) { menu.hidden = !open; button.setAttribute('aria-expanded', String(open)); }
    button.addEventListener('click', function () { setOpen(menu.hidden); });
    button.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); setOpen(menu.hidden); }
    });
    document.addEventListener('click', function (e) {
      if (!root.querySelector('.sc-furwcr').contains(e.target)) setOpen(false);
    });
  }, delayMs);
})`;

export function topbarScript(style: 'legacy' | 'modern', markup: Raw, delayMs: number): Raw {
  return html`<script>${new Raw(TOPBAR_SCRIPT)}(${jsonForScript(style)}, ${jsonForScript(markup.value)}, ${jsonForScript(delayMs)});</script>`;
}
