// The page's own console config (window.ALIYUN_CONSOLE_CONFIG) lives in the page's world. A
// tiny MAIN-world script (entrypoints/console-config.content.ts) reads the three fields we use
// and hands them over in a DOM event, as a JSON string; this side asks for them and waits.
//
// That event travels through the page's DOM, so any page script can send one too. This side
// therefore validates every field (a 16-digit account ID, one of three account types, nothing
// else) and keeps the FIRST valid message of the page load, ignoring every later one: a page
// script cannot override what the page-world script sent. Residual risk, by design: a page
// script that runs before ours can still send the first valid-looking message (or simply set
// window.ALIYUN_CONSOLE_CONFIG itself): no DOM channel can tell it apart, since the page owns
// its world. The config is therefore only a hint next to the top bar the user also sees
// (lib/console/identity.ts); it can make the extension say "cannot tell", never act.
import type { ConsoleConfigFields } from '../console/identity-types';

export const CONFIG_EVENT = 'switch-roles-alibaba-cloud:console-config';
export const CONFIG_REQUEST_EVENT = 'switch-roles-alibaba-cloud:console-config-request';

/** A message longer than this is not ours: three short fields fit in a tenth of it. */
const MAX_DETAIL_CHARS = 512;
const ACCOUNT_PK = /^\d{16}$/;
const ACCOUNT_TYPES: readonly string[] = ['main', 'sub', 'sts'];
const FIELDS: readonly string[] = ['currentPk', 'mainAccountPk', 'accountType'];

/** The fields from a value of unknown shape: each valid or left out. */
function fieldsOf(currentPk: unknown, mainAccountPk: unknown, accountType: unknown): ConsoleConfigFields {
  const pk = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  const fields: ConsoleConfigFields = {};
  const current = pk(currentPk);
  const main = pk(mainAccountPk);
  if (current !== undefined && ACCOUNT_PK.test(current)) fields.currentPk = current;
  if (main !== undefined && ACCOUNT_PK.test(main)) fields.mainAccountPk = main;
  if (typeof accountType === 'string' && ACCOUNT_TYPES.includes(accountType)) fields.accountType = accountType as ConsoleConfigFields['accountType'];
  return fields;
}

/** Page world: pick the fields from the page's globals. */
export function pickConsoleConfig(win: Record<string, unknown>): ConsoleConfigFields {
  const object = (v: unknown) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
  const config = object(win.ALIYUN_CONSOLE_CONFIG);
  const ecs = object(win.ALIYUN_ECS_CONSOLE_CONFIG);
  // The ECS console's own config says the account type with two flags instead.
  const ecsType = ecs.isRoleAccount === true ? 'sts' : ecs.isChildAccount === true ? 'sub' : undefined;
  return fieldsOf(config.CURRENT_PK ?? ecs.CURRENT_PK, config.MAIN_ACCOUNT_PK ?? ecs.MASTER_PK, config.ACCOUNT_TYPE ?? ecsType);
}

/**
 * Isolated world: the fields an event carries, or null when it is not a valid message of ours:
 * not a short JSON object, a key of its own, or a field that is present but not valid (a
 * 15-digit ID, an account type "admin"). A message with no field at all is valid: a console
 * page without the config says so.
 */
export function parseConfigMessage(detail: unknown): ConsoleConfigFields | null {
  if (typeof detail !== 'string' || detail.length > MAX_DETAIL_CHARS) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(detail);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const record = raw as Record<string, unknown>;
  if (Object.keys(record).some((k) => !FIELDS.includes(k))) return null;
  const fields = fieldsOf(record.currentPk, record.mainAccountPk, record.accountType);
  const given = Object.keys(record).filter((k) => record[k] !== undefined && record[k] !== null);
  const typed = (k: string) => typeof record[k] === 'string';
  // Every field given must be a valid string: a page's odd value refuses the whole message.
  if (given.some((k) => !typed(k) || !(k in fields))) return null;
  return fields;
}

/** Isolated world: the fields, or null if the page has no config (or says nothing in time).
 *  The first valid message wins; invalid ones are ignored, and so is everything after. */
export function requestConsoleConfig(doc: Document, timeoutMs: number): Promise<ConsoleConfigFields | null> {
  return new Promise((resolve) => {
    const win = doc.defaultView!;
    const done = (value: ConsoleConfigFields | null) => {
      doc.removeEventListener(CONFIG_EVENT, onConfig);
      win.clearTimeout(timer);
      resolve(value);
    };
    const onConfig = (e: Event) => {
      const fields = parseConfigMessage((e as CustomEvent).detail);
      if (fields) done(fields);
    };
    doc.addEventListener(CONFIG_EVENT, onConfig);
    const timer = win.setTimeout(() => done(null), timeoutMs);
    doc.dispatchEvent(new CustomEvent(CONFIG_REQUEST_EVENT));
  });
}
