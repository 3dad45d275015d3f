// The switch page's content script: fills and submits as typing would, and reports only an
// error that the submit produced — not one left on the page by an earlier attempt.
import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent: [string, unknown][] = [];
const FILL = { action: 'fill', account: 'company1', roleName: 'devops', formTimeoutMs: 1000 };
let instruction: unknown = FILL;
vi.mock('../../../lib/messages', () => ({
  sendToBackground: vi.fn(async (name: string, data: unknown) => {
    sent.push([name, data]);
    if (name === 'switchPageLoaded') return instruction;
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
  instruction = FILL;
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

describe('the console’s answer, by content and not by path', () => {
  const NOT_TRUSTED = '您没有权限扮演该角色,请确认角色的信任策略。';
  const page = (path: string, body: string) => {
    const win = new Window({ url: `https://signin.aliyun.com${path}` });
    const doc = win.document as unknown as Document;
    doc.body.innerHTML = body;
    return doc;
  };
  const FORM = `<form method="post" action="/switchRole.do"><div><div>企业别名/默认域名</div><input name="f1"></div>
    <div><div>角色名称</div><input name="f2"></div><button>切换</button></form>`;

  it('a form re-rendered with the error at another path is the switch page answering, not a sign-in page', async () => {
    instruction = { action: 'report-outcome', timeoutMs: 1000 };
    await runSwitchPage(page('/switchRole.do', `<div class="err-box">${NOT_TRUSTED}</div>${FORM}`), new AbortController().signal);
    expect(sent).toEqual([
      ['switchPageLoaded', { url: 'https://signin.aliyun.com/switchRole.do' }],
      ['switchPageError', { text: NOT_TRUSTED }],
    ]);
  });

  it('the form shown again without a word is the console’s answer too (reported as silence)', async () => {
    instruction = { action: 'report-outcome', timeoutMs: 50 };
    await runSwitchPage(page('/ram/switch', FORM), new AbortController().signal);
    expect(sent.map(([n, d]) => [n, d])).toEqual([
      ['switchPageLoaded', { url: 'https://signin.aliyun.com/ram/switch' }],
      ['switchPageError', { text: '' }],
    ]);
  });

  it.each([
    ['a password field, at any path', '/ram/switch', '<form><label>Password <input type="password"></label><button>Sign in</button></form>'],
    ['the logon-name form', '/login.htm', '<form><label for="n">RAM user logon name</label><input id="n" name="loginName"><button>Sign In</button></form>'],
  ])('a sign-in form (%s) means signed out', async (_, path, body) => {
    await runSwitchPage(page(path, body), new AbortController().signal);
    expect(sent.map(([n]) => n)).toEqual(['signinPageLoaded']);
  });

  it('a toast added and removed before the next frame is still caught', async () => {
    const doc = page('/switchRole.htm', FORM.replace('<button>', '<button type="button">'));
    doc.querySelector('button')!.addEventListener('click', () => {
      const toast = doc.createElement('div');
      toast.className = 'sc-kLgntA';
      toast.textContent = NOT_TRUSTED;
      doc.body.append(toast);
      setTimeout(() => toast.remove(), 0);
    });
    await runSwitchPage(doc, new AbortController().signal);
    expect(errorsReported()).toEqual([NOT_TRUSTED]);
  });

  it('a status toast removed after a while is caught, a "working…" status is not an error', async () => {
    const doc = page('/switchRole.htm', FORM.replace('<button>', '<button type="button">'));
    doc.querySelector('button')!.addEventListener('click', () => {
      const status = doc.createElement('div');
      status.setAttribute('role', 'status');
      status.textContent = 'Switching…';
      doc.body.append(status);
      setTimeout(() => (status.textContent = 'Switch failed: the role is not assumable right now.'), 20);
      setTimeout(() => status.remove(), 60);
    });
    await runSwitchPage(doc, new AbortController().signal);
    expect(errorsReported()).toEqual(['Switch failed: the role is not assumable right now.']);
  });
});
