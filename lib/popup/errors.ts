// Turning a thrown value into a sentence for the user: never swallowed, never "[object Object]".

export function errorText(e: unknown): string {
  if (e instanceof Error || e instanceof DOMException) return e.message || e.name;
  return String(e);
}

/** A rejected sendToBackground, said so a person knows what happened and what to do. */
export function backgroundErrorText(e: unknown, doing: string): string {
  return `Could not ${doing}: the extension's background did not answer (${errorText(e)}). Try again; if it keeps failing, reload the extension.`;
}
