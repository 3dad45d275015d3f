// Visible texts of the console, English and Chinese. Part of lib/console. Sources: the
// product docs in shared/seeds (2017-2026 wording), console-spec.md, and a public legacy
// top-bar bundle (CurrentName / Alias / Login Name). Matching is case-insensitive and
// ignores a trailing colon.

/** The account field's label: older consoles, newer ones, Chinese. */
export const ACCOUNT_FIELD_LABELS = [
  'enterprise alias',
  'default domain',
  'account alias',
  'account id',
  '企业别名',
  '默认域名',
  '账号别名',
  '账号id',
];
export const ROLE_FIELD_LABELS = ['role name', '角色名称', '角色名'];

/** Words of each field in a name / id / placeholder / autocomplete, or in a label in other wording. */
export const ACCOUNT_FIELD_HINT = /alias|domain|account|parent|\buid\b|别名|域名|账号|账户|帐号/i;
export const ROLE_FIELD_HINT = /role|角色/i;
/** Words of fields that are neither (search boxes, sign-in and newsletter fields): never filled by position. */
export const OTHER_FIELD_HINT =
  /search|query|keyword|e-?mail|phone|mobile|captcha|verif|password|passwd|user ?name|logon|login|log in|sign in|newsletter|subscri|coupon|comment|feedback|搜索|邮箱|邮件|手机|验证码|密码|用户名|登录|订阅|留言/i;
/** Page titles that sit above the fields: never a field's label. */
export const NOT_A_FIELD_LABEL_TEXTS = ['switch role', 'switch roles', 'switch identity', '切换角色', '切换身份'];

/** The switch page's button: "Switch" (older), "Submit" (newer); other wordings consoles use. */
export const SUBMIT_LABELS = ['switch', 'submit', 'switch role', '切换', '提交', '切换角色', '确定', 'ok', 'confirm', '确认', 'switch identity', '切换身份'];

/** "Switch Back to Logon User" link texts, and the href it points to. */
export const SWITCH_BACK_LABELS = ['switch back to logon user', 'exitswitchedrole', '返回登录身份'];

/** Lower-case, single spaces, no trailing colon (ASCII or full-width). */
export function normaliseLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[:：]\s*$/, '').trim().toLowerCase();
}

export function matchesAny(text: string, labels: readonly string[]): boolean {
  const t = normaliseLabel(text);
  return t.length > 0 && labels.includes(t);
}

export function containsAny(text: string, labels: readonly string[]): boolean {
  const t = normaliseLabel(text);
  return labels.some((l) => t.includes(l));
}
