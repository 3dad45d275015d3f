// Saving an export as a file: its name, and the download itself (a Blob behind an <a download>).

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Lower-case words joined by "-", for a file name; "" when nothing usable is left. */
export function slugOf(name: string, max = 40): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** "switch-roles-2026-03-09.json", or "switch-roles-platform-team-2026-03-09.json" for one
 *  list. The date is the local one: the day the person sees on their calendar. */
export function exportFileName(now: Date, listName?: string): string {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const slug = listName ? slugOf(listName) : '';
  return slug ? `switch-roles-${slug}-${day}.json` : `switch-roles-${day}.json`;
}

/** How long the Blob's URL outlives the click: the browser reads it after click() returns. */
const REVOKE_AFTER_MS = 60_000;

/** Starts a download of `text` as `fileName` from `doc` (the options page's document). */
export function downloadText(doc: Document, text: string, fileName: string): void {
  const view = doc.defaultView ?? globalThis;
  const href = view.URL.createObjectURL(new view.Blob([text], { type: 'application/json' }));
  const a = doc.createElement('a');
  a.href = href;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(href), REVOKE_AFTER_MS);
  }
}
