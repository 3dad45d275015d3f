// The console config handed over from the page's world: every field validated, the first valid
// message of a page load kept, and no later page event allowed to override it.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { CONFIG_EVENT, CONFIG_REQUEST_EVENT, parseConfigMessage, pickConsoleConfig, requestConsoleConfig } from '@/lib/content/console-config';

const PK = '1234567890123456';
const OTHER = '9999999999999999';

describe('parseConfigMessage', () => {
  it.each([
    [{ currentPk: PK, mainAccountPk: OTHER, accountType: 'sts' }, { currentPk: PK, mainAccountPk: OTHER, accountType: 'sts' }],
    [{ currentPk: PK }, { currentPk: PK }],
    [{}, {}],
  ])('accepts %j', (message, fields) => {
    expect(parseConfigMessage(JSON.stringify(message))).toEqual(fields);
  });

  it.each([
    ['a 15-digit account ID', { currentPk: '123456789012345' }],
    ['a 17-digit account ID', { currentPk: '12345678901234567' }],
    ['an ID with letters', { currentPk: '12345678901234ab' }],
    ['an ID with spaces', { currentPk: ` ${PK}` }],
    ['a number, not text', { currentPk: 1234567890123456 }],
    ['a main account ID that is not one', { mainAccountPk: 'root' }],
    ['an unknown account type', { accountType: 'admin' }],
    ['an account type in capitals', { accountType: 'STS' }],
    ['an extra field', { currentPk: PK, html: '<img src=x onerror=alert(1)>' }],
    ['a prototype key', JSON.parse(`{"currentPk": "${PK}", "__proto__": {"accountType": "sts"}}`)],
    ['an object as a field', { accountType: { toString: 'sts' } }],
  ])('refuses %s', (_, message) => {
    expect(parseConfigMessage(JSON.stringify(message))).toBeNull();
  });

  it.each([
    ['not text', { currentPk: PK }],
    ['not JSON', 'currentPk=1234567890123456'],
    ['a list', JSON.stringify([PK])],
    ['null', 'null'],
    ['a huge text', JSON.stringify({ currentPk: PK, pad: 'x'.repeat(100_000) })],
  ])('refuses a detail that is %s', (_, detail) => {
    expect(parseConfigMessage(detail)).toBeNull();
  });
});

describe('pickConsoleConfig (page world)', () => {
  it('passes only valid fields on', () => {
    expect(pickConsoleConfig({ ALIYUN_CONSOLE_CONFIG: { CURRENT_PK: 1234567890123456, MAIN_ACCOUNT_PK: 'x', ACCOUNT_TYPE: 'god' } })).toEqual({ currentPk: PK });
    expect(pickConsoleConfig({ ALIYUN_ECS_CONSOLE_CONFIG: { CURRENT_PK: PK, MASTER_PK: OTHER } })).toEqual({ currentPk: PK, mainAccountPk: OTHER });
    expect(pickConsoleConfig({ ALIYUN_CONSOLE_CONFIG: 'nonsense' })).toEqual({});
  });
});

describe('requestConsoleConfig', () => {
  function page() {
    const win = new Window({ url: 'https://home.console.aliyun.com/' });
    const doc = win.document as unknown as Document;
    const send = (detail: unknown) => doc.dispatchEvent(new win.CustomEvent(CONFIG_EVENT, { detail: detail as never }) as unknown as Event);
    return { win, doc, send };
  }

  it('keeps the first valid message, and no later event overrides it', async () => {
    const { doc, send } = page();
    // The page-world script answers the request at once.
    doc.addEventListener(CONFIG_REQUEST_EVENT, () => send(JSON.stringify({ currentPk: PK, accountType: 'sts' })));
    const got = requestConsoleConfig(doc, 1000);
    send(JSON.stringify({ currentPk: OTHER, accountType: 'main' }));
    expect(await got).toEqual({ currentPk: PK, accountType: 'sts' });
  });

  it('ignores invalid messages sent before the valid one', async () => {
    const { doc, send } = page();
    doc.addEventListener(CONFIG_REQUEST_EVENT, () => {
      send(JSON.stringify({ currentPk: '42', accountType: 'sts' }));
      send('{not json');
      send(JSON.stringify({ currentPk: PK, accountType: 'root' }));
      send(JSON.stringify({ currentPk: PK, accountType: 'sub' }));
    });
    expect(await requestConsoleConfig(doc, 1000)).toEqual({ currentPk: PK, accountType: 'sub' });
  });

  it('says nothing (null) when only invalid messages came', async () => {
    const { doc, send } = page();
    doc.addEventListener(CONFIG_REQUEST_EVENT, () => send(JSON.stringify({ currentPk: 'not-a-pk' })));
    expect(await requestConsoleConfig(doc, 50)).toBeNull();
  });
});
