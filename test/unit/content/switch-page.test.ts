// The switch page's content script: fills and submits as typing would, and reports only an
// error that the submit produced — not one left on the page by an earlier attempt.
import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent: [string, unknown][] = [];
vi.mock('../../../lib/messages', () => ({
  sendToBackground: vi.fn(async (name: string, data: unknown) => {
    sent.push([name, data]);
    if (name === 'switchPageLoaded') return { action: 'fill', account: 'company1', roleName: 'devops', formTimeoutMs: 1000 };
    if (name === 'formFilled') return { submit: true };
    return undefined;
  }),
}));
const { runSwitchPage } = await import('../../../lib/content/switch-page');

function switchPage(errorBefore: string | null, onSubmit: (error: HTMLElement, doc: Document) => void) {
  const win = new Window({ url: 'https://signin.aliyun.com/switchRole.htm' });
  const doc = win.document as unknown as Document;
  doc.body.innerHTML = `
    <div role="alert" id="error">${errorBefore ?? ''}</div>
    <label for="a">Account Alias / Default Domain / Account ID</label><input id="a">
    <label for="r">Role Name</label><input id="r">
    <button type="button" id="go">Submit</button>`;
  const error = doc.getElementById('error')!;
  doc.getElementById('go')!.addEventListener('click', () => onSubmit(error, doc));
  return { doc, win };
}

const errorsReported = () => sent.filter(([n]) => n === 'switchPageError').map(([, d]) => (d as { text: string }).text);

beforeEach(() => {
  sent.length = 0;
});

describe('runSwitchPage', () => {
  it('fills both fields, says so, then submits', async () => {
    let submitted: string[] = [];
    const { doc } = switchPage(null, (_, d) => {
      submitted = [(d.getElementById('a') as HTMLInputElement).value, (d.getElementById('r') as HTMLInputElement).value];
      setTimeout(() => (d.getElementById('error')!.textContent = 'The role does not exist in the specified account.'), 5);
    });
    await runSwitchPage(doc, new AbortController().signal);
    expect(submitted).toEqual(['company1', 'devops']);
    expect(sent.map(([n]) => n)).toEqual(['switchPageLoaded', 'formFilled', 'switchPageError']);
    expect(errorsReported()).toEqual(['The role does not exist in the specified account.']);
  });

  it('does not report an earlier attempt\'s error still on the page; reports the new one', async () => {
    const { doc } = switchPage('Enter the enterprise alias or default domain name and the role name.', (error) => {
      setTimeout(() => (error.textContent = 'You are not authorized to assume this role.'), 20);
    });
    await runSwitchPage(doc, new AbortController().signal);
    expect(errorsReported()).toEqual(['You are not authorized to assume this role.']);
  });

  it('reports the same text again when the page cleared it and showed it anew', async () => {
    const same = 'The role does not exist in the specified account.';
    const { doc } = switchPage(same, (error) => {
      error.textContent = '';
      setTimeout(() => (error.textContent = same), 20);
    });
    await runSwitchPage(doc, new AbortController().signal);
    expect(errorsReported()).toEqual([same]);
  });

  it('a form it cannot find is reported with what is missing, and nothing is submitted', async () => {
    const win = new Window({ url: 'https://signin.aliyun.com/switchRole.htm' });
    const doc = win.document as unknown as Document;
    doc.body.innerHTML = '<h1>Switch Role</h1><p>This page has moved.</p><input placeholder="Search">';
    await runSwitchPage(doc, new AbortController().signal);
    expect(sent.map(([n]) => n)).toEqual(['switchPageLoaded', 'formFailed']);
    expect(sent[1]![1]).toMatchObject({ cause: 'form-not-found', detail: expect.stringContaining('account field not found') });
  });
});
