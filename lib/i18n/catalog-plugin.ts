// Build step for the message catalogues: `import text from '…/messages.json?catalog'` gives the
// catalogue as one compact JSON string, without the translators' descriptions and examples.
// lib/i18n parses only the language in use, on first use (a string costs next to nothing to
// compile; the same data as object literals was most of every bundle). Used by the extension's
// build (wxt.config.ts) and by the unit tests (vitest.config.ts).
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

const SUFFIX = '?catalog';

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

export function messageCatalogs(): Plugin {
  // A virtual id of its own (not ending in .json), so Vite's JSON plugin leaves it alone.
  const PREFIX = '\0message-catalog:';
  const END = '.catalog.js';
  return {
    name: 'switch-roles:message-catalogs',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(`messages.json${SUFFIX}`)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      return resolved ? PREFIX + resolved.id + END : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -END.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(compactCatalog(await readFile(file, 'utf8')))};`;
    },
  };
}
