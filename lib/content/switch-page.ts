// On the Switch Role page: ask the background what to do, then fill and submit the form the way
// a person would, or report what went wrong. Each step reports back, so the background can end
// the switch with a clear outcome whatever happens here.
import { fillInput } from '../console/fill';
import { pageKindOf } from '../console/hosts';
import { readPageError } from '../console/page-error';
import { filledAsExpected, findSwitchForm, type FormLookup } from '../console/switch-form';
import { waitFor } from '../console/wait';
import { sendToBackground } from '../messages';

/** Waits for the form to render (client-rendered pages draw it late); the last lookup on timeout. */
async function waitForForm(doc: Document, timeoutMs: number, signal: AbortSignal): Promise<FormLookup> {
  const found = await waitFor(doc, () => {
    const lookup = findSwitchForm(doc);
    return lookup.ok ? lookup : null;
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
 * Reports the page's error once one is shown. `stale` is an error already on the page before
 * submitting (an earlier attempt's): it only counts once it has gone and come back, or changed.
 */
async function reportErrorWhenShown(doc: Document, timeoutMs: number, signal: AbortSignal, stale: string | null = null): Promise<void> {
  let cleared = stale === null;
  const text = await waitFor(doc, () => {
    const shown = readPageError(doc);
    if (shown === null) cleared = true;
    return shown !== null && (cleared || shown !== stale) ? shown : null;
  }, { timeoutMs, signal });
  if (!signal.aborted && (text !== null || stale === null)) await sendToBackground('switchPageError', { text: text ?? '' });
}

export async function runSwitchPage(doc: Document, signal: AbortSignal): Promise<void> {
  const kind = pageKindOf(doc.location.href);
  if (kind === 'signin') {
    await sendToBackground('signinPageLoaded', { url: doc.location.href });
    return;
  }
  if (kind !== 'switch') return;
  const instruction = await sendToBackground('switchPageLoaded', { url: doc.location.href });
  if (instruction.action === 'report-outcome') {
    await reportErrorWhenShown(doc, instruction.timeoutMs, signal);
    return;
  }
  if (instruction.action !== 'fill') return;

  const lookup = await waitForForm(doc, instruction.formTimeoutMs, signal);
  if (signal.aborted) return;
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
  const staleError = readPageError(doc);
  form.submit.click();
  // A server-rendered form navigates away (and this script with it); a client-rendered one may
  // show its error right here. Silence is not reported: the landing page or the time limit ends it.
  await reportErrorWhenShown(doc, 15_000, signal, staleError ?? '');
}
