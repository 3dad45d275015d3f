// A console page on <product>.console.<site>: window.ALIYUN_CONSOLE_CONFIG in <head> as the
// real pages set it, a side nav and a table, and the top bar (inserted late by script).
// ECS pages navigate client-side (history.pushState) so the extension's banner must follow
// location changes without a reload.

import { documentPage, html, jsonForScript, Raw } from '../html';
import type { IdentityView } from '../identity';
import type { Account } from '../directory';
import type { Lang } from '../texts';
import { productFor, tr, type ProductView } from './products';
import { CONSOLE_CSS } from './styles';
import { generatedTopbar, legacyTopbar, modernTopbar, topbarScript, type TopbarLinks } from './topbar';

export interface ConsolePageInput {
  product: string;
  path: string;
  lang: Lang;
  view: IdentityView;
  /** The account acted in (for the body content). */
  account: Account;
  consoleSuffix: string;
  topbar: 'legacy' | 'modern' | 'none' | 'generated';
  topbarSeed: number;
  withConfig: boolean;
  topbarDelayMs: number;
  links: TopbarLinks;
}

export function consolePage(p: ConsolePageInput): string {
  const product = productFor(p.product);
  const ctx = { account: p.account, consoleSuffix: p.consoleSuffix };
  const title = `${tr(product.title, p.lang)} - Alibaba Cloud`;
  const current = product.nav.find((n) => p.path.startsWith(n.path) && n.path !== '/')?.path ?? product.nav[0]?.path ?? '/';

  const nav = html`<aside class="console-sidenav"><div class="sidenav-title">${tr(product.title, p.lang)}</div><ul>${product.nav.map(
    (n) =>
      html`<li><a href="${n.path}"${new Raw(product.spa ? ' data-spa' : '')} class="${n.path === current ? 'active' : ''}">${tr(n.label, p.lang)}</a></li>`,
  )}</ul></aside>`;

  const topbarMarkup =
    p.topbar === 'legacy'
      ? legacyTopbar(p.view, p.lang, p.links)
      : p.topbar === 'modern'
        ? modernTopbar(p.view, p.lang, p.links)
        : p.topbar === 'generated'
          ? generatedTopbar(p.view, p.lang, p.topbarSeed, p.links)
          : null;

  const spa = product.spa
    ? spaScript(Object.fromEntries(product.nav.map((n) => [n.path, mainContent(product.view(n.path, ctx), p.lang).value])))
    : '';

  return documentPage({
    lang: p.lang,
    title,
    head: html`${p.withConfig ? html`<script>window.ALIYUN_CONSOLE_CONFIG = ${jsonForScript(consoleConfig(p))};</script>` : ''}
${p.withConfig && p.product === 'ecs' ? html`<script>window.ALIYUN_ECS_CONSOLE_CONFIG = ${jsonForScript(ecsConfig(p.view))};</script>` : ''}
${CONSOLE_CSS}`,
    body: html`${p.topbar === 'modern' ? html`<div id="topbar-root" class="sc-dIouRR"></div>` : ''}
<div class="console-layout">
${nav}
<main class="console-main" id="console-main">${mainContent(product.view(current, ctx), p.lang)}</main>
</div>
${topbarMarkup ? topbarScript(p.topbar === 'modern' ? 'modern' : 'legacy', topbarMarkup, p.topbarDelayMs) : ''}
${spa}`,
  });
}

function consoleConfig(p: ConsolePageInput) {
  return {
    CURRENT_PK: p.view.currentPk,
    MAIN_ACCOUNT_PK: p.view.mainAccountPk,
    ACCOUNT_TYPE: p.view.type,
    LOCALE: p.lang === 'zh' ? 'zh-CN' : 'en-US',
    portalType: 'one',
    CHANNEL: 'OFFICIAL',
  };
}

// MASTER_PK: the logon identity's account (an assumption: the public code only names it).
function ecsConfig(v: IdentityView) {
  return {
    CURRENT_PK: v.currentPk,
    MASTER_PK: v.mainAccountPk,
    isChildAccount: v.type !== 'main',
    isRoleAccount: v.type === 'sts',
  };
}

function mainContent(v: ProductView, lang: Lang): Raw {
  return html`<h1>${tr(v.heading, lang)}</h1>
${v.cards ? html`<div class="cards">${v.cards.map((c) => html`<div class="card"><h2>${c.href ? html`<a href="${c.href}">${tr(c.title, lang)}</a>` : tr(c.title, lang)}</h2><div>${tr(c.body, lang)}</div></div>`)}</div>` : ''}
${v.toolbar.length ? html`<div class="console-toolbar">${v.toolbar.map((b, i) => html`<button type="button" class="${i === 0 ? 'primary' : ''}">${tr(b, lang)}</button>`)}</div>` : ''}
<table class="console-table"><thead><tr>${v.columns.map((c) => html`<th>${tr(c, lang)}</th>`)}</tr></thead>
<tbody>${v.rows.length ? v.rows.map((r) => html`<tr>${r.map((cell) => html`<td>${cell}</td>`)}</tr>`) : html`<tr><td colspan="${v.columns.length}">${lang === 'zh' ? '没有数据' : 'No data'}</td></tr>`}</tbody></table>`;
}

const SPA_SCRIPT = String.raw`
(function (pages) {
  function show(path) {
    var key = Object.keys(pages).find(function (k) { return path.indexOf(k) === 0; }) || Object.keys(pages)[0];
    document.getElementById('console-main').innerHTML = pages[key];
    document.querySelectorAll('a[data-spa]').forEach(function (a) {
      a.classList.toggle('active', a.getAttribute('href') === key);
    });
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[data-spa]');
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    history.pushState(null, '', a.getAttribute('href'));
    show(location.pathname);
  });
  window.addEventListener('popstate', function () { show(location.pathname); });
})`;

function spaScript(pages: Record<string, string>): Raw {
  return html`<script>${new Raw(SPA_SCRIPT)}(${jsonForScript(pages)});</script>`;
}
