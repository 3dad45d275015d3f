// ajv's errors in words: what is wrong and what to fix, per field. The schema decides what is
// valid; this file only explains its verdicts (it never accepts or refuses anything itself).
import type { ErrorObject } from 'ajv';
import { parseAccount, parseRoleArn, validateRoleName } from '../account';
import { isHexColour } from '../colour';
import { SITE_HOSTS } from '../console/hosts';
import { t, type MessageKey } from '../i18n';
import { clip, describeValue, formatPath, pointerSegments, quote, showInvisible, type PathSegment, type Problem } from './problems';

const ROLE_FIELDS = ['account', 'roleName', 'arn', 'displayName', 'colour', 'group', 'tags', 'site', 'landingUrl'];
const DOCUMENT_FIELDS = ['version', 'name', 'source', 'roles', '$schema'];

/** Names people reach for instead of ours. */
const SPELLINGS: Record<string, string> = {
  color: 'colour',
  role: 'roleName',
  rolename: 'roleName',
  role_name: 'roleName',
  rolearn: 'arn',
  role_arn: 'arn',
  ram_role_arn: 'arn',
  alias: 'account',
  accountid: 'account',
  account_id: 'account',
  name: 'displayName',
  label: 'displayName',
  url: 'landingUrl',
  landing: 'landingUrl',
  region: 'site',
  tag: 'tags',
  groups: 'group',
};

const INVISIBLE_NAMES: Record<number, MessageKey> = {
  0x202e: 'inv_rlo',
  0x202d: 'inv_lro',
  0x200b: 'inv_zwsp',
  0xfeff: 'inv_bom',
  0x0a: 'char_lineBreak',
  0x09: 'char_tab',
  0x00: 'inv_nul',
};

function valueAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let v = root;
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[s];
  }
  return v;
}

/** The field a path ends in: "tags" for roles[1].tags[2] and for roles[1].tags. */
function fieldOf(segments: readonly PathSegment[]): string {
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i];
    if (typeof s === 'string') return s;
  }
  return '';
}

function label(segments: readonly PathSegment[]): string {
  const last = segments[segments.length - 1];
  if (typeof last === 'number' && segments[segments.length - 2] === 'tags') return t('ex_labelTag');
  if (typeof last === 'number' && segments[segments.length - 2] === 'roles') return t('ex_labelRole');
  return segments.length === 0 ? t('ex_labelDocument') : `"${fieldOf(segments)}"`;
}

function typeWord(type: unknown): string {
  switch (type) {
    case 'string':
      return t('ex_typeText');
    case 'object':
      return t('ex_typeObject');
    case 'array':
      return t('ex_typeList');
    default:
      return t('ex_typeOther', { type: String(type) });
  }
}

/** For plain text refused by the schema's pattern "^[^…]*$": names the first character the
 *  pattern's class refuses, found with that same class. */
function invisibleProblem(value: string, pattern: string): string {
  const refused = /^\^\[\^(.*)\]\*\$$/s.exec(pattern)?.[1];
  const i = refused ? value.search(new RegExp(`[${refused}]`, 'u')) : -1;
  if (i < 0) return t('inv_notAllowed');
  const cp = value.codePointAt(i)!;
  const known = INVISIBLE_NAMES[cp];
  const name = known ? t(known) : t('inv_other', { code: cp.toString(16).toUpperCase().padStart(4, '0') });
  return t('inv_at', { name, position: i + 1 });
}

/** lib/account.ts's errors quote the whole input: cut it there as quote() does here. */
function clipped(error: string, value: string): string {
  const v = value.trim().toLowerCase();
  return v.length > 40 ? error.split(v).join(clip(v, 40)) : error;
}

function accountProblem(value: string): string {
  const parsed = parseAccount(value);
  const why = !parsed.ok
    ? clipped(parsed.error, value)
    : value.trim() !== value
      ? t('ex_spaces')
      : t('ex_lowercase', { value: quote(value.toLowerCase()) });
  return t('ex_account', { value: quote(value), why: showInvisible(why) });
}

function roleNameProblem(value: string): string {
  const checked = validateRoleName(value);
  const why = checked.ok ? t('ex_spaces') : checked.error;
  return t('ex_roleName', { value: quote(value), why: showInvisible(why) });
}

function arnProblem(value: string): string {
  const parsed = parseRoleArn(value);
  // parseRoleArn forgives case and spaces; the format does not.
  const why = parsed.ok ? t('ex_arnCase') : parsed.error === t('arn_shape') ? '' : parsed.error;
  return t('ex_arn', { value: quote(value), why }).trim();
}

function colourProblem(value: string): string {
  if (isHexColour(value) && value.replace(/^#/, '').length === 3) {
    return t('ex_colourShort', { value: quote(value) });
  }
  return t('ex_colour', { value: quote(value) });
}

function landingUrlProblem(value: string): string {
  const hosts = t('ex_consoleHosts', { cn: SITE_HOSTS.cn.consoleSuffix, intl: SITE_HOSTS.intl.consoleSuffix });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return t('ex_landingNotUrl', { value: quote(value), hosts });
  }
  if (url.protocol !== 'https:') return t('ex_landingScheme', { value: quote(value), scheme: url.protocol.replace(/:$/, ''), hosts });
  if (url.username || url.password) return t('ex_landingUser', { value: quote(value), hosts });
  if (url.port) return t('ex_landingPort', { value: quote(value), port: url.port });
  const h = url.hostname;
  const isConsole = [SITE_HOSTS.cn.consoleSuffix, SITE_HOSTS.intl.consoleSuffix].some((s) => h === s || h.endsWith(`.${s}`));
  if (!isConsole) return t('ex_landingHost', { host: quote(h), hosts });
  return t('ex_landingPlain', { value: quote(value) });
}

function patternProblem(field: string, value: unknown, pattern: string): string {
  const v = String(value);
  switch (field) {
    case 'account':
      return accountProblem(v);
    case 'roleName':
      return roleNameProblem(v);
    case 'arn':
      return arnProblem(v);
    case 'colour':
      return colourProblem(v);
    case 'landingUrl':
      return landingUrlProblem(v);
    default:
      return invisibleProblem(v, pattern);
  }
}

function missingProblem(parent: readonly PathSegment[], field: string): string {
  if (parent.length === 0) {
    if (field === 'version') return t('ex_noVersion');
    if (field === 'roles') return t('ex_noRoles');
  }
  if (field === 'account') return t('ex_noAccount');
  if (field === 'roleName') return t('ex_noRoleName');
  return t('ex_missing', { field });
}

function unknownFieldProblem(parent: readonly PathSegment[], field: string): string {
  const allowed = parent.length === 0 ? DOCUMENT_FIELDS : ROLE_FIELDS;
  const near = SPELLINGS[field.toLowerCase()] ?? allowed.find((a) => a.toLowerCase() === field.toLowerCase());
  const hint = near && allowed.includes(near) ? t('ex_didYouMean', { near }) : '';
  const where = parent.length === 0 ? t('ex_whereList') : t('ex_whereRole');
  return t('ex_unknownField', { field: quote(field), where, hint, fields: allowed.filter((a) => a !== '$schema').join(', ') });
}

function versionProblem(value: unknown): string {
  if (typeof value === 'number' && Number.isInteger(value) && value > 1) {
    return t('ex_versionNewer', { version: value });
  }
  if (value === '1') return t('ex_versionText');
  return t('ex_versionOther', { value: describeValue(value) });
}

/** One ajv error as a Problem, or null for errors that only repeat another (ajv's "if"). */
export function explainError(e: ErrorObject, root: unknown): Problem | null {
  const segments = pointerSegments(e.instancePath);
  const value = valueAt(root, segments);
  const field = fieldOf(segments);
  const at = (s: readonly PathSegment[], message: string): Problem => ({ path: formatPath(s), message });
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'if':
      return null; // the "else" branch's own errors say what is missing
    case 'required': {
      const missing = String(p.missingProperty);
      return at([...segments, missing], missingProblem(segments, missing));
    }
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      return at([...segments, extra], unknownFieldProblem(segments, extra));
    }
    case 'false schema':
      return at(segments, t('ex_arnAndField', { field }));
    case 'type':
      if (segments.length === 0) return at(segments, t('ex_notObject', { value: describeValue(value) }));
      return at(segments, t('ex_type', { label: label(segments), type: typeWord(p.type), value: describeValue(value) }));
    case 'const':
      return at(segments, versionProblem(value));
    case 'enum':
      if (field === 'site') {
        return at(segments, t('ex_site', { value: quote(value) }));
      }
      return at(segments, t('ex_enum', { value: quote(value), allowed: (p.allowedValues as unknown[]).map((v) => quote(v)).join(', ') }));
    case 'pattern':
      return at(segments, patternProblem(field, value, String(p.pattern)));
    case 'maxLength':
      return at(segments, t('ex_maxLength', { label: label(segments), length: String(value).length, max: String(p.limit) }));
    case 'minLength':
      return at(segments, t('ex_minLength', { label: label(segments) }));
    case 'maxItems': {
      const n = Array.isArray(value) ? value.length : 0;
      if (field === 'roles') {
        return at(segments, t('ex_tooManyRoles', { count: n, max: String(p.limit) }));
      }
      return at(segments, t('ex_maxItems', { label: label(segments), count: n, max: String(p.limit) }));
    }
    case 'uniqueItems': {
      const [a, b] = [Number(p.i), Number(p.j)].sort((x, y) => x - y);
      const item = Array.isArray(value) ? value[a!] : undefined;
      return at(segments, t('ex_unique', { first: `${field}[${a}]`, second: `${field}[${b}]`, value: quote(item) }));
    }
    default:
      return at(segments, t('ex_default', { label: label(segments), message: e.message ?? t('ex_notValid') }));
  }
}
