// On the sign-in host: decide by content what the page is (a sign-in form, the switch form or
// the console's answer to a switch — whatever its path), ask the background what to do, then
// fill and submit the form the way a person would, or report what went wrong. Each step reports
// back, so the background can end the switch with a clear outcome whatever happens here.
import { fillInput } from '../console/fill';
import { pageKindOf } from '../console/hosts';
import { readPageError, watchForPageError } from '../console/page-error';
import { isSigninPath, signinHostPageKind } from '../console/signin-page';
import { filledAsExpected, findSwitchForm, type FormLookup } from '../console/switch-form';
import { waitFor } from '../console/wait';
import { sendToBackground } from '../messages';

/** How long a page at another path may take to show what it is (a client-rendered answer). */
const PAGE_KIND_TIMEOUT_MS = 5_000;
/** How long to watch for the console's error after pressing submit on a page that stays. */
const AFTER_SUBMIT_TIMEOUT_MS = 15_000;

/** Waits for the form to render (client-rendered pages draw it late); the last lookup on
 *  timeout, or 'signin' when a sign-in form shows instead. */
async function waitForForm(doc: Document, timeoutMs: number, signal: AbortSignal): Promise<FormLookup | 'signin'> {
  const found = await waitFor<FormLookup | 'signin'>(doc, () => {
    const lookup = findSwitchForm(doc);
    if (lookup.ok) return lookup;
    return signinHostPageKind(doc) === 'signin' ? 'signin' : null;
  }, { timeoutMs, signal });
  return found ?? findSwitchForm(doc);
}

/** One animation frame (a timer tick in a hidden tab, which gets no frames in Firefox): lets a
 *  client-rendered app re-render after our input events. */
function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    if (win.document.visibilityState === 'hidden') win.setTimeout(resolve, 16);
    else win.requestAnimationFrame(() => resolve());
  });
}

/**
 * Reports the console's answer on this page: the first error shown from now on. `stale` is an
 * error already on the page (an earlier attempt's): it only counts once it has gone and come
 * back, or changed. With nothing stale, silence is reported too (the form came back, mute).
 */
async function reportAnswer(watching: Promise<string | null>, signal: AbortSignal, reportSilence: boolean): Promise<void> {
  const text = await watching;
  if (!signal.aborted && (text !== null || reportSilence)) await sendToBackground('switchPageError', { text: text ?? '' });
}

export async function runSwitchPage(doc: Document, signal: AbortSignal): Promise<void> {
  const url = doc.location.href;
  const byPath = pageKindOf(url);
  if (byPath === 'exit') return;
  if (byPath !== 'switch') {
    // Another path: a sign-in page, or the switch form answering there (a form that posts to
    // /switchRole.do re-renders itself with the error). Only its content can tell.
    const kind = (await waitFor(doc, () => signinHostPageKind(doc), { timeoutMs: PAGE_KIND_TIMEOUT_MS, signal })) ?? (isSigninPath(url) ? 'signin' : null);
    if (signal.aborted || kind === null) return;
    if (kind === 'signin') {
      await sendToBackground('signinPageLoaded', { url });
      return;
    }
  }
  const instruction = await sendToBackground('switchPageLoaded', { url });
  if (instruction.action === 'report-outcome') {
    await reportAnswer(watchForPageError(doc, { timeoutMs: instruction.timeoutMs, signal }), signal, true);
    return;
  }
  if (instruction.action !== 'fill') return;

  const lookup = await waitForForm(doc, instruction.formTimeoutMs, signal);
  if (signal.aborted) return;
  if (lookup === 'signin') {
    await sendToBackground('signinPageLoaded', { url });
    return;
  }
  if (!lookup.ok) {
    await sendToBackground('formFailed', { cause: lookup.cause, detail: lookup.detail });
    return;
  }
  const { form } = lookup;
  fillInput(form.account, instruction.account);
  fillInput(form.role, instruction.roleName);
  await nextFrame(doc.defaultView!);
  const rejected = filledAsExpected(form, instruction.account, instruction.roleName);
  if (rejected) {
    await sendToBackground('formFailed', rejected);
    return;
  }
  const { submit } = await sendToBackground('formFilled', {});
  if (!submit) return;
  // Watch from before the click: an answer shown briefly (a toast) is caught however short.
  // A server-rendered form navigates away (and this script with it); the page it lands on
  // reports. Silence here is not reported: the landing page or the time limit ends it.
  const watching = watchForPageError(doc, { timeoutMs: AFTER_SUBMIT_TIMEOUT_MS, signal, stale: readPageError(doc) ?? '' });
  form.submit.click();
  await reportAnswer(watching, signal, false);
}
