// A JSON scanner for the two things JSON.parse does not tell: where a syntax error is (V8 says
// "Unexpected token 'x'" without a position) and which objects repeat a key (JSON.parse
// silently keeps the last one). It never builds values: JSON.parse does that.
import { MAX_QUOTED_CHARS, quote, type PathSegment } from './problems';

export interface SyntaxFault {
  /** Offset of the offending character in the text (UTF-16 units). */
  offset: number;
  /** What is wrong, for a person: "JSON needs double quotes…". */
  reason: string;
}

export interface DuplicateKey {
  /** The object holding the key twice. */
  path: PathSegment[];
  key: string;
}

interface Frame {
  kind: 'object' | 'array';
  keys: Set<string>;
  /** The segment naming this container inside its parent. */
  segment: PathSegment | null;
  /** Items seen so far (arrays) / the key being read (objects). */
  index: number;
  key: string;
}

class Fault extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const WS = new Set([' ', '\t', '\n', '\r']);

function show(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the text';
  if (ch === '\n' || ch === '\r') return 'a line break';
  if (ch === '\t') return 'a tab';
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || cp === 0x7f) return `a control character (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;
  return `"${ch}"`;
}

/** Scans the text, reporting duplicate keys to onDuplicate; throws Fault on a syntax error. */
function scan(text: string, onDuplicate: (d: DuplicateKey) => void): void {
  let i = 0;
  const stack: Frame[] = [];
  const skipWs = () => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  // stack[0] stands for the document, stack[1] is the root value: neither has a segment.
  const pathOf = () => stack.slice(2).map((f) => f.segment!) as PathSegment[];

  const readString = (): string => {
    const start = i++;
    let out = '';
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return out;
      }
      if (ch === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            const bad = [...hex, ''].findIndex((c) => !/[0-9a-fA-F]/.test(c));
            throw new Fault(i + 2 + bad, 'a \\u escape needs four hex digits, like \\u00e9');
          }
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
          continue;
        }
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === undefined || !(e in simple)) {
          throw new Fault(i + 1, `${show(e === undefined ? undefined : `\\${e}`)} is not a JSON escape: write \\\\ for a backslash`);
        }
        out += simple[e];
        i += 2;
        continue;
      }
      if (ch < ' ') {
        throw new Fault(i, `${show(ch)} inside text: write a line break as \\n and a tab as \\t`);
      }
      out += ch;
      i++;
    }
    throw new Fault(start, 'this text is never closed: add the closing double quote');
  };

  const readNumber = () => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    // Offsets point at the first character that cannot continue the number, as V8's do.
    if (!m) throw new Fault(i + 1, 'this is not a number: JSON numbers look like 1, -2 or 3.5');
    const end = i + m[0].length;
    const next = text[end];
    if (next !== undefined && /[0-9]/.test(next)) throw new Fault(end, 'this is not a JSON number: no leading zeros');
    if (next !== undefined && /[.eE]/.test(next)) {
      throw new Fault(end + 1, `this is not a JSON number: write digits after "${next}", e.g. 1.5 or 1e3`);
    }
    i += m[0].length;
  };

  const unexpectedValue = (): never => {
    const ch = text[i];
    if (ch === undefined) throw new Fault(i, 'the text ends where a value was expected: something is missing at the end');
    // One character more than a quote shows, so a cut word is marked as cut.
    const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + MAX_QUOTED_CHARS + 1))?.[0];
    if (word === 'NaN' || word === 'Infinity' || word === 'undefined') {
      throw new Fault(i, `${word} is not a JSON value: write a number, text in double quotes, or null`);
    }
    if (ch === "'") throw new Fault(i, 'JSON needs double quotes (") around text, not single quotes');
    if (ch === '/') throw new Fault(i, 'JSON has no comments: remove them');
    if (ch === ']' || ch === '}') throw new Fault(i, `unexpected ${show(ch)}: a value is missing, or a comma is one too many`);
    if (word) throw new Fault(i, `unexpected ${quote(word, MAX_QUOTED_CHARS)}: text must be in double quotes`);
    throw new Fault(i, `unexpected ${show(ch)}: expected a value (text in double quotes, a number, true, false, null, an object or a list)`);
  };

  const LITERALS = ['true', 'false', 'null'];
  type State = 'value' | 'key' | 'after';
  let state: State = 'value';
  skipWs();
  stack.push({ kind: 'array', keys: new Set(), segment: null, index: 0, key: '' }); // the document itself

  for (;;) {
    if (state === 'value') {
      const ch = text[i];
      const parent = stack[stack.length - 1]!;
      const segment = stack.length === 1 ? null : parent.kind === 'array' ? parent.index : parent.key;
      if (ch === '{' || ch === '[') {
        i++;
        skipWs();
        const close = ch === '{' ? '}' : ']';
        if (text[i] === close) {
          i++;
          state = 'after';
        } else {
          stack.push({ kind: ch === '{' ? 'object' : 'array', keys: new Set(), segment, index: 0, key: '' });
          state = ch === '{' ? 'key' : 'value';
        }
        continue;
      }
      if (ch === '"') readString();
      else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) readNumber();
      else {
        const lit = LITERALS.find((l) => text.startsWith(l, i));
        if (!lit) unexpectedValue();
        i += lit!.length;
      }
      state = 'after';
      continue;
    }

    const top = stack[stack.length - 1]!;
    if (state === 'key') {
      skipWs();
      const ch = text[i];
      if (ch === '}') throw new Fault(i, 'a comma before "}" is one too many: remove it');
      if (ch === "'") throw new Fault(i, 'JSON needs double quotes (") around property names, not single quotes');
      if (ch !== '"') {
        throw new Fault(i, ch === undefined ? 'the text ends inside an object: close it with "}"' : `unexpected ${show(ch)}: expected a property name in double quotes`);
      }
      const key = readString();
      if (top.keys.has(key)) onDuplicate({ path: pathOf(), key });
      top.keys.add(key);
      top.key = key;
      skipWs();
      if (text[i] !== ':') throw new Fault(i, `expected ":" after the property name ${quote(key, MAX_QUOTED_CHARS)}, found ${show(text[i])}`);
      i++;
      skipWs();
      state = 'value';
      continue;
    }

    // state 'after': a value just ended.
    skipWs();
    const ch = text[i];
    if (stack.length === 1) {
      if (ch === undefined) return;
      throw new Fault(i, `unexpected ${show(ch)} after the end of the document: remove it (one file holds one JSON value)`);
    }
    const close = top.kind === 'object' ? '}' : ']';
    if (ch === ',') {
      i++;
      skipWs();
      if (top.kind === 'array') {
        if (text[i] === ']') throw new Fault(i, 'a comma before "]" is one too many: remove it');
        top.index++;
        state = 'value';
      } else state = 'key';
    } else if (ch === close) {
      i++;
      stack.pop();
      state = 'after';
    } else if (ch === undefined) {
      throw new Fault(i, `the text ends inside ${top.kind === 'object' ? 'an object: close it with "}"' : 'a list: close it with "]"'}`);
    } else {
      const missingComma = ch === '"' || ch === '{' || ch === '[' || /[-0-9]/.test(ch);
      const strayWord = /[A-Za-z_]/.test(ch);
      throw new Fault(
        i,
        missingComma
          ? `a comma is missing before ${show(ch)}`
          : strayWord
            ? `unexpected ${show(ch)}: expected "," or "${close}". Is a double quote missing (or one too many) in the text just before?`
            : `unexpected ${show(ch)}: expected "," or "${close}"`,
      );
    }
  }
}

/** The first syntax error in the text, or null when it is valid JSON. */
export function findSyntaxError(text: string): SyntaxFault | null {
  try {
    scan(text, () => {});
    return null;
  } catch (e) {
    if (e instanceof Fault) return { offset: e.offset, reason: e.reason };
    throw e;
  }
}

/** Every key that appears twice in one object, in document order. Call on valid JSON only. */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  scan(text, (d) => found.push(d));
  return found;
}

/** 1-based line and column of an offset; "\r\n", "\n" and "\r" each end a line. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** The position a JavaScript engine's JSON.parse message names, in either form it uses:
 *  "… at position 12" (V8, sometimes with "(line 2 column 3)") or "… at line 2 column 3" (Firefox). */
export function positionFromEngineMessage(
  message: string,
  text: string,
): { line: number; column: number } | null {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /at position (\d+)/.exec(message);
  if (pos) return lineAndColumn(text, Number(pos[1]));
  return null;
}
