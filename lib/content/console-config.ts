// The page's own console config (window.ALIYUN_CONSOLE_CONFIG) lives in the page's world. A
// tiny MAIN-world script (entrypoints/console-config.content.ts) reads the three fields we use
// and hands them over in a DOM event, as a JSON string; this side asks for them and waits.
import type { ConsoleConfigFields } from '../console/identity-types';

export const CONFIG_EVENT = 'switch-roles-alibaba-cloud:console-config';
export const CONFIG_REQUEST_EVENT = 'switch-roles-alibaba-cloud:console-config-request';

/** Page world: pick the fields from the page's globals. */
export function pickConsoleConfig(win: Record<string, unknown>): ConsoleConfigFields {
  const config = (win.ALIYUN_CONSOLE_CONFIG ?? {}) as Record<string, unknown>;
  const ecs = (win.ALIYUN_ECS_CONSOLE_CONFIG ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  const type = str(config.ACCOUNT_TYPE);
  // The ECS console's own config says it with two flags instead.
  const ecsType = ecs.isRoleAccount === true ? 'sts' : ecs.isChildAccount === true ? 'sub' : undefined;
  return {
    currentPk: str(config.CURRENT_PK) ?? str(ecs.CURRENT_PK),
    mainAccountPk: str(config.MAIN_ACCOUNT_PK) ?? str(ecs.MASTER_PK),
    accountType: type === 'main' || type === 'sub' || type === 'sts' ? type : ecsType,
  };
}

/** Isolated world: the fields, or null if the page has no config (or says nothing in time). */
export function requestConsoleConfig(doc: Document, timeoutMs: number): Promise<ConsoleConfigFields | null> {
  return new Promise((resolve) => {
    const win = doc.defaultView!;
    const done = (value: ConsoleConfigFields | null) => {
      doc.removeEventListener(CONFIG_EVENT, onConfig);
      win.clearTimeout(timer);
      resolve(value);
    };
    const onConfig = (e: Event) => {
      try {
        const fields = JSON.parse(String((e as CustomEvent).detail)) as ConsoleConfigFields;
        done({
          currentPk: typeof fields.currentPk === 'string' ? fields.currentPk : undefined,
          mainAccountPk: typeof fields.mainAccountPk === 'string' ? fields.mainAccountPk : undefined,
          accountType: fields.accountType,
        });
      } catch {
        done(null);
      }
    };
    doc.addEventListener(CONFIG_EVENT, onConfig);
    const timer = win.setTimeout(() => done(null), timeoutMs);
    doc.dispatchEvent(new CustomEvent(CONFIG_REQUEST_EVENT));
  });
}
