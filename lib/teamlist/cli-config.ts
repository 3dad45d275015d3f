// Roles from the Alibaba Cloud CLI's ~/.aliyun/config.json. Profiles that assume a role
// (mode RamRoleArn, ChainableRamRoleArn, OIDC…) name it in "ram_role_arn"; each becomes a
// role labelled with the profile's name. The file also holds access keys by design: those
// were removed by safeParse and never reach this code; the user is told they were ignored.
import { t } from '../i18n';
import type { SecretFinding } from './parse';
import { quote, type Problem, type Warning } from './problems';
import { FORMAT_VERSION, type ListRole, type TeamListDocument, type TeamListRole } from './types';
import { validateDocument } from './validate';


interface CliProfile {
  name?: unknown;
  mode?: unknown;
  ram_role_arn?: unknown;
}

/** The CLI's config has "profiles"; a team list has "roles". */
export function isCliConfig(value: unknown): value is { profiles: unknown[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.profiles) && !('roles' in v);
}

export type CliConfigResult =
  | { ok: true; doc: TeamListDocument; roles: ListRole[]; warnings: Warning[] }
  | { ok: false; problems: Problem[] };

function nameOf(p: CliProfile, index: number): string {
  return typeof p.name === 'string' && p.name.trim() ? p.name.trim() : t('cli_profileN', { n: index + 1 });
}

function listNames(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).map((n) => quote(n, 32)).join(t('list_comma'));
  return names.length > max ? t('cli_andMore', { shown, count: names.length - max }) : shown;
}

function secretsWarning(config: { profiles: unknown[] }, secrets: readonly SecretFinding[]): Warning | null {
  const found = secrets.filter((s) => s.hadValue);
  if (found.length === 0) return null;
  const profiles = new Set<number>();
  let elsewhere = false;
  for (const s of found) {
    if (s.path[0] === 'profiles' && typeof s.path[1] === 'number') profiles.add(s.path[1]);
    else elsewhere = true;
  }
  const names = [...profiles].sort((a, b) => a - b).map((i) => nameOf((config.profiles[i] ?? {}) as CliProfile, i));
  const where = [
    names.length === 1 ? t('cli_profilesOne', { names: listNames(names) }) : names.length > 1 ? t('cli_profiles', { count: names.length, names: listNames(names) }) : '',
    elsewhere ? t('cli_elsewhere') : '',
  ]
    .filter(Boolean)
    .join(t('list_and'));
  return {
    path: '',
    secret: true,
    message: t('cli_ignored', { where }),
  };
}

/** A role for one profile, checked against the schema on its own so one bad profile only
 *  skips itself. The profile's name becomes the label when the schema accepts it as one. */
function roleOfProfile(p: CliProfile, index: number): { role: TeamListRole; warning?: Warning } | { skip: Warning } {
  const name = nameOf(p, index);
  const arn = typeof p.ram_role_arn === 'string' ? p.ram_role_arn.trim() : '';
  const withLabel: TeamListRole = { arn, displayName: name };
  if (validateDocument({ version: FORMAT_VERSION, roles: [withLabel] }).ok) return { role: withLabel };
  const bare: TeamListRole = { arn };
  const checked = validateDocument({ version: FORMAT_VERSION, roles: [bare] });
  if (checked.ok) {
    return {
      role: bare,
      warning: { path: `profiles[${index}].name`, message: t('cli_badLabel', { name: quote(name) }) },
    };
  }
  return {
    skip: {
      path: `profiles[${index}].ram_role_arn`,
      message: t('cli_skipped', { name: quote(name), why: checked.problems[0]?.message ?? t('cli_notArn') }),
    },
  };
}

export function readCliConfig(config: { profiles: unknown[] }, secrets: readonly SecretFinding[]): CliConfigResult {
  const warnings: Warning[] = [];
  const secretNote = secretsWarning(config, secrets);
  if (secretNote) warnings.push(secretNote);

  const roles: TeamListRole[] = [];
  const byArn = new Map<string, string>();
  const withoutRole: string[] = [];
  config.profiles.forEach((raw, i) => {
    const p: CliProfile = raw !== null && typeof raw === 'object' ? (raw as CliProfile) : {};
    const name = nameOf(p, i);
    if (typeof p.ram_role_arn !== 'string' || !p.ram_role_arn.trim()) {
      withoutRole.push(typeof p.mode === 'string' && p.mode ? `${name} (${p.mode})` : name);
      return;
    }
    const made = roleOfProfile(p, i);
    if ('skip' in made) {
      warnings.push(made.skip);
      return;
    }
    // Several profiles often assume one role (other regions, session names): keep the first.
    const key = made.role.arn!.toLowerCase();
    const first = byArn.get(key);
    if (first !== undefined) {
      warnings.push({ path: `profiles[${i}]`, message: t('cli_sameRole', { name: quote(name), first: quote(first) }) });
      return;
    }
    byArn.set(key, name);
    if (made.warning) warnings.push(made.warning);
    roles.push(made.role);
  });

  if (withoutRole.length > 0) {
    warnings.push({
      path: '',
      message:
        withoutRole.length === 1
          ? t('cli_noRoleOne', { names: listNames(withoutRole) })
          : t('cli_noRole', { count: withoutRole.length, names: listNames(withoutRole) }),
    });
  }
  if (roles.length === 0) {
    return {
      ok: false,
      problems: [
        {
          path: 'profiles',
          message: t('cli_none'),
        },
        ...warnings,
      ],
    };
  }

  const doc: TeamListDocument = { version: FORMAT_VERSION, name: t('cli_listName'), roles };
  const checked = validateDocument(doc);
  if (!checked.ok) return { ok: false, problems: checked.problems }; // e.g. over the role cap
  return { ok: true, doc, roles: checked.roles, warnings };
}
