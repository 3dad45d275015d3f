// Who a console page acts as: read the top bar (topbar.ts), weigh it with the console config
// and the session record (decide-identity.ts). The content script only reads; the background
// decides, with the record it keeps. This module joins the two for tests and tools, and says an
// identity in one line for people.
import { t } from '../i18n';
import { decideIdentity } from './decide-identity';
import type { ConsoleConfigFields, Identity, IdentityReading, SessionRecord } from './identity-types';
import { readTopBar } from './topbar';

export { findSwitchBackLink, mayShowIdentity } from './topbar';

export function readIdentity(doc: Document, config?: ConsoleConfigFields | null, record: SessionRecord | null = null): IdentityReading {
  return decideIdentity({ topBar: readTopBar(doc), config: config ?? null }, record).reading;
}

/** One line for people: "devops in company1", "alice@company2.onaliyun.com". */
export function describeIdentity(identity: Identity): string {
  if (identity.kind === 'role') return t('status_targetIn', { role: identity.roleName ?? '', account: identity.account ?? identity.accountId ?? t('identity_unnamedAccount') });
  if (identity.principal) return identity.principal;
  return identity.kind === 'root' ? t('identity_logonRoot') : t('identity_logonUser');
}

/** The logon identity for a header or banner: "Logon identity: alice@…", or its kind when unnamed. */
export function logonText(identity: Identity): string {
  if (identity.principal) return t('identity_logon', { principal: identity.principal });
  return identity.kind === 'root' ? t('identity_logonRootTitle') : t('identity_logonUserTitle');
}
