// Self-check of the fake console over plain HTTPS (no browser):
//   npx tsx test/fake-console/selfcheck.ts
// Login, classic switch outcomes, exit, console page content, config endpoints, files.

import assert from 'node:assert/strict';
import { request } from 'node:https';
import { DIRECTORY, ERROR_TEXTS, startFakeConsole, type FakeConsole } from './server';

interface Reply {
  status: number;
  location: string | null;
  body: string;
}

/** A tiny client: sends the real host name, keeps cookies per Domain, never follows redirects. */
class Client {
  private readonly jar = new Map<string, Map<string, string>>(); // domain → name → value
  constructor(private readonly port: number) {}

  send(method: string, url: string, body?: string, headers: Record<string, string> = {}): Promise<Reply> {
    const u = new URL(url);
    const cookie = [...this.jar.entries()]
      .filter(([d]) => u.hostname === d || u.hostname.endsWith(`.${d}`))
      .flatMap(([, m]) => [...m].map(([k, v]) => `${k}=${v}`))
      .join('; ');
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path: u.pathname + u.search,
          servername: u.hostname,
          rejectUnauthorized: false,
          headers: { host: u.hostname, ...(cookie ? { cookie } : {}), ...headers },
        },
        (res) => {
          for (const c of res.headers['set-cookie'] ?? []) this.store(c);
          const chunks: Buffer[] = [];
          res.on('data', (d: Buffer) => chunks.push(d));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              location: res.headers.location ?? null,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  get(url: string): Promise<Reply> {
    return this.send('GET', url);
  }

  postForm(url: string, fields: Record<string, string>): Promise<Reply> {
    return this.send('POST', url, new URLSearchParams(fields).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
  }

  private store(setCookie: string): void {
    const [pair = '', ...attrs] = setCookie.split(';').map((s) => s.trim());
    const eq = pair.indexOf('=');
    const domain = attrs.find((a) => /^domain=/i.test(a))?.slice(7).replace(/^\./, '') ?? '';
    const m = this.jar.get(domain) ?? new Map<string, string>();
    if (attrs.some((a) => /^max-age=0$/i.test(a))) m.delete(pair.slice(0, eq));
    else m.set(pair.slice(0, eq), pair.slice(eq + 1));
    this.jar.set(domain, m);
  }
}

const SIGNIN = 'https://signin.aliyun.com';
const HOME = 'https://home.console.aliyun.com/';
const { company1, company3 } = DIRECTORY.accounts;
const alice = DIRECTORY.users.alice.logonName;

function csrfOf(page: string): string {
  const m = /name="sec_token" value="([^"]+)"/.exec(page);
  assert.ok(m?.[1], 'classic page has a CSRF token');
  return m[1];
}

async function classicSwitch(c: Client, account: string, roleName: string, token?: string): Promise<Reply> {
  const page = await c.get(`${SIGNIN}/switchRole.htm`);
  return c.postForm(`${SIGNIN}/switchRole.htm`, {
    sec_token: token ?? csrfOf(page.body),
    parentAlias: account,
    roleName,
  });
}

async function check(name: string, fn: () => Promise<void>): Promise<void> {
  await fn();
  console.log(`ok  ${name}`);
}

async function main(fake: FakeConsole): Promise<void> {
  const c = new Client(fake.port);

  await check('no session: console and switch pages go to login', async () => {
    const r = await c.get('https://ecs.console.aliyun.com/instances?x=1');
    assert.equal(r.status, 302);
    assert.equal(r.location, `${SIGNIN}/login.htm?redirect=${encodeURIComponent('https://ecs.console.aliyun.com/instances?x=1')}`);
    assert.equal((await c.get(`${SIGNIN}/switchRole.htm`)).status, 302);
    const login = await c.get(r.location);
    assert.match(login.body, /<label for="loginName">RAM user logon name<\/label>/);
    assert.match(login.body, /Sign In/);
  });

  await check('login: unknown name re-renders with an error; known name sets the cookie', async () => {
    const bad = await c.postForm(`${SIGNIN}/login.htm`, { loginName: 'mallory@x.onaliyun.com', redirect: '' });
    assert.equal(bad.status, 200);
    assert.match(bad.body, /class="error-tip">The logon name does not exist\./);
    const ok = await c.postForm(`${SIGNIN}/login.htm`, { loginName: alice, redirect: 'https://ecs.console.aliyun.com/' });
    assert.equal(ok.status, 302);
    assert.equal(ok.location, 'https://ecs.console.aliyun.com/');
    const evil = await c.postForm(`${SIGNIN}/login.htm`, { loginName: alice, redirect: 'https://evil.example/' });
    assert.equal(evil.location, HOME, 'no open redirect');
    assert.equal(fake.state().session?.logon, alice);
  });

  await check('console page as a RAM user', async () => {
    const r = await c.get(HOME);
    assert.equal(r.status, 200);
    assert.match(r.body, /"ACCOUNT_TYPE":"sub"/);
    assert.match(r.body, /"CURRENT_PK":"2222222222222222"/);
    assert.match(r.body, /console-component-topbar/, 'home uses the legacy top bar');
  });

  await check('switch page: classic, pre-filled, escaped', async () => {
    const r = await c.get(`${SIGNIN}/switchRole.htm?parentAlias=${encodeURIComponent('"><script>')}&roleName=devops`);
    assert.match(r.body, /<form method="post" action="\/switchRole.htm"/);
    assert.match(r.body, /name="parentAlias" value="&quot;&gt;&lt;script&gt;"/);
    assert.match(r.body, /name="roleName" value="devops"/);
    assert.match(r.body, /Account Alias \/ Default Domain \/ Account ID/);
    assert.equal(fake.state().submissions.length, 0, 'pre-fill never submits');
  });

  const failures: [string, string, string, keyof typeof ERROR_TEXTS][] = [
    ['unknown account', 'nobody', 'devops', 'unknown-account'],
    ['unknown role', 'company1', 'nope', 'unknown-role'],
    ['not trusted', 'company1', 'auditor', 'not-trusted'],
    ['empty fields', '', '', 'missing-fields'],
  ];
  for (const [name, account, role, outcome] of failures) {
    await check(`classic switch fails: ${name}`, async () => {
      const r = await classicSwitch(c, account, role);
      assert.equal(r.status, 200);
      assert.ok(r.body.includes(`<div class="error-tip">${ERROR_TEXTS[outcome].en.replace(/'/g, '&#39;')}</div>`), outcome);
      assert.ok(r.body.includes(`name="parentAlias" value="${account}"`), 'values kept');
      assert.equal(fake.state().submissions.at(-1)?.outcome, outcome);
    });
  }

  await check('classic switch: wrong CSRF token', async () => {
    const r = await classicSwitch(c, 'company1', 'devops', 'forged');
    assert.ok(r.body.includes(ERROR_TEXTS['bad-token'].en));
    assert.equal(fake.state().session?.acting, null);
  });

  for (const account of ['company1', 'COMPANY1.onaliyun.com', '1234567890123456', '1234567890123456.onaliyun.com']) {
    await check(`classic switch succeeds with account "${account}"`, async () => {
      const r = await classicSwitch(c, account, 'ECS-Admin');
      assert.equal(r.status, 302);
      assert.equal(r.location, HOME);
      const s = fake.state().session;
      assert.equal(s?.acting?.role, 'ecs-admin', 'canonical role spelling');
      assert.equal(s?.acting?.accountId, company1.id);
      assert.equal(s?.currentIdentity, 'ecs-admin/alice');
    });
  }

  await check('console page acting as a role', async () => {
    const r = await c.get('https://ecs.console.aliyun.com/instances');
    assert.match(r.body, /"CURRENT_PK":"1234567890123456","MAIN_ACCOUNT_PK":"2222222222222222","ACCOUNT_TYPE":"sts"/);
    assert.match(r.body, /ALIYUN_ECS_CONSOLE_CONFIG = \{"CURRENT_PK":"1234567890123456","MASTER_PK":"2222222222222222","isChildAccount":true,"isRoleAccount":true\}/);
    assert.match(r.body, /ecs-admin\/alice/);
    assert.match(r.body, /Switch Back to Logon User/);
    const home = await c.get(HOME);
    assert.match(home.body, /ExitSwitchedRole/);
    assert.match(home.body, /CurrentName\\u003cspan class=\\"user-identity-colon\\">:\\u003c\/span>\\u003c\/label>ecs-admin\/alice/);
  });

  await check('company3 (no alias) shows its default domain', async () => {
    const r = await classicSwitch(c, company3.id, 'readonly');
    assert.equal(r.status, 302);
    const page = await c.get('https://oss.console.aliyun.com/');
    assert.match(page.body, /3333333333333333\.onaliyun\.com/);
  });

  await check('exit: back to the logon identity', async () => {
    const r = await c.get(`${SIGNIN}/exitSwitchedRole.htm`);
    assert.equal(r.location, HOME);
    assert.equal(fake.state().session?.acting, null);
    const page = await c.get(HOME);
    assert.doesNotMatch(page.body, /ExitSwitchedRole/);
  });

  await check('bob may assume only company1/devops', async () => {
    await c.get(`${SIGNIN}/__fake/signin?user=bob@company2.onaliyun.com`);
    assert.ok((await classicSwitch(c, 'company1', 'ecs-admin')).body.includes(ERROR_TEXTS['not-trusted'].en.replace(/'/g, '&#39;')));
    assert.equal((await classicSwitch(c, 'company1', 'devops')).status, 302);
    assert.equal(fake.state().session?.currentIdentity, 'devops/bob');
  });

  await check('root cannot assume a role; Chinese error text', async () => {
    await c.get(`${SIGNIN}/__fake/signin?user=${DIRECTORY.root.logonName}`);
    fake.configure({ lang: 'zh' });
    const r = await classicSwitch(c, 'company1', 'devops');
    assert.ok(r.body.includes(ERROR_TEXTS.root.zh));
    assert.match(r.body, /<label for="alias">企业别名\/默认域名<\/label>/);
    const home = await c.get(HOME);
    assert.match(home.body, /"ACCOUNT_TYPE":"main"/);
    assert.match(home.body, /主账号/);
    fake.configure({ lang: 'en' });
  });

  await check('modern API: state-driven JSON, CSRF header', async () => {
    await c.get(`${SIGNIN}/__fake/signin?user=${alice}`);
    fake.configure({ markup: 'modern' });
    const page = await c.get(`${SIGNIN}/switchRole.htm?parentAlias=company1`);
    assert.match(page.body, /<div id="app"/);
    assert.doesNotMatch(page.body, /<input/, 'no inputs before the script runs');
    const csrf = /"csrf":"([0-9a-f]+)"/.exec(page.body)?.[1] ?? '';
    const api = (body: object, token = csrf) =>
      c.send('POST', `${SIGNIN}/api/switchRole`, JSON.stringify(body), {
        'content-type': 'application/json',
        'x-csrf-token': token,
      });
    assert.deepEqual(JSON.parse((await api({ account: 'company1', roleName: 'auditor' })).body), {
      ok: false,
      code: 'not-trusted',
      message: ERROR_TEXTS['not-trusted'].en,
    });
    assert.deepEqual(JSON.parse((await api({ account: 'company1', roleName: 'prod-admin' })).body), { ok: true, redirect: HOME });
  });

  await check('expired session on submit: to login, session dropped', async () => {
    fake.configure({ markup: 'classic', expireOnSubmit: true });
    const r = await classicSwitch(c, 'company1', 'devops');
    assert.equal(r.status, 302);
    assert.match(r.location ?? '', /^https:\/\/signin\.aliyun\.com\/login\.htm\?redirect=/);
    assert.equal(fake.state().sessions.length, 0);
    assert.equal((await c.get(HOME)).status, 302);
    assert.equal(fake.state().submissions.at(-1)?.outcome, 'expired');
  });

  await check('international site keeps its own session', async () => {
    fake.reset();
    await c.get(`https://signin.alibabacloud.com/__fake/signin?user=${alice}`);
    const r = await c.get('https://home.console.alibabacloud.com/');
    assert.equal(r.status, 200);
    assert.match(r.body, /https:\/\/signin\.alibabacloud\.com\/switchRole\.htm/);
    assert.equal((await c.get(HOME)).status, 302, 'no session on the China site');
  });

  await check('test shortcut: sign in acting as a role (trust rules apply)', async () => {
    const r = await c.get(`${SIGNIN}/__fake/signin?user=${alice}&as=company1/DEVOPS&redirect=${encodeURIComponent('https://ram.console.aliyun.com/roles')}`);
    assert.equal(r.location, 'https://ram.console.aliyun.com/roles');
    assert.equal(fake.state().session?.currentIdentity, 'devops/alice');
    const refused = await c.get(`${SIGNIN}/__fake/signin?user=${alice}&as=company1/auditor`);
    assert.equal(refused.status, 400);
    assert.match(refused.body, /not-trusted/);
  });

  await check('HTTP config and state endpoints (sign-in hosts only)', async () => {
    const r = await c.send('POST', `${SIGNIN}/__fake/config`, JSON.stringify({ markup: 'no-form' }));
    assert.equal(JSON.parse(r.body).markup, 'no-form');
    const bad = await c.send('POST', `${SIGNIN}/__fake/config`, JSON.stringify({ markup: 'nope' }));
    assert.equal(bad.status, 400);
    const st = JSON.parse((await c.get(`${SIGNIN}/__fake/state`)).body);
    assert.equal(st.config.markup, 'no-form');
    assert.equal((await c.get('https://lists.example-team.com/__fake/state')).status, 404);
    assert.match((await c.get('https://ecs.console.aliyun.com/__fake/state')).body, /^<!DOCTYPE html>/, 'just a console page');
  });

  await check('team-list files: served, 404, huge', async () => {
    fake.serveFile('team/roles.json', '{"version":1}');
    assert.equal((await c.get('https://lists.example-team.com/team/roles.json')).body, '{"version":1}');
    assert.equal((await c.get('https://lists.example-team.com/other.json')).status, 404);
    assert.equal((await c.get('https://signin.aliyun.com/team/roles.json')).status, 404);
    fake.configure({ files: 'not-found' });
    assert.equal((await c.get('https://lists.example-team.com/team/roles.json')).status, 404);
    fake.configure({ files: 'huge' });
    assert.ok((await c.get('https://lists.example-team.com/team/roles.json')).body.length > 20_000_000);
  });

  /** A switch submitted while the console holds its answers (submitDelayMs); its answer, pending. */
  async function heldSubmission() {
    fake.reset();
    await c.get(`${SIGNIN}/__fake/signin?user=${alice}`);
    fake.configure({ submitDelayMs: 60_000 });
    const page = await c.get(`${SIGNIN}/switchRole.htm`);
    const answer = c.postForm(`${SIGNIN}/switchRole.htm`, { sec_token: csrfOf(page.body), parentAlias: 'company1', roleName: 'devops' });
    await new Promise((r) => setTimeout(r, 200));
    return { answer };
  }

  await check('slow submit: answerHeld() answers a held submission at once', async () => {
    const held = (await heldSubmission()).answer;
    assert.equal(fake.answerHeld(), 1);
    assert.equal((await held).status, 302);
    assert.equal(fake.answerHeld(), 0);
  });

  await check('slow submit: close() ends a pending answer', async () => {
    const hanging = (await heldSubmission()).answer;
    assert.equal(fake.state().submissions.length, 1, 'recorded on arrival');
    const t0 = Date.now();
    await fake.close();
    await hanging.then(
      () => assert.fail('a hanging answer must not complete'),
      () => undefined,
    );
    assert.ok(Date.now() - t0 < 2000);
  });
}

const fake = await startFakeConsole();
try {
  await main(fake);
  console.log('selfcheck passed');
} finally {
  await fake.close();
}
