// The frame shared by the sign-in host's pages (login and switch role).

import { html, type Raw } from '../html';

export function signinHeader(lang: 'en' | 'zh'): Raw {
  return html`<div class="signin-header"><span class="signin-logo">Alibaba Cloud<small>${
    lang === 'zh' ? '账号中心' : 'Account Center'
  }</small></span></div>`;
}

export function signinFooter(): Raw {
  return html`<div class="signin-footer">© 2009-2026 Alibaba Cloud (fake console for tests)</div>`;
}
