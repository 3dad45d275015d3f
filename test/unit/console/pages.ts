// Saved pages of the fake console (test/fixtures/console-pages, written by
// test/fake-console/snapshot.ts), loaded into happy-dom's document. Scripts do not run: what a
// test sees is the page as it was saved, client-rendered parts included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleConfigFields } from '@/lib/console/identity-types';
import { pickConsoleConfig } from '@/lib/content/console-config';

const DIR = join(__dirname, '../../fixtures/console-pages');

export const FIXTURE_NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .sort();

export function fixtureHtml(name: string): string {
  return readFileSync(join(DIR, `${name}.html`), 'utf8');
}

/** Replaces the test document with a saved page and returns it. */
export function loadPage(name: string): Document {
  document.documentElement.innerHTML = fixtureHtml(name);
  return document;
}

/** Replaces the test document's body. */
export function setBody(html: string): Document {
  document.documentElement.innerHTML = `<head><title>test</title></head><body>${html}</body>`;
  return document;
}

/**
 * The fields the MAIN-world script would pass on from the page's window.ALIYUN_CONSOLE_CONFIG,
 * read from the saved page's inline script; null when the page has none.
 */
export function consoleConfigOf(name: string): ConsoleConfigFields | null {
  const m = /ALIYUN_CONSOLE_CONFIG\s*=\s*(\{[^;<]*\})/.exec(fixtureHtml(name));
  return m ? pickConsoleConfig({ ALIYUN_CONSOLE_CONFIG: JSON.parse(m[1]!) }) : null;
}
