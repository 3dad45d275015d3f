// Build step for the message catalogues.
// - `import text from '…/messages.json?catalog'` gives the catalogue as one compact JSON string,
//   without the translators' descriptions and examples (a string costs next to nothing to
//   compile; the same data as object literals was most of every bundle). Only the contexts that
//   cannot ask the browser or fetch the file bundle it (lib/i18n/bundled.ts).
// - `import order from '…/messages.json?placeholders'` gives, for each message with
//   placeholders, their names in $1…$9 order: what the browser's getMessage needs to fill them.
// Used by the extension's build (wxt.config.ts) and by the unit tests (vitest.config.ts).
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** What formatting a message needs: its text, and each placeholder's $n. */
export function compactCatalog(json: string): string {
  const full = JSON.parse(json) as Record<string, Entry>;
  const out: Record<string, Entry> = {};
  for (const [key, { message, placeholders }] of Object.entries(full)) {
    out[key] = placeholders
      ? { message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([name, p]) => [name, { content: p.content }])) }
      : { message };
  }
  return JSON.stringify(out);
}

/** Each message's placeholder names, the one whose content is "$1" first. A content that is not
 *  exactly one "$n" fails the build: the browser would fill it in a way t() cannot mirror. */
export function placeholderOrder(json: string): Record<string, string[]> {
  const full = JSON.parse(json) as Record<string, Entry>;
  const out: Record<string, string[]> = {};
  for (const [key, { placeholders }] of Object.entries(full)) {
    if (!placeholders) continue;
    const names: string[] = [];
    for (const [name, { content }] of Object.entries(placeholders)) {
      const n = /^\$([1-9])$/.exec(content)?.[1];
      if (!n || names[Number(n) - 1] !== undefined) throw new Error(`messages.json: ${key}.${name} has content ${JSON.stringify(content)}; each placeholder must be one of $1…$9, used once`);
      names[Number(n) - 1] = name;
    }
    // Distinct $n, as many as the placeholders: none skipped.
    if (names.length !== Object.keys(placeholders).length) throw new Error(`messages.json: ${key} skips a $n among its placeholders`);
    out[key] = names;
  }
  return out;
}

const KINDS = { catalog: compactCatalog, placeholders: (json: string) => JSON.stringify(placeholderOrder(json)) } as const;
type Kind = keyof typeof KINDS;

export function messageCatalogs(): Plugin {
  // A virtual id of its own (not ending in .json), so Vite's JSON plugin leaves it alone.
  const PREFIX = '\0message-catalog:';
  const END = '.catalog.js';
  return {
    name: 'switch-roles:message-catalogs',
    enforce: 'pre',
    async resolveId(source, importer) {
      const match = /^(.*messages\.json)\?(catalog|placeholders)$/.exec(source);
      if (!match) return null;
      const resolved = await this.resolve(match[1]!, importer, { skipSelf: true });
      return resolved ? `${PREFIX}${match[2]}:${resolved.id}${END}` : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const rest = id.slice(PREFIX.length, -END.length);
      const kind = rest.slice(0, rest.indexOf(':')) as Kind;
      const file = rest.slice(kind.length + 1);
      this.addWatchFile(file);
      const value = KINDS[kind](await readFile(file, 'utf8'));
      // The catalogue stays a string (parsed on first use); the order is a small object.
      return `export default ${kind === 'catalog' ? JSON.stringify(value) : value};`;
    },
  };
}
