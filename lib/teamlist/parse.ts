// The safe parse: everything checked before the schema sees the value. Size first (on the raw
// text), then JSON syntax with line and column, then one walk over the value for nesting
// depth, prototype keys and credentials, then keys repeated in one object.
import { findDuplicateKeys, findSyntaxError, lineAndColumn, positionFromEngineMessage } from './json-scan';
import { FORBIDDEN_KEYS, MAX_DEPTH, sizeProblem, utf8Length } from './limits';
import { capProblems, formatPath, type PathSegment, type Problem } from './problems';
import { isSecretKey, SECRET_ADVICE, secretValueKind } from './secrets';

export interface SafeParseOptions {
  /** 'refuse' (team lists): a credential anywhere refuses the document.
   *  'strip' (the CLI's config, which holds keys by design): credentials are removed from the
   *  value and their paths returned, so the caller can say what was ignored. */
  secrets: 'refuse' | 'strip';
}

export type SafeParseResult =
  | { ok: true; value: unknown; stripped: PathSegment[][] }
  | { ok: false; problems: Problem[] };

const BOM = '\uFEFF';

export function safeParse(text: string, options: SafeParseOptions = { secrets: 'refuse' }): SafeParseResult {
  // A string's UTF-16 length never exceeds its UTF-8 length, so a quick first test is exact
  // enough to refuse a huge paste without walking it.
  const tooBig = sizeProblem(text.length) && sizeProblem(utf8Length(text));
  if (tooBig) return fail([{ path: '', message: tooBig }]);

  // Editors on Windows may save a byte order mark; it is not part of the JSON.
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.trim() === '') {
    return fail([{ path: '', message: 'The document is empty. Choose or paste a team list: a JSON document like {"version": 1, "roles": […]}.' }]);
  }

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return fail([syntaxProblem(body, e instanceof Error ? e.message : String(e))]);
  }

  const stripped: PathSegment[][] = [];
  const problems = walk(value, options, stripped);
  for (const d of findDuplicateKeys(body)) {
    problems.push({
      path: formatPath(d.path),
      message: `The key ${JSON.stringify(d.key)} appears twice in this object. JSON keeps only the last one, which may not be the one a reviewer read: remove one.`,
    });
  }
  if (problems.length > 0) return fail(problems);
  return { ok: true, value, stripped };
}

function fail(problems: Problem[]): SafeParseResult {
  return { ok: false, problems: capProblems(problems) };
}

function syntaxProblem(text: string, engineMessage: string): Problem {
  const fault = findSyntaxError(text);
  // The engine's position when it gives one; otherwise (V8's "Unexpected token") ours.
  const at = positionFromEngineMessage(engineMessage, text) ?? lineAndColumn(text, fault?.offset ?? text.length);
  // Our reason says what to fix; the engine's names only the symptom (and quotes the input).
  const reason = fault?.reason ?? engineMessage.replace(/, ".*" is not valid JSON$/s, '');
  return {
    path: '',
    line: at.line,
    column: at.column,
    message: `Line ${at.line}, column ${at.column}: ${reason}. This is not valid JSON.`,
  };
}

interface Visit {
  value: unknown;
  path: PathSegment[];
  depth: number;
}

/** One iterative walk (a document may nest far deeper than the call stack allows). */
function walk(root: unknown, options: SafeParseOptions, stripped: PathSegment[][]): Problem[] {
  const problems: Problem[] = [];
  const stack: Visit[] = [{ value: root, path: [], depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const kind = secretValueKind(value);
      if (kind) problems.push(secretValue(path, kind));
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > MAX_DEPTH) {
      problems.push({
        path: formatPath(path),
        message: `Objects and lists nest more than ${MAX_DEPTH} levels deep here. A team list needs 4: this is not a team list.`,
      });
      return problems; // one is enough; the rest of a hostile tree would only repeat it
    }
    const children: Visit[] = [];
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (typeof item === 'string' && options.secrets === 'strip' && secretValueKind(item)) {
          stripped.push([...path, i]);
          value[i] = null;
        } else children.push({ value: item, path: [...path, i], depth: depth + 1 });
      });
    } else {
      const record = value as Record<string, unknown>;
      // Object.keys, not for…in: JSON.parse makes "__proto__" an own property, and it must be seen.
      for (const key of Object.keys(record)) {
        const keyPath = [...path, key];
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push({
            path: formatPath(keyPath),
            message: `The key ${JSON.stringify(key)} is not allowed anywhere in a team list: it could tamper with the extension's objects. Remove it.`,
          });
          continue;
        }
        if (isSecretKey(key) || secretValueKind(key)) {
          if (options.secrets === 'strip') {
            stripped.push(keyPath);
            delete record[key];
          } else problems.push(secretKey(keyPath, key));
          continue;
        }
        const child = record[key];
        if (typeof child === 'string' && options.secrets === 'strip' && secretValueKind(child)) {
          stripped.push(keyPath);
          delete record[key];
          continue;
        }
        children.push({ value: child, path: keyPath, depth: depth + 1 });
      }
    }
    // Reversed so problems come out in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return problems;
}

function secretKey(path: PathSegment[], key: string): Problem {
  return {
    path: formatPath(path),
    secret: true,
    message: `${JSON.stringify(key)} looks like a credential field, so the document was refused. ${SECRET_ADVICE}`,
  };
}

function secretValue(path: PathSegment[], kind: string): Problem {
  return {
    path: formatPath(path),
    secret: true,
    message: `This value looks like ${kind}, so the document was refused. ${SECRET_ADVICE}`,
  };
}
