// No English a person can see is left out of the catalogues: every JSX text node and every
// attribute people read (title, aria-label, placeholder, alt, label) in components/ and the
// entrypoints is an expression (t(…), a value), not a literal — read with TypeScript's own
// parser, so comments, class names and code never count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'placeholder', 'alt', 'label', 'aria-roledescription', 'aria-valuetext']);

/** Literal text that is not a language: punctuation, symbols, digits. */
const NOT_WORDS = /^[\s\p{P}\p{S}\d]*$/u;
/** An example to type, the same in every language: a role ARN, a console or list address. */
const TECHNICAL = /^(acs:ram::\S*|https:\/\/\S*)$/;

/** Text that stays as it is on purpose: a key's name on a key cap (<kbd>Enter</kbd>), and text
 *  marked with its own language (a language named in itself: <option lang="zh-CN">简体中文</option>). */
function keptAsIs(n: ts.JsxText, file: ts.SourceFile): boolean {
  const parent = n.parent;
  if (!ts.isJsxElement(parent)) return false;
  const open = parent.openingElement;
  return open.tagName.getText(file) === 'kbd' || open.attributes.properties.some((a) => ts.isJsxAttribute(a) && a.name.getText(file) === 'lang');
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

export function literalTexts(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (n: ts.Node, text: string) => `${path}:${file.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${JSON.stringify(text.trim())}`;
  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n) && !NOT_WORDS.test(n.text) && !keptAsIs(n, file)) found.push(at(n, n.text));
    if (ts.isJsxAttribute(n) && READ_ATTRIBUTES.has(n.name.getText(file))) {
      const init = n.initializer;
      const literal = init && ts.isStringLiteral(init) ? init : init && ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression)) ? init.expression : null;
      if (literal && !NOT_WORDS.test(literal.text) && !TECHNICAL.test(literal.text)) found.push(at(n, literal.text));
      if (init && ts.isJsxExpression(init) && init.expression && ts.isTemplateExpression(init.expression)) found.push(at(n, init.expression.getText(file)));
    }
    // A literal given to a dialog the user reads.
    if (ts.isCallExpression(n) && /^(window\.)?(alert|confirm|prompt)$/.test(n.expression.getText(file))) {
      const arg = n.arguments[0];
      if (arg && (ts.isStringLiteral(arg) || ts.isTemplateExpression(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) found.push(at(n, arg.getText(file)));
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return found;
}

describe('user-visible text in components and entrypoints', () => {
  it('finds a literal text node, a literal title and a template aria-label (the check works)', () => {
    const sample = `export const A = () => <p title="Edit">Hello <b>{t('x')}</b> · <kbd>Esc</kbd> <option lang="en">English</option> <input placeholder="https://" aria-label={\`Remove \${n}\`} /><input placeholder="Search" /></p>;`;
    expect(literalTexts('sample.tsx', sample)).toEqual([
      'sample.tsx:1: "Edit"',
      'sample.tsx:1: "Hello"',
      'sample.tsx:1: "`Remove ${n}`"',
      'sample.tsx:1: "Search"',
    ]);
  });

  it.each([...files('components'), ...files('entrypoints')])('%s has none left untranslated', (path) => {
    expect(literalTexts(path, readFileSync(path, 'utf8'))).toEqual([]);
  });
});
