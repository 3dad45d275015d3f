// Filling a field the way typing does, so a React-style controlled input takes the value.
import { beforeEach, describe, expect, it } from 'vitest';
import { fillInput } from '@/lib/console/fill';
import { findSwitchForm } from '@/lib/console/switch-form';
import { loadPage, setBody } from './pages';

/**
 * An input controlled the way React does it (and the fake console's modern page): the app
 * tracks the value it last set through the element's own `value` property, and ignores an input
 * event when the DOM value equals the tracked one. Returns the app's state.
 */
function controlled(input: HTMLInputElement) {
  const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  const state = { value: '', events: 0 };
  let tracker = '';
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() {
      return native.get!.call(this);
    },
    set(v: string) {
      tracker = String(v);
      native.set!.call(this, v);
    },
  });
  const onChange = () => {
    state.events++;
    const dom = native.get!.call(input) as string;
    if (dom === tracker) return;
    tracker = dom;
    state.value = dom;
  };
  input.addEventListener('input', onChange);
  input.addEventListener('change', onChange);
  return state;
}

describe('fillInput', () => {
  let input: HTMLInputElement;
  beforeEach(() => {
    setBody('<form id="f"><div class="wrap"><input id="i" type="text"></div></form>');
    input = document.querySelector('#i')!;
  });

  it('reaches the state of a controlled input', () => {
    const app = controlled(input);
    fillInput(input, 'company1');
    expect(app.value).toBe('company1');
    expect(input.value).toBe('company1');
  });

  it('is needed: a bare `.value =` and an input event leave the app’s state as it was', () => {
    const app = controlled(input);
    input.value = 'company1';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(input.value).toBe('company1');
    expect(app).toEqual({ value: '', events: 1 });
  });

  it('replaces what the field held', () => {
    const app = controlled(input);
    fillInput(input, 'company1');
    fillInput(input, 'company2.onaliyun.com');
    expect(app.value).toBe('company2.onaliyun.com');
  });

  it('fires bubbling input then change events from the field', () => {
    const seen: string[] = [];
    for (const type of ['input', 'change']) {
      document.addEventListener(type, (e) => seen.push(`${e.type} from #${(e.target as Element).id}, bubbles=${e.bubbles}`));
    }
    fillInput(input, 'x');
    expect(seen).toEqual(['input from #i, bubbles=true', 'change from #i, bubbles=true']);
  });

  it('fills a plain input too', () => {
    fillInput(input, 'devops');
    expect(input.value).toBe('devops');
  });

  it('fills the saved modern switch page’s fields', () => {
    const lookup = findSwitchForm(loadPage('modern-en'));
    if (!lookup.ok) throw new Error(lookup.detail);
    const account = controlled(lookup.form.account);
    const role = controlled(lookup.form.role);
    fillInput(lookup.form.account, '1234567890123456.onaliyun.com');
    fillInput(lookup.form.role, 'ecs-admin');
    expect([account.value, role.value]).toEqual(['1234567890123456.onaliyun.com', 'ecs-admin']);
  });
});
