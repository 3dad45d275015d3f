// The RAM user login page: one field (the logon name) and a button. No password: the fake
// console only needs to know who the visitor is.

import { documentPage, html } from '../html';
import { LOGIN_TEXTS, type Lang } from '../texts';
import { signinFooter, signinHeader } from './signin-chrome';
import { SIGNIN_CSS } from './styles';

export function loginPage(p: { lang: Lang; redirect: string; value?: string; error?: string }): string {
  const t = LOGIN_TEXTS[p.lang];
  return documentPage({
    lang: p.lang,
    title: t.title,
    head: SIGNIN_CSS,
    body: html`${signinHeader(p.lang)}
<main class="signin-main"><div class="signin-card">
<h1>${t.title}</h1>
${p.error ? html`<div class="error-tip">${p.error}</div>` : ''}
<form method="post" action="/login.htm" id="loginForm">
<input type="hidden" name="redirect" value="${p.redirect}">
<div class="form-row"><label for="loginName">${t.label}</label>
<input type="text" id="loginName" name="loginName" value="${p.value ?? ''}" placeholder="${t.placeholder}" autocomplete="username"></div>
<div class="form-actions"><button type="submit" class="btn-primary" id="loginBtn">${t.button}</button></div>
</form>
</div></main>
${signinFooter()}`,
  });
}
