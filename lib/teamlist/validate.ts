// Schema validation (the generated validator) plus what a schema cannot say: that no role
// appears twice. Returns the document typed, or every problem in words.
import { roleKey } from '../bookmark';
import { t } from '../i18n';
import { explainError } from './explain';
import { MAX_ROLES } from './limits';
import { capProblems, quote, type Problem } from './problems';
import { listRoleOf } from './roles';
import type { ListRole, TeamListDocument } from './types';
import { validate } from './validate.generated';

export type ValidateResult = { ok: true; doc: TeamListDocument; roles: ListRole[] } | { ok: false; problems: Problem[] };

/** Errors explained at most; a hostile document can make ajv report one per role. */
const MAX_ERRORS_EXPLAINED = 500;

export function validateDocument(value: unknown): ValidateResult {
  const roleCount = tooManyRoles(value);
  if (roleCount !== null) {
    return { ok: false, problems: [{ path: 'roles', message: t('ex_tooManyRoles', { count: roleCount, max: MAX_ROLES }) }] };
  }
  if (!validate(value)) {
    const errors = validate.errors ?? [];
    // A wrong version makes every other error moot: say only that.
    const version = errors.find((e) => e.instancePath === '/version');
    const chosen = version ? [version] : errors;
    const seen = new Set<string>();
    const problems: Problem[] = [];
    for (const e of chosen.slice(0, MAX_ERRORS_EXPLAINED)) {
      const p = explainError(e, value);
      if (!p) continue;
      const key = `${p.path}\n${p.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(p);
    }
    if (chosen.length > MAX_ERRORS_EXPLAINED) {
      problems.push({ path: '', message: t('val_moreErrors', { count: chosen.length - MAX_ERRORS_EXPLAINED }) });
    }
    return { ok: false, problems: capProblems(problems) };
  }
  const roles = value.roles.map(listRoleOf);
  const duplicates = duplicateProblems(roles);
  if (duplicates.length > 0) return { ok: false, problems: capProblems(duplicates) };
  return { ok: true, doc: value, roles };
}

/** The number of roles of a version-1 document over the limit, else null. */
function tooManyRoles(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const { version, roles } = value as { version?: unknown; roles?: unknown };
  return version === 1 && Array.isArray(roles) && roles.length > MAX_ROLES ? roles.length : null;
}

/** The same role (site, account, role name: roleKey) twice, naming both places. */
function duplicateProblems(roles: readonly ListRole[]): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  roles.forEach((r, i) => {
    const key = roleKey(r);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, i);
      return;
    }
    const site = r.site ? t('val_onSite', { site: r.site }) : '';
    problems.push({
      path: `roles[${i}]`,
      message: t('val_duplicate', { index: i, earlier, account: quote(r.account), role: quote(r.roleName), site }),
    });
  });
  return problems;
}
