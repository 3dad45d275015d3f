// The safe parse and the JSON scanner: size, syntax positions, depth, keys, credentials.
import { describe, expect, it } from 'vitest';
import { findDuplicateKeys, findSyntaxError, lineAndColumn, positionFromEngineMessage } from '@/lib/teamlist/json-scan';
import { formatBytes, MAX_DEPTH, MAX_DOCUMENT_BYTES, sizeProblem, utf8Length } from '@/lib/teamlist/limits';
import { safeParse } from '@/lib/teamlist/parse';
import { capProblems, formatPath, pointerSegments, quote } from '@/lib/teamlist/problems';
import { isSecretKey, secretValueKind } from '@/lib/teamlist/secrets';

function problems(text: string) {
  const r = safeParse(text);
  if (r.ok) throw new Error('expected the text to be refused');
  return r.problems;
}

describe('size', () => {
  it('refuses a document over the limit before parsing it, stating the limit', () => {
    const text = `"${'x'.repeat(MAX_DOCUMENT_BYTES)}"`;
    // Longer than the limit in characters: that settles it, without counting its bytes.
    expect(problems(text)).toEqual([
      { path: '', message: `The document is at least ${MAX_DOCUMENT_BYTES + 2} bytes; a team list may be at most 8 MiB (8388608 bytes). Split it into several lists.` },
    ]);
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8Length('aé中🚀')).toBe(1 + 2 + 3 + 4);
    const text = `"${'中'.repeat(MAX_DOCUMENT_BYTES / 3 + 1)}"`; // under the limit in characters
    expect(problems(text)[0]!.message).toMatch(new RegExp(`^The document is ${MAX_DOCUMENT_BYTES + 3} bytes;`));
  });

  it.each([
    [900, '900 bytes'],
    [512 * 1024, '512 KiB'],
    [3.4 * 1024 * 1024, '3.4 MiB'],
    [2 * 1024 * 1024 + 50_000, '2.05 MiB'],
  ])('formats %d as %s', (n, text) => expect(formatBytes(n)).toBe(text));

  it('says nothing for a size within the limit', () => expect(sizeProblem(MAX_DOCUMENT_BYTES)).toBeNull());
});

describe('syntax errors', () => {
  it.each([
    ['{"a":}', 1, 6, 'a value is missing'],
    ['{"a":1,}', 1, 8, 'one too many'],
    ['[1,2,]', 1, 6, 'one too many'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'a comma is missing'],
    ["{'a': 1}", 1, 2, 'double quotes'],
    ['{"a": NaN}', 1, 7, 'NaN is not a JSON value'],
    ['{"a": -}', 1, 8, 'not a number'],
    ['{"a": 1.}', 1, 9, 'write digits after "."'],
    ['[01]', 1, 3, 'no leading zeros'],
    ['{"a": "x\\q"}', 1, 10, 'not a JSON escape'],
    ['{"a": "\\u12"}', 1, 12, 'four hex digits'],
    ['{"a": "open', 1, 7, 'never closed'],
    ['{"a": tru}', 1, 7, 'text must be in double quotes'],
    ['{"a" 1}', 1, 6, 'expected ":"'],
    ['[1] [2]', 1, 5, 'after the end of the document'],
    ['{"a": [1, 2}', 1, 12, 'expected "," or "]"'],
    ['{"a": 1', 1, 8, 'ends inside an object'],
    ['\r\n\r\n  @', 3, 3, 'unexpected "@"'],
  ])('%j: line %d, column %d, "%s"', (text, line, column, reason) => {
    const [p] = problems(text);
    expect(p).toMatchObject({ path: '', line, column });
    expect(p!.message).toContain(`Line ${line}, column ${column}: `);
    expect(p!.message).toContain(reason);
  });

  it('finds the same position as V8 wherever V8 names one', () => {
    // Not compared: an unclosed text, which V8 places at the end and we where it opens.
    const samples = ['{"a":1,}', '[1,2', '{"a":1 "b":2}', '{"a":1} x', "{'a':1}", '{"a":"\t"}', '[01]', '{"a":1,,}', '{"a": -}', '{"a": 1.}', '[1e]', '{"a": "x\\q"}', '{"a": "\\u12"}', '{"a": 1'];
    for (const text of samples) {
      let message = '';
      try {
        JSON.parse(text);
      } catch (e) {
        message = (e as Error).message;
      }
      const engine = positionFromEngineMessage(message, text);
      const ours = findSyntaxError(text);
      expect(ours, text).not.toBeNull();
      if (engine) expect(lineAndColumn(text, ours!.offset), `${text}: ${message}`).toEqual(engine);
    }
  });

  it('agrees with V8 on 3 000 mutated documents: valid exactly when JSON.parse takes it', () => {
    let seed = 20261207;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    const base = JSON.stringify({ version: 1, name: 'Ops "team"\n', roles: [{ account: 'acme', roleName: 'a\\b', tags: ['x', 'é😀'], n: -1.5e3 }, { account: 'b', ok: true, no: null }] });
    const pieces = ['"', '\\', '\\u', '\\u00e9', '{', '}', '[', ']', ',', ':', ' ', '\n', '\t', '\u0001', 'a', '0', '-', '.', 'e', 'true', 'nul', '\\"'];
    let invalid = 0;
    for (let k = 0; k < 3000; k++) {
      let text = base;
      for (let m = 0; m <= random(3); m++) {
        const at = random(text.length + 1);
        const piece = pieces[random(pieces.length)]!;
        const op = random(3);
        text = text.slice(0, at) + (op === 0 ? '' : piece) + text.slice(op === 1 ? at : at + 1);
      }
      let message: string | null = null;
      try {
        JSON.parse(text);
      } catch (e) {
        message = (e as Error).message;
      }
      const ours = findSyntaxError(text);
      expect(ours === null, text).toBe(message === null);
      if (!ours) continue;
      invalid++;
      // Where it is may differ from V8's (a word is named where it starts): the samples above.
      expect(ours.offset, text).toBeLessThanOrEqual(text.length);
    }
    expect(invalid).toBeGreaterThan(1000);
  });

  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', '[]', '0', '-1.5e+10', '"a\\u00e9\\n"', ' {"a": [true, false, null, {"b": []}]} ']) {
      expect(findSyntaxError(text), text).toBeNull();
    }
  });

  it.each([
    ['Unexpected token } in JSON at position 11', 'aaaa\nbbbbb\ncc', { line: 3, column: 1 }],
    ['Expected \',\' or \'}\' after property value in JSON at position 12 (line 2 column 3)', '', { line: 2, column: 3 }],
    ['JSON.parse: expected \',\' or \'}\' after property value in object at line 4 column 7 of the JSON data', '', { line: 4, column: 7 }],
    ['Unexpected token \'a\', "abc" is not valid JSON', 'abc', null],
  ])('reads the position from the engine message %j', (message, text, want) => {
    expect(positionFromEngineMessage(message, text)).toEqual(want);
  });

  it('counts lines after \\n, \\r\\n and lone \\r', () => {
    expect(lineAndColumn('a\nb\r\nc\rd', 8)).toEqual({ line: 4, column: 2 });
  });
});

describe('nesting depth', () => {
  const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
  it(`accepts ${MAX_DEPTH} levels and refuses ${MAX_DEPTH + 1}`, () => {
    expect(safeParse(nested(MAX_DEPTH)).ok).toBe(true);
    expect(problems(nested(MAX_DEPTH + 1))[0]!.message).toContain(`more than ${MAX_DEPTH} levels`);
  });

  it('walks 100 000 levels without a stack overflow', () => {
    expect(problems(nested(100_000))).toHaveLength(1);
  });
});

describe('keys', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses "%s" at any depth', (key) => {
    const [p] = problems(`{"roles": [{"a": {"${key}": {"polluted": true}}}]}`);
    expect(p!.path).toBe(`roles[0].a.${key}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a key repeated in one object, naming where', () => {
    expect(problems('{"roles": [{"a": 1, "b": {"c": 1, "c": 2}}]}')).toEqual([
      expect.objectContaining({ path: 'roles[0].b.c', message: expect.stringContaining('appears twice') }),
    ]);
    expect(findDuplicateKeys('{"a": {"x": 1}, "b": {"x": 1}, "a\\u0062": 2, "ab": 3}')).toEqual([{ path: [], key: 'ab' }]);
  });

  it('handles numbers of any length while looking for repeated keys', () => {
    expect(findDuplicateKeys(`{"a": ${'9'.repeat(1000)}, "a": 1}`)).toEqual([{ path: [], key: 'a' }]);
  });
});

describe('credentials', () => {
  it.each(['AccessKeyId', 'accessKeySecret', 'access_key_id', 'ACCESS_KEY_SECRET', 'SecurityToken', 'sts_token', 'token', 'secret', 'client-secret', 'password', 'passwd', 'privateKey', 'private_key', 'credentials', 'apiKey'])(
    'takes the key %s for a credential',
    (key) => expect(isSecretKey(key)).toBe(true),
  );

  it.each(['account', 'roleName', 'arn', 'displayName', 'colour', 'group', 'tags', 'site', 'landingUrl', 'name', 'source', 'version', 'roles', '$schema', 'profiles', 'ram_role_arn', 'region_id', 'oidc_token_file', 'credentials_uri'])(
    'does not take the key %s for one',
    (key) => expect(isSecretKey(key)).toBe(false),
  );

  it.each([
    ['LTAI5tFAKEFAKEFAKE0000000', 'an Alibaba Cloud AccessKey ID'],
    ['my key is LTAI4GFAKEFAKEFAKEFA, do not share', 'an Alibaba Cloud AccessKey ID'],
    ['STS.NFAKEFAKEFAKEFAKEFAKE', 'an Alibaba Cloud STS AccessKey ID'],
    [`CAIS${'A'.repeat(80)}`, 'an Alibaba Cloud STS security token'],
    ['-----BEGIN PRIVATE KEY-----', 'a private key'],
    ['x -----BEGIN RSA PRIVATE KEY----- y', 'a private key'],
  ])('takes the value %s for %s', (value, kind) => expect(secretValueKind(value)).toBe(kind));

  it.each(['LTAI', 'ltai5tfakefakefake0000000', 'XLTAI5tFAKEFAKEFAKE0000000', 'acme-prod', 'https://ecs.console.aliyun.com/'])('does not take %s for one', (value) => {
    expect(secretValueKind(value)).toBeNull();
  });

  it('removes credentials from the value and says where they were', () => {
    const r = safeParse('{"a": {"token": "x", "keep": 1, "empty_secret": ""}, "list": ["LTAI5tFAKEFAKEFAKE0000000", "ok"]}');
    expect(r).toEqual({
      ok: true,
      value: { a: { keep: 1 }, list: [null, 'ok'] },
      secrets: [
        { path: ['a', 'token'], looksLike: 'a credential field', hadValue: true },
        { path: ['a', 'empty_secret'], looksLike: 'a credential field', hadValue: false },
        { path: ['list', 0], looksLike: 'an Alibaba Cloud AccessKey ID', hadValue: true },
      ],
    });
  });

  it('judges a key the same in every object that names it, credential field or credential', () => {
    const key = 'LTAI5tFAKEFAKEFAKE0000000';
    const r = safeParse(JSON.stringify({ roles: [{ token: 'a', keep: 1 }, { token: 'b', keep: 2 }, { [key]: 1 }, { [key]: 2, keep: 3 }] }));
    expect(r).toEqual({
      ok: true,
      value: { roles: [{ keep: 1 }, { keep: 2 }, {}, { keep: 3 }] },
      secrets: [
        { path: ['roles', 0, 'token'], looksLike: 'a credential field', hadValue: true },
        { path: ['roles', 1, 'token'], looksLike: 'a credential field', hadValue: true },
        { path: ['roles', 2, key], looksLike: 'an Alibaba Cloud AccessKey ID', hadValue: true },
        { path: ['roles', 3, key], looksLike: 'an Alibaba Cloud AccessKey ID', hadValue: true },
      ],
    });
  });

  it('names the place of a credential and of a prototype key deep in the document, in document order', () => {
    const r = safeParse('{"a": [{"b": {"__proto__": {"x": 1}, "c": [0, {"password": "p"}]}}], "z": {"constructor": 1}}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual(['a[0].b.c[1].password', 'a[0].b.__proto__', 'z.constructor']);
  });
});

describe('problems', () => {
  it.each([
    [[], ''],
    [['roles', 3, 'roleName'], 'roles[3].roleName'],
    [['a b', 0], '["a b"][0]'],
    [[0, '__proto__'], '[0].__proto__'],
  ])('formats the path %j as %s', (segments, text) => expect(formatPath(segments)).toBe(text));

  it('reads JSON Pointers, escapes included', () => {
    expect(pointerSegments('/roles/3/a~1b~0c/01')).toEqual(['roles', 3, 'a/b~c', '01']);
  });

  it('caps a long list with a count of the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ path: `roles[${i}]`, message: 'x' }));
    const capped = capProblems(many);
    expect(capped).toHaveLength(21);
    expect(capped[20]!.message).toContain('5 more problems not shown');
  });

  it('quotes invisible characters so they can be seen', () => {
    expect(quote('a\u202eb\u200bc')).toBe('"a\\u{202E}b\\u{200B}c"');
    expect(quote('x'.repeat(100))).toBe(`"${'x'.repeat(40)}…"`);
  });
});
