// The safe parse: everything checked before the schema sees the value. Size first (on the raw
// text, from its length where that settles it), then JSON syntax with line and column, then one
// walk over the value for nesting depth, prototype keys and credentials, then keys repeated in
// one object. Whatever refuses the document, a credential in it is always reported too (first).
import { findDuplicateKeys, findSyntaxError, lineAndColumn, positionFromEngineMessage } from './json-scan';
import { FORBIDDEN_KEYS, MAX_DEPTH, textSizeProblem } from './limits';
import { capProblems, formatPath, MAX_QUOTED_CHARS, quote, type PathSegment, type Problem } from './problems';
import { t } from '../i18n';
import { CREDENTIAL_FIELD, isSecretKey, secretAdvice, secretInText, secretKindText, secretValueKind } from './secrets';

/** A credential found in the value, and removed from it. */
export interface SecretFinding {
  path: PathSegment[];
  /** Why: "a credential field" (the key's name) or "an Alibaba Cloud AccessKey ID" (the value). */
  looksLike: string;
  /** False for an empty field ("access_key_id": ""), which carried nothing. */
  hadValue: boolean;
}

/** The value has every credential removed; `secrets` says where they were. Whether that
 *  refuses the document (a team list) or is only reported (the CLI's config, which holds keys
 *  by design) is the caller's decision. */
export type SafeParseResult =
  | { ok: true; value: unknown; secrets: SecretFinding[] }
  | { ok: false; problems: Problem[] };

const BOM = '\uFEFF';

export function safeParse(text: string): SafeParseResult {
  const tooBig = textSizeProblem(text);
  if (tooBig) return fail([{ path: '', message: tooBig }]);

  // Editors on Windows may save a byte order mark; it is not part of the JSON.
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.trim() === '') {
    return fail([{ path: '', message: t('parse_empty') }]);
  }

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return refuse(body, [], [syntaxProblem(body, e instanceof Error ? e.message : String(e))]);
  }

  const secrets: SecretFinding[] = [];
  const problems = walk(value, secrets);
  for (const d of findDuplicateKeys(body)) {
    problems.push({
      path: formatPath([...d.path, d.key]),
      message: t('parse_duplicateKey', { key: quote(d.key, MAX_QUOTED_CHARS) }),
    });
  }
  if (problems.length > 0) return refuse(body, secrets, problems);
  return { ok: true, value, secrets };
}

/** A refusal for other reasons that still names every credential the document carries: the
 *  ones the walk found, or — when it never ran (a syntax error) or stopped early (nesting) —
 *  one found in the raw text. */
function refuse(text: string, secrets: SecretFinding[], problems: Problem[]): SafeParseResult {
  const warnings = secrets.map(secretProblem);
  if (warnings.length === 0) {
    const kind = secretInText(text);
    if (kind) {
      warnings.push({
        path: '',
        secret: true,
        message: t('secret_docCarries', { kind: secretKindText(kind), advice: secretAdvice() }),
      });
    }
  }
  return fail([...warnings, ...problems]);
}

function fail(problems: Problem[]): SafeParseResult {
  return { ok: false, problems: capProblems(problems) };
}

function syntaxProblem(text: string, engineMessage: string): Problem {
  // The scanner's position and reason, which say what to fix and where, and agree with V8's
  // positions (test/unit/teamlist/parse.test.ts) except that an unclosed text is shown where
  // it opens. V8 names no position for "Unexpected token" errors, so the scanner is needed
  // anyway; the engine's own position and words are the fallback should it ever disagree.
  const fault = findSyntaxError(text);
  const at = fault ? lineAndColumn(text, fault.offset) : (positionFromEngineMessage(engineMessage, text) ?? lineAndColumn(text, text.length));
  const reason = fault?.reason ?? engineMessage.replace(/, ".*" is not valid JSON$/s, '');
  return {
    path: '',
    line: at.line,
    column: at.column,
    message: t('parse_syntax', { where: t('problem_where', { line: at.line, column: at.column }), reason }),
  };
}

/** An object or array still to look into. Its path is made only when something in it is
 *  reported: a walk over 20 000 roles would otherwise copy a path for every field. */
interface Visit {
  value: object;
  parent: Visit | null;
  key: PathSegment;
  depth: number;
}

function pathOf(visit: Visit): PathSegment[] {
  const path: PathSegment[] = [];
  for (let v: Visit | null = visit; v.parent; v = v.parent) path.push(v.key);
  return path.reverse();
}

function carriesSomething(v: unknown): boolean {
  return !(v === '' || v === null || v === undefined || v === 0 || v === false);
}

/** One iterative walk (a document may nest far deeper than the call stack allows): nesting,
 *  prototype keys, and credentials, which it removes from the value. */
function walk(root: unknown, secrets: SecretFinding[]): Problem[] {
  const problems: Problem[] = [];
  if (typeof root === 'string' && secretValueKind(root)) {
    secrets.push({ path: [], looksLike: secretValueKind(root)!, hadValue: true });
  }
  if (root === null || typeof root !== 'object') return problems;
  // A list names the same few keys in every role: each is judged once.
  const keyVerdicts = new Map<string, string | false>();
  const secretKey = (key: string): string | false => {
    let verdict = keyVerdicts.get(key);
    if (verdict === undefined) keyVerdicts.set(key, (verdict = isSecretKey(key) ? CREDENTIAL_FIELD : (secretValueKind(key) ?? false)));
    return verdict;
  };
  const stack: Visit[] = [{ value: root, parent: null, key: '', depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    if (depth + 1 > MAX_DEPTH) {
      problems.push({
        path: formatPath(pathOf(visit)),
        message: t('parse_tooDeep', { max: MAX_DEPTH }),
      });
      return problems; // one is enough; the rest of a hostile tree would only repeat it
    }
    const record = value as Record<string, unknown>;
    const isList = Array.isArray(value);
    // Object.keys, not for…in: JSON.parse makes "__proto__" an own property, and it must be seen.
    const keys: readonly PathSegment[] | null = isList ? null : Object.keys(record);
    const count = keys ? keys.length : (value as unknown[]).length;
    // First, in document order, what is reported: prototype keys, and credentials (removed).
    for (let i = 0; i < count; i++) {
      const key = keys ? keys[i]! : i;
      const child = record[key];
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        problems.push({
          path: formatPath([...pathOf(visit), key]),
          message: t('parse_forbiddenKey', { key: JSON.stringify(key) }),
        });
        continue;
      }
      const byKey = typeof key === 'string' && secretKey(key);
      const byValue = typeof child === 'string' ? secretValueKind(child) : null;
      if (byKey || byValue) {
        secrets.push({ path: [...pathOf(visit), key], looksLike: (byKey || byValue)!, hadValue: carriesSomething(child) });
        if (isList) value[key as number] = null;
        else delete record[key];
      }
    }
    // Then what is left to look into, pushed last first so that it is visited in document order.
    for (let i = count - 1; i >= 0; i--) {
      const key = keys ? keys[i]! : i;
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) continue;
      const child = record[key];
      if (child !== null && typeof child === 'object') stack.push({ value: child, parent: visit, key, depth: depth + 1 });
    }
  }
  return problems;
}

/** A credential as the reason a team list is refused. */
export function secretProblem(s: SecretFinding): Problem {
  const message =
    s.looksLike === CREDENTIAL_FIELD
      ? t('secret_fieldLooks', { key: quote(s.path[s.path.length - 1], MAX_QUOTED_CHARS), advice: secretAdvice() })
      : t('secret_valueLooks', { kind: secretKindText(s.looksLike), advice: secretAdvice() });
  return { path: formatPath(s.path), secret: true, message };
}
