// What the banner draws, as a person sees it: text nodes, and the text CSS draws before an
// element (the identity is drawn with `content: attr(data-text)`, out of window.find()). The
// computed `content` is a quoted CSS string in Chromium; `attr(name)` is read from the element.
// Self-contained, so its source can be sent into the page: the e2e (Chromium) and Firefox
// banner readers declare it and send it with their own function.
export function drawnText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE || (node as Element).localName === 'style') return '';
  const el = node as Element;
  const content = getComputedStyle(el, '::before').content;
  const attr = /^attr\(([\w-]+)\)$/.exec(content);
  const before = attr ? (el.getAttribute(attr[1]!) ?? '') : /^".*"$/.test(content) ? content.slice(1, -1).replace(/\\(.)/g, '$1') : '';
  let text = ` ${before}`;
  for (const child of el.childNodes) text += drawnText(child);
  return `${text} `;
}
