// Finding the Switch Role form on every saved variant of the fake console, and refusing to
// guess on forms whose signals disagree.
import { beforeEach, describe, expect, it } from 'vitest';
import { filledAsExpected, findSwitchForm, labelTextOf, type FormLookup } from '@/lib/console/switch-form';
import { FIXTURE_NAMES, loadPage, setBody } from './pages';

/** What a person would see of the lookup: the two fields' labels and the button, or the problem. */
function seen(lookup: FormLookup) {
  if (!lookup.ok) return { cause: lookup.cause, detail: lookup.detail };
  const { account, role, submit } = lookup.form;
  return { account: labelTextOf(account).trim(), role: labelTextOf(role).trim(), submit: submit.textContent?.trim() };
}

/** A count of what the page holds that the lookup looks at. */
function census(doc: Document) {
  const inputs = [...doc.querySelectorAll('input')];
  const text = inputs.filter((i) => ['', 'text', 'search'].includes(i.getAttribute('type') ?? ''));
  return {
    inputs: inputs.length,
    textFields: text.length,
    labelled: text.filter((i) => labelTextOf(i).trim() !== '').length,
    buttons: doc.querySelectorAll('button').length,
  };
}

const SWITCH_PAGES = {
  'classic-en-old': {
    found: { account: 'Enterprise Alias/Default Domain Name', role: 'Role Name', submit: 'Switch' },
    census: { inputs: 3, textFields: 2, labelled: 2, buttons: 1 },
  },
  'classic-en-new': {
    found: { account: 'Account Alias / Default Domain / Account ID', role: 'Role Name', submit: 'Submit' },
    census: { inputs: 3, textFields: 2, labelled: 2, buttons: 1 },
  },
  'classic-zh': {
    found: { account: '企业别名/默认域名', role: '角色名称', submit: '提交' },
    census: { inputs: 3, textFields: 2, labelled: 2, buttons: 1 },
  },
  'classic-en-error-unknown-role': {
    found: { account: 'Account Alias / Default Domain / Account ID', role: 'Role Name', submit: 'Submit' },
    census: { inputs: 3, textFields: 2, labelled: 2, buttons: 1 },
  },
  'modern-en': {
    found: { account: 'Account Alias / Default Domain / Account ID', role: 'Role Name', submit: 'Submit' },
    census: { inputs: 2, textFields: 2, labelled: 2, buttons: 1 },
  },
  'modern-zh': {
    found: { account: '企业别名/默认域名', role: '角色名称', submit: '提交' },
    census: { inputs: 2, textFields: 2, labelled: 2, buttons: 1 },
  },
  'modern-en-error-not-trusted': {
    found: { account: 'Account Alias / Default Domain / Account ID', role: 'Role Name', submit: 'Submit' },
    census: { inputs: 2, textFields: 2, labelled: 2, buttons: 1 },
  },
  'no-form': {
    found: { cause: 'form-not-found', detail: 'account field not found: no label, name or placeholder matched among 1 text field(s)' },
    census: { inputs: 1, textFields: 1, labelled: 1, buttons: 0 }, // the help search's aria-label
  },
  ambiguous: {
    found: {
      cause: 'form-ambiguous',
      detail: '2 fields look like the account field ("Account Alias / Default Domain / Account ID", "Account Alias / Default Domain / Account ID")',
    },
    census: { inputs: 4, textFields: 3, labelled: 3, buttons: 1 },
  },
  'login-en': {
    found: { cause: 'form-not-found', detail: 'role name field not found: no label, name or placeholder matched among 1 text field(s)' },
    census: { inputs: 2, textFields: 1, labelled: 1, buttons: 1 },
  },
} as const;

const CONSOLE_PAGES = [
  'legacy-en-role',
  'legacy-zh-role',
  'legacy-en-user',
  'legacy-en-root',
  'modern-en-role',
  'modern-zh-role',
  'modern-en-user',
  'modern-en-role-company3',
  'none-en-role',
];

describe('findSwitchForm on the saved fake-console pages', () => {
  it('has an expectation for every saved page', () => {
    expect([...Object.keys(SWITCH_PAGES), ...CONSOLE_PAGES].sort()).toEqual(FIXTURE_NAMES);
  });

  it.each(Object.entries(SWITCH_PAGES))('%s', (name, expected) => {
    const doc = loadPage(name);
    expect(census(doc)).toEqual(expected.census);
    expect(seen(findSwitchForm(doc))).toEqual(expected.found);
  });

  it.each(['classic-en-old', 'classic-en-new', 'classic-zh'])('%s: finds the server-rendered form’s own fields and button', (name) => {
    const lookup = findSwitchForm(loadPage(name));
    expect(lookup.ok).toBe(true);
    if (!lookup.ok) return;
    expect([lookup.form.account.name, lookup.form.role.name, lookup.form.submit.id]).toEqual(['parentAlias', 'roleName', 'switchBtn']);
    expect(lookup.form.submit.closest('form')).toBe(lookup.form.account.form);
  });

  it.each(['modern-en', 'modern-zh'])('%s: finds the client-rendered fields by their placeholders and labels', (name) => {
    const lookup = findSwitchForm(loadPage(name));
    if (!lookup.ok) throw new Error(lookup.detail);
    const inputs = [...document.querySelectorAll('#app input')];
    expect([inputs.indexOf(lookup.form.account), inputs.indexOf(lookup.form.role)]).toEqual([0, 1]);
    expect(lookup.form.submit.getAttribute('type')).toBe('button');
  });

  it.each(CONSOLE_PAGES)('%s (a console page) has no switch form', (name) => {
    expect(seen(findSwitchForm(loadPage(name)))).toEqual({ cause: 'form-not-found', detail: 'account field not found: the page has no text fields' });
  });
});

describe('findSwitchForm on forms no saved page has', () => {
  beforeEach(() => setBody(''));

  const form = (fields: string, button = '<button type="submit">Switch</button>') => setBody(`<form>${fields}${button}</form>`);

  it('finds fields by name alone', () => {
    form('<input name="parentAlias"><input name="roleName">');
    expect(findSwitchForm(document)).toMatchObject({ ok: true });
  });

  it('finds fields by placeholder alone', () => {
    form('<input placeholder="Account alias"><input placeholder="Role name">');
    expect(findSwitchForm(document)).toMatchObject({ ok: true });
  });

  it('reads labels given by aria-labelledby', () => {
    form('<span id="a1">Account ID</span><input aria-labelledby="a1"><span id="r1">Role</span> <span id="r2">Name</span><input aria-labelledby="r1 r2">');
    expect(seen(findSwitchForm(document))).toEqual({ account: 'Account ID', role: 'Role Name', submit: 'Switch' });
  });

  it('reads labels given by aria-label', () => {
    form('<input aria-label="Default domain"><input aria-label="Role name">');
    expect(seen(findSwitchForm(document))).toEqual({ account: 'Default domain', role: 'Role name', submit: 'Switch' });
  });

  it('reads labels that wrap their field', () => {
    form('<label>Enterprise alias <input></label><label>Role name <input></label>');
    expect(findSwitchForm(document)).toMatchObject({ ok: true });
  });

  it('reads Chinese labels with a full-width colon, and a Chinese button', () => {
    form('<label for="a">企业别名/默认域名：</label><input id="a"><label for="r">角色名称：</label><input id="r">', '<button>切换</button>');
    expect(seen(findSwitchForm(document))).toEqual({ account: '企业别名/默认域名：', role: '角色名称：', submit: '切换' });
  });

  it('takes an <input type="submit"> by its value', () => {
    form('<input name="alias"><input name="roleName">', '<input type="submit" value="Switch">');
    const lookup = findSwitchForm(document);
    expect(lookup.ok && (lookup.form.submit as HTMLInputElement).value).toBe('Switch');
  });

  it('ignores hidden, disabled, read-only and non-text inputs', () => {
    form(`
      <input type="hidden" name="roleName" value="x">
      <input type="password" name="roleName">
      <input type="checkbox" name="roleName">
      <div hidden><label>Role Name <input></label></div>
      <div aria-hidden="true"><label>Account alias <input></label></div>
      <label>Role name <input disabled></label>
      <label>Account alias <input readonly></label>
      <label>Account alias <input id="account"></label>
      <label>Role name <input id="role"></label>`);
    const lookup = findSwitchForm(document);
    expect(lookup.ok && [lookup.form.account.id, lookup.form.role.id]).toEqual(['account', 'role']);
  });

  it('ignores a disabled or hidden button', () => {
    form('<input name="alias"><input name="roleName">', '<button disabled>Switch</button><div hidden><button>Submit</button></div>');
    expect(seen(findSwitchForm(document))).toEqual({
      cause: 'form-not-found',
      detail: 'submit button not found: no button labelled "switch", "submit", "switch role", "切换" near the fields',
    });
  });

  it('refuses a field whose label and placeholder disagree, naming both', () => {
    form('<label for="a">Account alias</label><input id="a" placeholder="Role name"><label for="r">Role name</label><input id="r">');
    expect(seen(findSwitchForm(document))).toEqual({
      cause: 'form-ambiguous',
      detail: 'the field "Account alias" looks like both the account (label "Account alias") and the role name (placeholder "Role name")',
    });
  });

  it('refuses a field whose label and name disagree', () => {
    form('<label for="a">Role name</label><input id="a" name="parentAlias"><label for="r">Account ID</label><input id="r" name="x">');
    const lookup = findSwitchForm(document);
    expect(lookup).toMatchObject({ ok: false, cause: 'form-ambiguous' });
    expect(!lookup.ok && lookup.detail).toContain('the field "Role name" looks like both the account (name/id "parentAlias a")');
  });

  it('does not lend a field’s label to an unlabelled field after it', () => {
    form('<label for="a">Account alias</label><input id="a"><label>Role name <input id="r"></label><input id="other">');
    expect(labelTextOf(document.querySelector<HTMLInputElement>('#other')!)).toBe('');
    const lookup = findSwitchForm(document);
    expect(lookup.ok && [lookup.form.account.id, lookup.form.role.id]).toEqual(['a', 'r']);
  });

  it('counts a name that mentions both (roleAccount) for the role only', () => {
    form('<label>Account alias <input></label><input name="roleAccount">');
    expect(seen(findSwitchForm(document))).toMatchObject({ account: 'Account alias', submit: 'Switch' });
  });

  it('takes two fields that each name themselves in either order', () => {
    form('<label>Role name <input id="r"></label><label>Account alias <input id="a"></label>');
    const lookup = findSwitchForm(document);
    expect(lookup.ok && [lookup.form.account.id, lookup.form.role.id]).toEqual(['a', 'r']);
  });

  it('refuses when a label contradicts the position (the first of two fields says it is the role)', () => {
    form('<label>Role name <input></label><input>');
    expect(seen(findSwitchForm(document))).toEqual({
      cause: 'form-ambiguous',
      detail: 'the field "Role name" looks like the role name (label "Role name") but stands where every known version of the page has the account',
    });
  });

  it('refuses two role fields, naming them', () => {
    form('<label>Account alias <input></label><label>Role name <input></label><input name="roleName" placeholder="Role">');
    expect(seen(findSwitchForm(document))).toEqual({
      cause: 'form-ambiguous',
      detail: '2 fields look like the role name field ("Role name", <input name="roleName" placeholder="Role">)',
    });
  });

  it('says which field is missing', () => {
    form('<label>Account alias <input></label><label>Your name <input></label>');
    expect(seen(findSwitchForm(document))).toEqual({
      cause: 'form-not-found',
      detail: 'role name field not found: no label, name or placeholder matched among 2 text field(s)',
    });
  });

  it('says when the page has no text fields at all', () => {
    setBody('<p>Loading…</p>');
    expect(seen(findSwitchForm(document))).toEqual({ cause: 'form-not-found', detail: 'account field not found: the page has no text fields' });
  });

  it('finds the one submit button in a form whose button is not labelled', () => {
    form('<input name="alias"><input name="roleName">', '<button>Go</button>');
    expect(seen(findSwitchForm(document))).toMatchObject({ submit: 'Go' });
  });

  it('does not take a button outside the fields’ form', () => {
    setBody('<form><input name="alias"><input name="roleName"><button>Go</button><button>Later</button></form><button>Submit feedback</button>');
    expect(findSwitchForm(document)).toMatchObject({ ok: false, cause: 'form-not-found' });
  });

  it('finds a client-rendered button near fields that have no <form>', () => {
    setBody('<div><div><label>Account alias</label><input></div><div><label>Role name</label><input></div><div role="button">Submit</div></div><button>Switch language</button>');
    expect(seen(findSwitchForm(document))).toEqual({ account: 'Account alias', role: 'Role name', submit: 'Submit' });
  });
});

describe('filledAsExpected', () => {
  it('accepts what was filled, however the page cased the account', () => {
    const lookup = findSwitchForm(loadPage('classic-en-new'));
    if (!lookup.ok) throw new Error(lookup.detail);
    lookup.form.account.value = 'Company1';
    lookup.form.role.value = 'devops';
    expect(filledAsExpected(lookup.form, 'company1', 'devops')).toBeNull();
  });

  it('says what the page shows when it did not keep the values', () => {
    const lookup = findSwitchForm(loadPage('modern-en'));
    if (!lookup.ok) throw new Error(lookup.detail);
    lookup.form.account.value = 'company1';
    expect(filledAsExpected(lookup.form, 'company1', 'devops')).toEqual({
      cause: 'fill-rejected',
      detail: 'the page did not keep the values typed into its fields (it shows "company1" and "")',
    });
  });
});
