// Turning a thrown value into a sentence for the user: never swallowed, never "[object Object]".
import { t } from '../i18n';

export function errorText(e: unknown): string {
  if (e instanceof Error || e instanceof DOMException) return e.message || e.name;
  return String(e);
}

/** A rejected sendToBackground, said so a person knows what happened and what to do. */
export function backgroundErrorText(e: unknown, doing: string): string {
  return t('error_background', { doing, error: errorText(e) });
}
