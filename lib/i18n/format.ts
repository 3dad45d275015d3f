// The browser's messages.json format, formatted the way browser.i18n.getMessage does: named
// placeholders ($name$, case-insensitive) whose content is $1…$9, and "$$" for a dollar sign.
// Substitutions are inserted as text; nothing here is ever parsed as HTML.

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

export function formatMessage(entry: CatalogEntry | undefined, subs: Record<string, string | number> | undefined): string {
  if (!entry) return '';
  const byName = new Map<string, string>();
  for (const [name, p] of Object.entries(entry.placeholders ?? {})) {
    // A placeholder's content is "$1"…"$9": the substitution given under the placeholder's name.
    const value = p.content.replace(/\$\d/g, () => String(subs?.[name] ?? ''));
    byName.set(name.toLowerCase(), value);
  }
  return entry.message.replace(/\$\$|\$([a-z0-9_@]+)\$/gi, (match, name: string | undefined) =>
    name === undefined ? '$' : (byName.get(name.toLowerCase()) ?? match),
  );
}

/** The placeholder names a message uses, sorted: the same in every language. */
export function placeholderNames(entry: CatalogEntry): string[] {
  return Object.keys(entry.placeholders ?? {})
    .map((n) => n.toLowerCase())
    .sort();
}
