// The switch-role page in its four markups (FakeConfig.markup):
// classic   — server-rendered <form> with names, ids, <label for> and a CSRF token;
// modern    — an empty #app filled by a script after a delay, controlled inputs, no names;
// no-form   — the page moved: a title and a search box, no recognizable fields;
// ambiguous — two inputs that both look like the account field: nobody should guess.
// More markups (unseen labels and layouts, decoys, generated pages): switch-variants.ts.

import type { FakeConfig } from '../config';
import { documentPage, html, jsonForScript, Raw } from '../html';
import { ERROR_TEXTS, SWITCH_TEXTS } from '../texts';
import { MODERN_SWITCH_APP } from './modern-switch-app';
import { decoyApp, generatedPage, tableForm, unlinkedForm } from './switch-variants';
import { signinFooter, signinHeader } from './signin-chrome';
import { SIGNIN_CSS } from './styles';

export const CSRF_FIELD = 'sec_token';

export interface SwitchPageInput {
  config: FakeConfig;
  csrf: string;
  prefill: { account: string; roleName: string };
  error?: string | null;
  homeUrl: string;
}

export function switchPage(p: SwitchPageInput): string {
  if (p.config.markup === 'generated') {
    const g = generatedPage(p);
    return documentPage({ lang: g.lang, title: g.title, head: SIGNIN_CSS, body: g.body });
  }
  const { lang } = p.config;
  const t = SWITCH_TEXTS[lang];
  const body = {
    classic: classicForm,
    ambiguous: ambiguousForm,
    'no-form': movedNotice,
    modern: modernApp,
    unlinked: unlinkedForm,
    table: tableForm,
    'decoy-app': decoyApp,
  }[p.config.markup](p);
  return documentPage({
    lang,
    title: t.title,
    head: SIGNIN_CSS,
    body: html`${signinHeader(lang)}
<main class="signin-main">${body}</main>
${signinFooter()}`,
  });
}

function texts(p: SwitchPageInput) {
  const t = SWITCH_TEXTS[p.config.lang];
  const v = p.config.labels;
  return { ...t, accountLabel: t.account[v], buttonLabel: t.button[v] };
}

function errorTip(error: string | null | undefined): Raw | '' {
  return error ? html`<div class="error-tip">${error}</div>` : '';
}

function classicForm(p: SwitchPageInput): Raw {
  const t = texts(p);
  return html`<div class="signin-card">
<h1>${t.title}</h1>
<p class="intro">${t.intro}</p>
${errorTip(p.error)}
<form method="post" action="${p.config.formAction}" id="switchRoleForm">
<input type="hidden" name="${CSRF_FIELD}" value="${p.csrf}">
<div class="form-row"><label for="alias">${t.accountLabel}</label>
<input type="text" id="alias" name="parentAlias" value="${p.prefill.account}" autocomplete="off"></div>
<div class="form-row"><label for="roleName">${t.role}</label>
<input type="text" id="roleName" name="roleName" value="${p.prefill.roleName}" autocomplete="off"></div>
<div class="form-actions"><button type="submit" class="btn-primary" id="switchBtn">${t.buttonLabel}</button>
<a href="${p.homeUrl}">${t.back}</a></div>
</form>
</div>`;
}

function ambiguousForm(p: SwitchPageInput): Raw {
  const t = texts(p);
  // Same label, same name, same kind of input: only a guess could tell them apart.
  return html`<div class="signin-card">
<h1>${t.title}</h1>
<p class="intro">${t.intro}</p>
${errorTip(p.error)}
<form method="post" action="/switchRole.htm" id="switchRoleForm">
<input type="hidden" name="${CSRF_FIELD}" value="${p.csrf}">
<div class="form-row"><label for="alias">${t.accountLabel}</label>
<input type="text" id="alias" name="parentAlias" value="${p.prefill.account}" placeholder="${t.accountPlaceholder}" autocomplete="off"></div>
<div class="form-row"><label for="alias2">${t.accountLabel}</label>
<input type="text" id="alias2" name="parentAlias" value="" placeholder="${t.accountPlaceholder}" autocomplete="off"></div>
<div class="form-row"><label for="roleName">${t.role}</label>
<input type="text" id="roleName" name="roleName" value="${p.prefill.roleName}" autocomplete="off"></div>
<div class="form-actions"><button type="submit" class="btn-primary" id="switchBtn">${t.buttonLabel}</button></div>
</form>
</div>`;
}

function movedNotice(p: SwitchPageInput): Raw {
  const t = texts(p);
  return html`<div class="signin-card">
<h1>${t.title}</h1>
<div class="notice"><strong>${t.moved}</strong><br>${t.movedBody}</div>
<div class="form-row"><input type="search" class="help-search" placeholder="${t.search}" aria-label="${t.search}"></div>
<p><a href="${p.homeUrl}">${t.back}</a></p>
</div>`;
}

function modernApp(p: SwitchPageInput): Raw {
  const t = texts(p);
  const lang = p.config.lang;
  const appConfig = {
    delayMs: p.config.modernDelayMs,
    csrf: p.csrf,
    prefill: p.prefill,
    homeUrl: p.homeUrl,
    texts: {
      title: t.title,
      intro: t.intro,
      account: t.accountLabel,
      role: t.role,
      button: t.buttonLabel,
      accountPlaceholder: t.accountPlaceholder,
      rolePlaceholder: t.rolePlaceholder,
      back: t.back,
      missing: ERROR_TEXTS['missing-fields'][lang],
      failed: lang === 'zh' ? '网络错误,请重试。' : 'Network error. Try again.',
    },
  };
  return html`<div id="app" class="sc-fubCzh"><div class="sc-loading">Loading…</div></div>
<script type="application/json" id="switch-app-config">${jsonForScript(appConfig)}</script>
<script>${new Raw(MODERN_SWITCH_APP) /* our own code, not data */}</script>`;
}

