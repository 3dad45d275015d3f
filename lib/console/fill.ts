// Filling a field the way typing does, so client-rendered (controlled) inputs accept it: a
// React-style app tracks the value it last set through the element's own `value` property and
// ignores an input event when the DOM value equals it. The prototype's setter bypasses that
// tracker; the bubbling input and change events then reach the app's handlers.

export function fillInput(el: HTMLInputElement, value: string): void {
  const win = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const proto = win?.HTMLInputElement.prototype ?? HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  el.focus();
  if (setter) setter.call(el, value);
  else el.value = value;
  const EventCtor = win?.Event ?? Event;
  el.dispatchEvent(new EventCtor('input', { bubbles: true }));
  el.dispatchEvent(new EventCtor('change', { bubbles: true }));
  el.blur();
}
