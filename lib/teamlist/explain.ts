// ajv's errors in words: what is wrong and what to fix, per field. The schema decides what is
// valid; this file only explains its verdicts (it never accepts or refuses anything itself).
import type { ErrorObject } from 'ajv';
import { parseAccount, parseRoleArn, validateRoleName } from '../account';
import { isHexColour } from '../colour';
import { SITE_HOSTS } from '../console/hosts';
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

const INVISIBLE_NAMES: Record<number, string> = {
  0x202e: 'a right-to-left override (U+202E)',
  0x202d: 'a left-to-right override (U+202D)',
  0x200b: 'a zero-width space (U+200B)',
  0xfeff: 'a zero-width no-break space (U+FEFF)',
  0x0a: 'a line break',
  0x09: 'a tab',
  0x00: 'a NUL character',
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
  if (typeof last === 'number' && segments[segments.length - 2] === 'tags') return 'This tag';
  if (typeof last === 'number' && segments[segments.length - 2] === 'roles') return 'This role';
  return segments.length === 0 ? 'The document' : `"${fieldOf(segments)}"`;
}

function typeWord(type: unknown): string {
  switch (type) {
    case 'string':
      return 'text in double quotes';
    case 'object':
      return 'an object { … }';
    case 'array':
      return 'a list [ … ]';
    default:
      return `of type ${String(type)}`;
  }
}

/** For plain text refused by the schema's pattern "^[^…]*$": names the first character the
 *  pattern's class refuses, found with that same class. */
function invisibleProblem(value: string, pattern: string): string {
  const refused = /^\^\[\^(.*)\]\*\$$/s.exec(pattern)?.[1];
  const i = refused ? value.search(new RegExp(`[${refused}]`, 'u')) : -1;
  if (i < 0) return 'contains a character that is not allowed: remove it.';
  const cp = value.codePointAt(i)!;
  const name = INVISIBLE_NAMES[cp] ?? `an invisible character (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;
  return `contains ${name} at character ${i + 1}: remove it. Names are plain text; control characters, direction overrides and zero-width spaces could disguise what they say.`;
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
      ? 'Remove the spaces around it.'
      : `Accounts are written in lower case: ${quote(value.toLowerCase())}.`;
  return `${quote(value)} is not an account alias, default domain or 16-digit account ID — aliases are 3-32 lowercase letters, digits and "-". ${showInvisible(why)}`;
}

function roleNameProblem(value: string): string {
  const checked = validateRoleName(value);
  const why = checked.ok ? 'Remove the spaces around it.' : checked.error;
  return `${quote(value)} is not a RAM role name. ${showInvisible(why)}`;
}

function arnProblem(value: string): string {
  const parsed = parseRoleArn(value);
  // parseRoleArn forgives case and spaces; the format does not.
  const why = parsed.ok ? 'Write "acs:ram::" in lower case, without spaces.' : parsed.error.startsWith('A role ARN') ? '' : parsed.error;
  return `${quote(value)} is not a role ARN: a role ARN looks like acs:ram::1234567890123456:role/devops. ${why}`.trim();
}

function colourProblem(value: string): string {
  if (isHexColour(value) && value.replace(/^#/, '').length === 3) {
    return `${quote(value)} is a short colour: write all six digits, as #rrggbb.`;
  }
  return `${quote(value)} is not a colour: write it as #rrggbb, e.g. "#d32f2f".`;
}

function landingUrlProblem(value: string): string {
  const consoleHosts = `*.${SITE_HOSTS.cn.consoleSuffix} (China) or *.${SITE_HOSTS.intl.consoleSuffix} (International)`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${quote(value)} is not a URL. Write a full https address of a console page on ${consoleHosts}.`;
  }
  if (url.protocol !== 'https:') {
    return `${quote(value)} is a ${url.protocol.replace(/:$/, '')}: address. Only https:// console pages on ${consoleHosts} can be opened after a switch.`;
  }
  if (url.username || url.password) {
    return `${quote(value)} has a user name before "@": remove it. Only plain console addresses on ${consoleHosts} are allowed.`;
  }
  if (url.port) return `${quote(value)} names a port: remove ":${url.port}".`;
  const h = url.hostname;
  const isConsole = [SITE_HOSTS.cn.consoleSuffix, SITE_HOSTS.intl.consoleSuffix].some((s) => h === s || h.endsWith(`.${s}`));
  if (!isConsole) return `${quote(h)} is not an Alibaba Cloud console host: a landing page must be on ${consoleHosts}.`;
  return `${quote(value)} is not a plain console address: write the host in lower case, with no spaces, backslashes or control characters.`;
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
      return `This text ${invisibleProblem(v, pattern)}`;
  }
}

function missingProblem(parent: readonly PathSegment[], field: string): string {
  if (parent.length === 0) {
    if (field === 'version') return 'The document has no "version". Add "version": 1 at the top.';
    if (field === 'roles') return 'The document has no "roles". Add "roles": [ … ] with the roles to share.';
  }
  if (field === 'account') {
    return 'This role has no "account". Add the account\'s alias, default domain or 16-digit ID — or give the whole role as "arn".';
  }
  if (field === 'roleName') return 'This role has no "roleName". Add the RAM role name, e.g. "roleName": "devops" — or give the whole role as "arn".';
  return `"${field}" is missing: add it.`;
}

function unknownFieldProblem(parent: readonly PathSegment[], field: string): string {
  const allowed = parent.length === 0 ? DOCUMENT_FIELDS : ROLE_FIELDS;
  const near = SPELLINGS[field.toLowerCase()] ?? allowed.find((a) => a.toLowerCase() === field.toLowerCase());
  const hint = near && allowed.includes(near) ? ` Did you mean "${near}"?` : '';
  const where = parent.length === 0 ? 'a team list' : 'a role';
  return `${quote(field)} is not a field of ${where}: remove it.${hint} The fields are ${allowed.filter((a) => a !== '$schema').join(', ')}.`;
}

function versionProblem(value: unknown): string {
  if (typeof value === 'number' && Number.isInteger(value) && value > 1) {
    return `This document is format version ${value}; this extension reads version 1. Update the extension, or ask for a version 1 export.`;
  }
  if (value === '1') return '"version" must be the number 1, not the text "1": write "version": 1 without quotes.';
  return `"version" is ${describeValue(value)}; the only format version is 1. Write "version": 1.`;
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
      return at(segments, `"${field}" cannot be given together with "arn": the ARN already names the account and the role. Keep "arn", or "account" and "roleName", not both.`);
    case 'type':
      if (segments.length === 0) return at(segments, `A team list is a JSON object like {"version": 1, "roles": [ … ]}; this document is ${describeValue(value)}.`);
      return at(segments, `${label(segments)} must be ${typeWord(p.type)}, but it is ${describeValue(value)}.`);
    case 'const':
      return at(segments, versionProblem(value));
    case 'enum':
      if (field === 'site') {
        return at(segments, `${quote(value)} is not a site: write "cn" (aliyun.com) or "intl" (alibabacloud.com), or leave "site" out to use the site of the tab you are on.`);
      }
      return at(segments, `${quote(value)} is not one of ${(p.allowedValues as unknown[]).map((v) => quote(v)).join(', ')}.`);
    case 'pattern':
      return at(segments, patternProblem(field, value, String(p.pattern)));
    case 'maxLength':
      return at(segments, `${label(segments)} is ${String(value).length} characters; at most ${String(p.limit)} are allowed. Shorten it.`);
    case 'minLength':
      return at(segments, `${label(segments)} is empty: write something, or leave the field out.`);
    case 'maxItems': {
      const n = Array.isArray(value) ? value.length : 0;
      if (field === 'roles') {
        return at(segments, `The list has ${n} roles; a team list holds at most ${String(p.limit)}. Split it into several lists.`);
      }
      return at(segments, `${label(segments)} has ${n} entries; at most ${String(p.limit)} are allowed.`);
    }
    case 'uniqueItems': {
      const [a, b] = [Number(p.i), Number(p.j)].sort((x, y) => x - y);
      const item = Array.isArray(value) ? value[a!] : undefined;
      return at(segments, `${field}[${a}] and ${field}[${b}] are both ${quote(item)}: remove one.`);
    }
    default:
      return at(segments, `${label(segments)}: ${e.message ?? 'is not valid'}.`);
  }
}
