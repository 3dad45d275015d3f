// A JSON scanner for the two things JSON.parse does not tell: where a syntax error is (V8 says
// "Unexpected token 'x'" without a position) and which objects repeat a key (JSON.parse
// silently keeps the last one). It never builds values: JSON.parse does that.
import { t } from '../i18n';
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
const WS = /[ \t\n\r]*/y;
/** A run of characters a JSON string holds as they are: taken at once, not one at a time. */
const PLAIN = /[^"\\\u0000-\u001f]*/y;

function show(ch: string | undefined): string {
  if (ch === undefined) return t('char_endOfText');
  if (ch === '\n' || ch === '\r') return t('char_lineBreak');
  if (ch === '\t') return t('char_tab');
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || cp === 0x7f) return t('char_control', { code: cp.toString(16).toUpperCase().padStart(4, '0') });
  return `"${ch}"`;
}

/** Scans the text, reporting duplicate keys to onDuplicate; throws Fault on a syntax error. */
function scan(text: string, onDuplicate: (d: DuplicateKey) => void): void {
  let i = 0;
  const stack: Frame[] = [];
  const skipWs = () => {
    WS.lastIndex = i;
    if (WS.test(text)) i = WS.lastIndex;
  };
  // stack[0] stands for the document, stack[1] is the root value: neither has a segment.
  const pathOf = () => stack.slice(2).map((f) => f.segment!) as PathSegment[];

  const readString = (): string => {
    const start = i++;
    let out = '';
    while (i < text.length) {
      PLAIN.lastIndex = i;
      if (PLAIN.test(text) && PLAIN.lastIndex > i) {
        out += text.slice(i, PLAIN.lastIndex);
        i = PLAIN.lastIndex;
        if (i === text.length) break;
      }
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
            throw new Fault(i + 2 + bad, t('scan_uEscape'));
          }
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
          continue;
        }
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === undefined || !(e in simple)) {
          throw new Fault(i + 1, t('scan_badEscape', { what: show(e === undefined ? undefined : `\\${e}`) }));
        }
        out += simple[e];
        i += 2;
        continue;
      }
      if (ch < ' ') {
        throw new Fault(i, t('scan_rawInText', { what: show(ch) }));
      }
      out += ch;
      i++;
    }
    throw new Fault(start, t('scan_unclosed'));
  };

  const readNumber = () => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    // Offsets point at the first character that cannot continue the number, as V8's do.
    if (!m) throw new Fault(i + 1, t('scan_notNumber'));
    const end = i + m[0].length;
    const next = text[end];
    if (next !== undefined && /[0-9]/.test(next)) throw new Fault(end, t('scan_leadingZero'));
    if (next !== undefined && /[.eE]/.test(next)) {
      throw new Fault(end + 1, t('scan_digitsAfter', { after: next }));
    }
    i += m[0].length;
  };

  const unexpectedValue = (): never => {
    const ch = text[i];
    if (ch === undefined) throw new Fault(i, t('scan_endsForValue'));
    // One character more than a quote shows, so a cut word is marked as cut.
    const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + MAX_QUOTED_CHARS + 1))?.[0];
    if (word === 'NaN' || word === 'Infinity' || word === 'undefined') {
      throw new Fault(i, t('scan_notValue', { word }));
    }
    if (ch === "'") throw new Fault(i, t('scan_singleQuotes'));
    if (ch === '/') throw new Fault(i, t('scan_comments'));
    if (ch === ']' || ch === '}') throw new Fault(i, t('scan_unexpectedClose', { what: show(ch) }));
    if (word) throw new Fault(i, t('scan_unquotedWord', { word: quote(word, MAX_QUOTED_CHARS) }));
    throw new Fault(i, t('scan_expectedValue', { what: show(ch) }));
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
      if (ch === '}') throw new Fault(i, t('scan_commaBeforeBrace'));
      if (ch === "'") throw new Fault(i, t('scan_singleQuoteKeys'));
      if (ch !== '"') {
        throw new Fault(i, ch === undefined ? t('scan_endsInObject') : t('scan_expectedKey', { what: show(ch) }));
      }
      const key = readString();
      if (top.keys.has(key)) onDuplicate({ path: pathOf(), key });
      top.keys.add(key);
      top.key = key;
      skipWs();
      if (text[i] !== ':') throw new Fault(i, t('scan_expectedColon', { key: quote(key, MAX_QUOTED_CHARS), what: show(text[i]) }));
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
      throw new Fault(i, t('scan_afterEnd', { what: show(ch) }));
    }
    const close = top.kind === 'object' ? '}' : ']';
    if (ch === ',') {
      i++;
      skipWs();
      if (top.kind === 'array') {
        if (text[i] === ']') throw new Fault(i, t('scan_commaBeforeBracket'));
        top.index++;
        state = 'value';
      } else state = 'key';
    } else if (ch === close) {
      i++;
      stack.pop();
      state = 'after';
    } else if (ch === undefined) {
      throw new Fault(i, top.kind === 'object' ? t('scan_endsInObject') : t('scan_endsInList'));
    } else {
      const missingComma = ch === '"' || ch === '{' || ch === '[' || /[-0-9]/.test(ch);
      const strayWord = /[A-Za-z_]/.test(ch);
      throw new Fault(
        i,
        missingComma
          ? t('scan_missingComma', { what: show(ch) })
          : strayWord
            ? t('scan_strayWord', { what: show(ch), close })
            : t('scan_expectedCommaOrClose', { what: show(ch), close }),
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
