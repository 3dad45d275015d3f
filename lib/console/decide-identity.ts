// Who a console page acts as, decided from every kind of evidence at once: the top bar as read
// (topbar.ts), the page's console config (console-config), what the extension itself confirmed
// earlier (the session record) and a switch it has just submitted. Pure. Its cases are exactly
// the table in docs/identity-decision.md (rule ids D1…D15): change both together.
//
// The rule that matters most: a principal in "role/session" form, or a page whose config says
// it acts as a role, is never shown as the logon identity. Evidence that conflicts gives
// "cannot tell", with the reason — never a guess.
import { accountKey } from '../account';
import { t as tr } from '../i18n';
import type { ConsoleConfigFields, Identity, IdentityKind, IdentityReading, SessionRecord, SubmittedSwitch } from './identity-types';
import type { TopBarConflict, TopBarEvidence } from './topbar';
import { KIND_WORDS } from './topbar-labels';

export interface PageEvidence {
  topBar: TopBarEvidence;
  config: ConsoleConfigFields | null;
}

export type RuleId = 'D1' | 'D2' | 'D3' | 'D4' | 'D5' | 'D6' | 'D7' | 'D8' | 'D9' | 'D10' | 'D11' | 'D12' | 'D13' | 'D14' | 'D15';

export interface Decision {
  reading: IdentityReading;
  rule: RuleId;
  /** The page contradicts the session record: the background drops it. */
  endRecord: boolean;
}

const ID = /^\d{16}$/;
const kindWord = (kind: IdentityKind) => tr(KIND_WORDS[kind]);
const and = (items: string[]) => items.join(tr('list_and'));

/** A contradiction the top bar showed, in words. */
export function conflictText(c: TopBarConflict): string {
  if (c.kind === 'twoCurrent') return tr('tb_twoCurrent', { identities: and(c.identities.map((i) => `"${i}"`)) });
  if (c.kind === 'twoAccounts') return tr('tb_twoAccounts', { first: c.first, second: c.second });
  return tr('tb_twoBadges', { kinds: and(c.kinds.map(kindWord)) });
}

function configKind(config: ConsoleConfigFields | null): IdentityKind | undefined {
  return config?.accountType === 'sts' ? 'role' : config?.accountType === 'sub' ? 'user' : config?.accountType === 'main' ? 'root' : undefined;
}

function shown(t: TopBarEvidence): string {
  const c = t.current!;
  return c.form === 'role' ? `${c.roleName}/${c.sessionName}` : c.principal;
}

/** The account ID a name stands for, when the name is an ID or its default domain. */
function idOf(name: string | undefined): string | undefined {
  const key = name ? accountKey(name) : undefined;
  return key && ID.test(key) ? key : undefined;
}

/** Whether the record names this role in this account (by alias, domain or ID alike). */
function recordMatches(record: SessionRecord | null, roleName: string, account: string | undefined, accountId: string | undefined): boolean {
  if (record?.kind !== 'role' || record.roleName.toLowerCase() !== roleName.toLowerCase()) return false;
  if (accountId && record.accountId) return record.accountId === accountId;
  return !!account && accountKey(account) === accountKey(record.account);
}

const unknown = (rule: RuleId, reason: string, endRecord = false): Decision => ({ reading: { state: 'unknown', reason }, rule, endRecord });
const known = (rule: RuleId, identity: Identity, endRecord: boolean): Decision => ({ reading: { state: 'known', identity }, rule, endRecord });

function recordHint(record: SessionRecord | null): string {
  return record?.kind === 'role' ? tr('reason_lastSwitch', { role: record.roleName, account: record.account }) : '';
}

export function decideIdentity(page: PageEvidence, record: SessionRecord | null = null, submitted: SubmittedSwitch | null = null): Decision {
  const t = page.topBar;
  const cfg = configKind(page.config);
  const cfgId = page.config?.currentPk && ID.test(page.config.currentPk) ? page.config.currentPk : undefined;
  const current = t.current;
  const roleSigns = [
    ...(t.badge === 'role' ? [tr('sign_roleBadge')] : []),
    ...(t.logon && current?.form === 'user' && t.logon.principal.toLowerCase() !== current.principal.toLowerCase() ? [tr('sign_logon', { principal: t.logon.principal })] : []),
    ...(t.switchBack ? [tr('sign_switchBack')] : []),
  ];

  // D1: the bar contradicts itself.
  if (t.conflicts.length) return unknown('D1', tr('reason_conflict', { conflicts: t.conflicts.map(conflictText).join(tr('list_semicolon')) }));
  // D2, D3: the form of the name and the bar's own signs disagree.
  if (current?.form === 'role' && (t.badge === 'user' || t.badge === 'root')) {
    return unknown('D2', tr('reason_roleButBadge', { shown: shown(t), kind: kindWord(t.badge) }));
  }
  if (current?.form === 'user' && roleSigns.length) {
    return unknown('D3', tr('reason_userButSigns', { shown: shown(t), signs: and(roleSigns) }));
  }
  // D4, D5: the bar and the console config disagree on whether a role is active.
  if (current?.form === 'role' && (cfg === 'user' || cfg === 'root')) {
    return unknown('D4', tr('reason_roleButConfig', { shown: shown(t), kind: kindWord(cfg) }));
  }
  if (current?.form === 'user' && cfg === 'role') {
    return unknown('D5', tr('reason_userButConfig', { shown: shown(t) }));
  }
  // D6: the bar and the config name different accounts.
  const barId = t.account?.accountId ?? idOf(t.account?.name);
  if (cfgId && barId && barId !== cfgId) {
    return unknown('D6', tr('reason_accounts', { account: t.account?.name ?? barId, configId: cfgId }));
  }
  const accountId = cfgId ?? barId;

  if (current?.form === 'role') {
    // D7: a role session in the bar, nothing against it.
    const matches = recordMatches(record, current.roleName, t.account?.name, accountId);
    const account = t.account?.name ?? (matches && record?.kind === 'role' ? record.account : undefined);
    const identity: Identity = {
      kind: 'role',
      principal: shown(t),
      roleName: current.roleName,
      sessionName: current.sessionName,
      ...(account ? { account } : {}),
      ...(accountId ? { accountId } : {}),
      ...(t.logon ? { logon: t.logon } : {}),
    };
    return known('D7', identity, record !== null && !matches);
  }
  if (current?.form === 'user') {
    // D8: a login name in the bar, no sign of a role anywhere.
    // The badge, where there is one, tells a RAM user from the root account; else the config.
    const kind: IdentityKind = t.badge === 'root' || (!t.badge && cfg === 'root') ? 'root' : 'user';
    const account = t.account?.name ?? current.account;
    const identity: Identity = { kind, principal: current.principal, ...(account ? { account } : {}), ...(cfgId ? { accountId: cfgId } : {}) };
    const sameLogon = record?.kind === 'logon' && (!record.principal || record.principal.toLowerCase() === current.principal.toLowerCase());
    return known('D8', identity, record !== null && !sameLogon);
  }

  // No identity in the bar (none, hidden until hovered, or unreadable).
  if (cfg === 'role') {
    const account = t.account?.name;
    if (t.roleName) {
      // D9: the config says a role, a "Role" row names it.
      const matches = recordMatches(record, t.roleName, account, accountId);
      const name = account ?? (matches && record?.kind === 'role' ? record.account : undefined);
      return known('D9', { kind: 'role', principal: t.roleName, roleName: t.roleName, ...(name ? { account: name } : {}), ...(accountId ? { accountId } : {}) }, record !== null && !matches);
    }
    if (record?.kind === 'role' && record.accountId && record.accountId === accountId) {
      // D10: the config says a role in the very account the extension confirmed a role in.
      const { roleName, account: recorded } = record;
      return known('D10', { kind: 'role', principal: record.principal ?? roleName, roleName, account: recorded, accountId }, false);
    }
    const submittedId = submitted?.accountId ?? idOf(submitted?.account);
    if (submitted && submittedId && submittedId === accountId) {
      // D11: a switch was just submitted and the console landed, acting as a role in that account.
      return known('D11', { kind: 'role', principal: submitted.roleName, roleName: submitted.roleName, account: submitted.account, accountId }, false);
    }
    return unknown(
      'D12',
      tr('reason_roleUnnamed', { inAccount: accountId ? tr('reason_inAccount', { id: accountId }) : '', hint: recordHint(record) }),
      record?.kind === 'logon',
    );
  }
  if (cfg === 'user' || cfg === 'root') {
    if (roleSigns.length) return unknown('D13', tr('reason_configButSigns', { kind: kindWord(cfg), signs: and(roleSigns) }));
    // D14: the config alone says the page acts as the logon identity (its name unseen).
    const principal = record?.kind === 'logon' ? record.principal : undefined;
    return known('D14', { kind: cfg, principal: principal ?? '', ...(cfgId ? { accountId: cfgId } : {}) }, record?.kind === 'role');
  }
  // D15: nothing on the page says who acts.
  return unknown(
    'D15',
    t.rows > 0 ? tr('reason_rowsUnreadable', { hint: recordHint(record) }) : tr('reason_noIdentity', { hint: recordHint(record) }),
  );
}
