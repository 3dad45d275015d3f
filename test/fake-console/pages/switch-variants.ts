// Switch-page markups the extension was NOT written against (issue 8, "What a new user ran
// into"), and pages from the seeded generator (test/generator/switch-pages.ts):
// unlinked   — a classic form whose labels sit in a preceding <div>, not linked to the inputs;
//              names that mean nothing (f1/f2), no ids; the error in a plain hashed <div>;
// table      — the same in a table: labels in the first cell, inputs in the second;
// decoy-app  — a client-rendered app without <form>: its container also holds a hidden decoy
//              input labelled like the account field, the header a search box; no names;
//              a <div role=button> submits to the JSON API; errors as a toast;
// generated  — generateSwitchPage(config.generatedSeed): its structure, labels, decoys, submit
//              control, error container and lifetime, late rendering, and where it posts.
// Every form posts to config.formAction (the generated page: to its own choice), and the
// answer to a refused switch is this page again, at that path, with the console's error —
// for config.errorToastMs, then removed (0: it stays).

import type { FakeConfig } from '../config';
import { html, jsonForScript, Raw } from '../html';
import { CSRF_FIELD, type SwitchPageInput } from './switch';
import { SWITCH_TEXTS } from '../texts';
import { errorHtml, generateSwitchPage } from '../../generator/switch-pages';

/** Field names the unlinked and table markups post under: they mean nothing. */
export const MEANINGLESS_FIELDS = { account: 'f1', role: 'f2' } as const;

/** The error the page shows after a refused switch: a plain block, or a toast that goes away. */
function errorBlock(error: string | null | undefined, config: FakeConfig): Raw | '' {
  if (!error) return '';
  if (config.errorToastMs > 0) {
    return html`<div class="sc-jTrPJq" role="status" aria-live="polite" id="fake-toast"><span>${error}</span></div>
<script>setTimeout(function () { var t = document.getElementById('fake-toast'); if (t) t.remove(); }, ${config.errorToastMs});</script>`;
  }
  // No role, no "error" in its class: only its words say what it is.
  return html`<div class="sc-hdRUJn"><p class="sc-cCsOjp">${error}</p></div>`;
}

function texts(p: SwitchPageInput) {
  const t = SWITCH_TEXTS[p.config.lang];
  return { ...t, accountLabel: t.account[p.config.labels], buttonLabel: t.button[p.config.labels] };
}

export function unlinkedForm(p: SwitchPageInput): Raw {
  const t = texts(p);
  return html`<div class="signin-card">
<h1>${t.title}</h1>
<p class="intro">${t.intro}</p>
${errorBlock(p.error, p.config)}
<form method="post" action="${p.config.formAction}" class="sc-gKsewC">
<input type="hidden" name="${CSRF_FIELD}" value="${p.csrf}">
<div class="sc-row form-row"><div class="sc-lbl">${t.accountLabel}</div>
<input type="text" name="${MEANINGLESS_FIELDS.account}" value="${p.prefill.account}" autocomplete="off"></div>
<div class="sc-row form-row"><div class="sc-lbl">${t.role}</div>
<input type="text" name="${MEANINGLESS_FIELDS.role}" value="${p.prefill.roleName}" autocomplete="off"></div>
<div class="form-actions"><button type="submit" class="btn-primary">${t.buttonLabel}</button>
<a href="${p.homeUrl}">${t.back}</a></div>
</form>
</div>`;
}

export function tableForm(p: SwitchPageInput): Raw {
  const t = texts(p);
  return html`<div class="signin-card">
<h1>${t.title}</h1>
${errorBlock(p.error, p.config)}
<form method="post" action="${p.config.formAction}">
<input type="hidden" name="${CSRF_FIELD}" value="${p.csrf}">
<table class="sc-table"><tbody>
<tr><td class="sc-cell">${t.accountLabel}:</td><td><input type="text" name="${MEANINGLESS_FIELDS.account}" value="${p.prefill.account}"></td></tr>
<tr><td class="sc-cell">${t.role}:</td><td><input type="text" name="${MEANINGLESS_FIELDS.role}" value="${p.prefill.roleName}"></td></tr>
<tr><td></td><td><input type="submit" value="${t.buttonLabel}" class="btn-primary"></td></tr>
</tbody></table>
</form>
<p><a href="${p.homeUrl}">${t.back}</a></p>
</div>`;
}

// The decoy app's browser code: draws the form after a delay inside a container that also holds
// a hidden decoy; posts its inputs (found by position in its own container) to the JSON API; a
// refusal shows as a toast that is removed after config.errorToastMs (or stays).
const DECOY_APP = String.raw`
(function () {
  var cfg = JSON.parse(document.getElementById('decoy-app-config').textContent);
  var t = cfg.texts;
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text) e.textContent = text; return e; }
  function item(label, value) {
    var row = el('div', 'sc-item');
    row.appendChild(el('div', 'sc-item-label', label));
    var input = el('input', 'sc-input'); input.type = 'text'; input.value = value;
    row.appendChild(input);
    return { row: row, input: input };
  }
  function toast(text) {
    var box = el('div', 'sc-toast-box'); box.setAttribute('role', 'status');
    box.appendChild(el('span', 'sc-toast-text', text));
    document.body.appendChild(box);
    if (cfg.toastMs > 0) setTimeout(function () { box.remove(); }, cfg.toastMs);
  }
  function render() {
    var app = document.getElementById('app');
    var card = el('div', 'signin-card sc-card');
    card.appendChild(el('h1', 'sc-title', t.title));
    var body = el('div', 'sc-form-body');
    // The decoy: labelled like the account field, hidden, before the real one.
    var decoy = item(t.account, ''); decoy.row.style.display = 'none'; decoy.input.name = 'account';
    var account = item(t.account, cfg.prefill.account);
    var role = item(t.role, cfg.prefill.roleName);
    body.appendChild(decoy.row); body.appendChild(account.row); body.appendChild(role.row);
    var submit = el('div', 'sc-btn btn-primary', t.button); submit.setAttribute('role', 'button'); submit.tabIndex = 0;
    var actions = el('div', 'sc-actions'); actions.appendChild(submit); body.appendChild(actions);
    card.appendChild(body);
    app.replaceChildren(card);
    submit.addEventListener('click', function () {
      fetch('/api/switchRole', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-csrf-token': cfg.csrf },
        body: JSON.stringify({ account: account.input.value, roleName: role.input.value }),
      }).then(function (r) { return r.json(); }).then(function (res) {
        if (res.redirect) { location.href = res.redirect; return; }
        toast(res.message || 'Error');
      });
    });
  }
  setTimeout(render, cfg.delayMs);
})();
`;

export function decoyApp(p: SwitchPageInput): Raw {
  const t = texts(p);
  const cfg = {
    delayMs: p.config.modernDelayMs,
    csrf: p.csrf,
    prefill: p.prefill,
    toastMs: p.config.errorToastMs,
    texts: { title: t.title, account: t.accountLabel, role: t.role, button: t.buttonLabel },
  };
  return html`<div class="sc-search-bar"><input type="text" placeholder="${t.search}" class="sc-search"></div>
<div id="app" class="sc-app"><div class="sc-loading">Loading…</div></div>
<script type="application/json" id="decoy-app-config">${jsonForScript(cfg)}</script>
<script>${new Raw(DECOY_APP) /* our own code, not data */}</script>`;
}

// The generated page's browser code: draws a late form, presses a <div role=button> as a
// submit, posts to the JSON API when the page does not post itself, and shows a refusal in the
// page's error container for the page's error lifetime.
const GENERATED_APP = String.raw`
(function () {
  var cfg = JSON.parse(document.getElementById('gen-config').textContent);
  var LIFETIME = { stays: -1, 'toast-2s': 2000, 'one-frame': 0 }[cfg.lifetime];
  function showError(text) {
    var slot = document.getElementById('gen-error-slot');
    var holder = document.createElement('div');
    holder.innerHTML = cfg.errorTemplate;
    var target = holder.querySelector('span, .next-message-content') || holder.firstElementChild;
    (target.querySelector('span') || target).textContent = text;
    slot.replaceChildren.apply(slot, Array.prototype.slice.call(holder.childNodes));
    if (LIFETIME >= 0) setTimeout(function () { slot.replaceChildren(); }, LIFETIME);
  }
  function wire() {
    var root = document.getElementById('gen-root');
    var inputs = document.querySelectorAll('input');
    var controls = root.querySelectorAll('button, input[type=submit], input[type=button], [role=button]');
    var submit = null;
    for (var i = 0; i < controls.length; i++) {
      var c = controls[i];
      if ((c.tagName === 'INPUT' ? c.value : c.textContent.trim()) === cfg.submitText) submit = c;
    }
    var form = submit && submit.closest('form');
    function send() {
      if (cfg.posts !== 'api') { form.requestSubmit(); return; }
      fetch('/api/switchRole', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-csrf-token': cfg.csrf },
        body: JSON.stringify({ account: inputs[cfg.account].value, roleName: inputs[cfg.role].value }),
      }).then(function (r) { return r.json(); }).then(function (res) {
        if (res.redirect) { location.href = res.redirect; return; }
        showError(res.message || 'Error');
      });
    }
    if (form && cfg.posts === 'api') form.addEventListener('submit', function (e) { e.preventDefault(); send(); });
    if (submit && !(form && cfg.posts !== 'api' && submit.type === 'submit')) {
      submit.addEventListener('click', function (e) { e.preventDefault(); send(); });
    }
    if (cfg.initialError && LIFETIME > 0) setTimeout(function () { document.getElementById('gen-error-slot').replaceChildren(); }, LIFETIME);
  }
  if (cfg.lateMs > 0) {
    setTimeout(function () { document.getElementById('gen-root').innerHTML = cfg.formHtml; wire(); }, cfg.lateMs);
  } else wire();
})();
`;

/** The generated page for config.generatedSeed: its body (the server's part) and its script. */
export function generatedPage(p: SwitchPageInput): { body: Raw; lang: 'en' | 'zh'; title: string } {
  const page = generateSwitchPage(p.config.generatedSeed);
  const { spec } = page;
  const withCsrf = (s: string) => s.split('{{csrf}}').join(p.csrf);
  const errorSlot = p.error ? `<div id="gen-error-slot">${errorHtml(spec.error.container, p.error, spec.seed)}</div>` : '<div id="gen-error-slot"></div>';
  const late = spec.lateMs > 0 && !p.error;
  const body = withCsrf(late ? page.skeleton : page.body).replace('<div id="gen-error-slot"></div>', errorSlot);
  const cfg = {
    lateMs: late ? spec.lateMs : 0,
    formHtml: withCsrf(page.formHtml),
    csrf: p.csrf,
    posts: spec.posts,
    submitText: spec.submitText,
    account: page.actual.account,
    role: page.actual.role,
    lifetime: spec.error.lifetime,
    errorTemplate: errorHtml(spec.error.container, 'x', spec.seed),
    initialError: !!p.error,
  };
  return {
    lang: spec.lang,
    title: spec.lang === 'zh' ? '切换身份' : 'Switch Role',
    body: html`${new Raw(body) /* generated markup; values escaped by the generator */}
<script type="application/json" id="gen-config">${jsonForScript(cfg)}</script>
<script>${new Raw(GENERATED_APP) /* our own code, not data */}</script>`,
  };
}

/** The names a refused classic-family POST reads its fields from. */
export function postedFieldNames(config: FakeConfig): { account: string; role: string } {
  if (config.markup === 'unlinked' || config.markup === 'table') return MEANINGLESS_FIELDS;
  if (config.markup === 'generated') return generateSwitchPage(config.generatedSeed).spec.fieldNames ?? { account: 'parentAlias', role: 'roleName' };
  return { account: 'parentAlias', role: 'roleName' };
}
