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

/** One animation frame: lets a client-rendered app re-render after our input events. */
function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => resolve()));
}

async function reportErrorWhenShown(doc: Document, timeoutMs: number, signal: AbortSignal): Promise<void> {
  const text = await waitFor(doc, () => readPageError(doc), { timeoutMs, signal });
  if (!signal.aborted) await sendToBackground('switchPageError', { text: text ?? '' });
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
  form.submit.click();
  // A server-rendered form navigates away (and this script with it); a client-rendered one may
  // show its error right here.
  await reportErrorWhenShown(doc, 15_000, signal);
}
