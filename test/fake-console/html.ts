// A tiny HTML builder: the `html` tag escapes every interpolated value unless it is
// already-built markup (Raw), so no page can forget to escape a user-supplied string.

export class Raw {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Part = string | number | Raw | null | undefined | false | readonly Part[];

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function render(p: Part): string {
  if (p === null || p === undefined || p === false) return '';
  if (p instanceof Raw) return p.value;
  if (Array.isArray(p)) return p.map(render).join('');
  return escapeHtml(String(p));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Raw {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Raw(out);
}

/** A value as a JS literal safe inside <script>: no "</script>", no line separators. */
export function jsonForScript(v: unknown): Raw {
  return new Raw(
    JSON.stringify(v)
      .replace(/</g, '\\u003c')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );
}

export function documentPage(p: {
  lang: 'en' | 'zh';
  title: string;
  head?: Raw;
  body: Raw;
  bodyClass?: string;
}): string {
  return html`<!DOCTYPE html>
<html lang="${p.lang === 'zh' ? 'zh-CN' : 'en-US'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title}</title>
${p.head}
</head>
<body class="${p.bodyClass ?? ''}">
${p.body}
</body>
</html>
`.value;
}
