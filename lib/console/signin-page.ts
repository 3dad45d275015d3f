// What a page on the sign-in host is, judged by what it shows rather than by its path: the
// switch form may post to another path (/switchRole.do, /ram/switch) and answer there, and a
// sign-in form may appear at any path. Part of lib/console: the only place that knows pages.
import { readPageError } from './page-error';
import { findSwitchForm } from './switch-form';
import { visibilityChecker } from './visibility';

/** The console's sign-in pages: the RAM user logon page and its variants. */
const SIGNIN_PATHS = /\/(login|logon|signin)(\.htm|\.html|\.do)?$/i;
/** A sign-in form's name field: "RAM user logon name", "用户名", autocomplete=username. */
const LOGON_FIELD_HINT = /logon|login|user ?name|username|登录名|用户名/i;

export type SigninHostPage =
  /** A sign-in form: whoever submitted the switch is signed out. */
  | 'signin'
  /** The switch form (found, or fields that look like it), or an error answering a switch. */
  | 'switch';

/** What the page shows now, or null when it shows neither (yet). */
export function signinHostPageKind(doc: Document): SigninHostPage | null {
  const visible = visibilityChecker(doc);
  const inputs = [...doc.querySelectorAll('input')].filter((i) => visible(i));
  if (inputs.some((i) => i.type === 'password')) return 'signin';
  const lookup = findSwitchForm(doc);
  if (lookup.ok || lookup.cause === 'form-ambiguous') return 'switch';
  const logonField = inputs.some((i) => {
    const hints = [i.name, i.id, i.getAttribute('autocomplete') ?? '', ...[...(i.labels ?? [])].map((l) => l.textContent ?? '')].join(' ');
    return LOGON_FIELD_HINT.test(hints);
  });
  if (logonField) return 'signin';
  return readPageError(doc) !== null ? 'switch' : null;
}

/** A path the console signs people in at, for a page whose content says nothing yet. */
export function isSigninPath(url: string): boolean {
  try {
    return SIGNIN_PATHS.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
