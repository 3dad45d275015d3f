// The fake Alibaba Cloud console: one HTTPS server on loopback answering for the sign-in
// hosts, the console hosts of both sites and a team-list file host, routed by Host header.
// Chromium reaches it under the real names with --host-resolver-rules (hostResolverRules()),
// so the extension's production build runs unchanged. See README.md for the knobs.

import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeConsoleCert } from './cert';
import { checkConfig, DEFAULT_CONFIG, MAX_SUBMIT_DELAY_MS, type FakeConfig } from './config';
import {
  accountOf,
  decideSwitch,
  findLogon,
  logonAccount,
  logonName,
  type ActingAs,
  type Logon,
  type Site,
  type SwitchOutcome,
} from './directory';
import { identityView } from './identity';
import { consolePage } from './pages/console';
import { loginPage } from './pages/login';
import { CSRF_FIELD, switchPage } from './pages/switch';
import { postedFieldNames } from './pages/switch-variants';
import { generateSwitchPage } from '../generator/switch-pages';
import { expiredCookie, SESSION_COOKIE, Sessions, siteCookie, type Session } from './sessions';
import { classifyHost, homeUrl, loginUrl, safeRedirect, signinUrl, type SiteInfo } from './sites';
import { ERROR_TEXTS, LOGIN_TEXTS } from './texts';

export { DIRECTORY } from './directory';
export type { Site, SwitchOutcome } from './directory';
export { ERROR_TEXTS } from './texts';
export { DEFAULT_CONFIG, type FakeConfig } from './config';
export { CONSOLE_PRODUCTS, FAKE_HOSTS, hostResolverRules, spelledOutHosts } from './sites';

export interface Submission {
  site: Site;
  markup: FakeConfig['markup'];
  account: string;
  roleName: string;
  outcome: SwitchOutcome;
  at: number;
}

export interface SessionState {
  id: string;
  site: Site;
  /** The logon identity: a RAM user's or the root's logon name. */
  logon: string;
  accountType: 'main' | 'sub' | 'sts';
  /** As the top bar shows it: "devops/alice", or the logon name. */
  currentIdentity: string;
  /** The role acted as, or null for the logon identity. */
  acting: { accountId: string; accountAlias: string | null; role: string } | null;
}

export interface FakeState {
  config: FakeConfig;
  sessions: SessionState[];
  /** The most recently used session, or null: the usual subject of a test's assertion. */
  session: SessionState | null;
  submissions: Submission[];
  /** Every request, oldest first (at most the last 500). */
  requests: { method: string; url: string; at: number }[];
}

export interface FakeConsole {
  port: number;
  close(): Promise<void>;
  state(): FakeState;
  /** Validates and merges; throws on an unknown key or value. */
  configure(c: Partial<FakeConfig>): void;
  /** Back to a fresh server: default config, no sessions, submissions, requests or files. */
  reset(): void;
  /** Answers now every submission held back by submitDelayMs; returns how many there were. */
  answerHeld(): number;
  /** Serves `body` at https://lists.example-team.com/<path>, and at /__files/<path> on every
   *  console host (subject to config.files). */
  serveFile(path: string, body: string, contentType?: string): void;
  /** Answers `path` on the file hosts with a 302 to `location` (another file, or another site). */
  serveRedirect(path: string, location: string): void;
}

const MAX_BODY = 1 << 20;
/** Where served files also appear on every console host. */
export const FILES_ON_CONSOLE = '/__files/';
const MAX_REQUEST_LOG = 500;
const HUGE_BYTES = 30 << 20;

export async function startFakeConsole(opts: { port?: number } = {}): Promise<FakeConsole> {
  const { cert, key } = fakeConsoleCert();
  let config: FakeConfig = { ...DEFAULT_CONFIG };
  const sessions = new Sessions();
  let submissions: Submission[] = [];
  let requests: FakeState['requests'] = [];
  const files = new Map<string, { body: string; contentType: string; redirect?: string }>();
  // Answers held back by submitDelayMs: each ends with true (answer now: answerHeld) or false
  // (drop the connection: close(), so no test hangs on exit).
  const pending = new Set<(answer: boolean) => void>();

  function wait(ms: number): Promise<boolean> {
    if (ms <= 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const release = (answer: boolean) => {
        clearTimeout(timer);
        pending.delete(release);
        resolve(answer);
      };
      const timer = setTimeout(() => release(true), Math.min(ms, MAX_SUBMIT_DELAY_MS));
      pending.add(release);
    });
  }

  // ---- sign-in host -------------------------------------------------------------------

  async function signin(req: IncomingMessage, res: ServerResponse, site: SiteInfo, url: URL): Promise<void> {
    const session = sessions.fromCookie(req.headers.cookie, site.site);
    const here = `https://${site.signin}${url.pathname}${url.search}`;
    const route = `${req.method} ${url.pathname}`;

    switch (route) {
      case 'GET /':
        return redirect(res, session ? homeUrl(site) : loginUrl(site, homeUrl(site)));

      case 'GET /login.htm':
        return sendHtml(res, 200, loginPage({ lang: config.lang, redirect: url.searchParams.get('redirect') ?? '' }));

      case 'POST /login.htm': {
        const form = new URLSearchParams(await readBody(req));
        const name = form.get('loginName') ?? '';
        const redirectTo = form.get('redirect') ?? '';
        const logon = findLogon(name);
        if (!logon) {
          const error = LOGIN_TEXTS[config.lang].unknown;
          return sendHtml(res, 200, loginPage({ lang: config.lang, redirect: redirectTo, value: name, error }));
        }
        return redirect(res, safeRedirect(site, redirectTo), startSession(site, logon, session).cookies);
      }

      // Test shortcut: sign in (and, with as=<account>/<role>, act as that role) in one request.
      case 'GET /__fake/signin': {
        const name = url.searchParams.get('user') ?? '';
        const logon = findLogon(name);
        if (!logon) return sendText(res, 400, `fake console: no such logon name: ${name}`);
        const as = url.searchParams.get('as');
        let acting: ActingAs | null = null;
        if (as) {
          const [account = '', role = ''] = as.split('/');
          const verdict = decideSwitch(logon, account, role);
          if (verdict.outcome !== 'success') return sendText(res, 400, `fake console: ${name} cannot act as ${as}: ${verdict.outcome}`);
          acting = verdict.acting;
        }
        const started = startSession(site, logon, session);
        started.session.acting = acting;
        return redirect(res, safeRedirect(site, url.searchParams.get('redirect')), started.cookies);
      }

      case 'GET /logout.htm':
        if (session) sessions.drop(session.id);
        return redirect(res, loginUrl(site, homeUrl(site)), [expiredCookie(site, SESSION_COOKIE)]);

      case 'GET /switchRole.htm': {
        if (!session) return redirect(res, loginUrl(site, here));
        const prefill = {
          account: url.searchParams.get('parentAlias') ?? '',
          roleName: url.searchParams.get('roleName') ?? '',
        };
        return sendHtml(res, 200, renderSwitch(site, session, prefill, null));
      }

      case 'POST /switchRole.htm': // classic and ambiguous forms
      case 'POST /switchRole.do': // forms posting elsewhere (config.formAction, generated pages)
      case 'POST /ram/switch':
      case 'POST /api/switchRole': // the modern app
        return submitSwitch(req, res, site, session, url.pathname === '/api/switchRole');

      case 'GET /exitSwitchedRole.htm':
        if (!session) return redirect(res, loginUrl(site, here));
        session.acting = null;
        return redirect(res, homeUrl(site));

      case 'GET /__fake/state':
        return sendJson(res, 200, snapshot());

      case 'POST /__fake/config':
      case 'POST /__fake/reset':
        try {
          if (url.pathname === '/__fake/reset') reset();
          else configure(JSON.parse((await readBody(req)) || '{}') as Partial<FakeConfig>);
          return sendJson(res, 200, config);
        } catch (e) {
          return sendJson(res, 400, { error: (e as Error).message });
        }

      default:
        return sendText(res, 404, `fake console: nothing at ${route} on ${site.signin}`);
    }
  }

  /** A new session for `logon` (replacing the visitor's old one) and the cookies that name it. */
  function startSession(site: SiteInfo, logon: Logon, old: Session | null): { session: Session; cookies: string[] } {
    if (old) sessions.drop(old.id);
    const session = sessions.create(site.site, logon);
    const cookies = [
      siteCookie(site, SESSION_COOKIE, session.id, { httpOnly: true }),
      // Set at login and never updated on a switch: the console's own code calls them unreliable.
      siteCookie(site, 'login_aliyunid', logonName(logon)),
      siteCookie(site, 'login_aliyunid_pk', logonAccount(logon).id),
    ];
    return { session, cookies };
  }

  function renderSwitch(site: SiteInfo, s: Session, prefill: { account: string; roleName: string }, error: string | null) {
    return switchPage({ config, csrf: s.csrf, prefill, error, homeUrl: homeUrl(site) });
  }

  async function submitSwitch(
    req: IncomingMessage,
    res: ServerResponse,
    site: SiteInfo,
    session: Session | null,
    api: boolean,
  ): Promise<void> {
    const raw = await readBody(req);
    let account = '';
    let roleName = '';
    let tokenOk = false;
    if (api) {
      const body = parseJson(raw);
      account = typeof body.account === 'string' ? body.account : '';
      roleName = typeof body.roleName === 'string' ? body.roleName : '';
      tokenOk = !!session && req.headers['x-csrf-token'] === session.csrf;
    } else {
      const form = new URLSearchParams(raw);
      const names = postedFieldNames(config);
      account = form.get(names.account) ?? ''; // the ambiguous markup posts two: the first wins
      roleName = form.get(names.role) ?? '';
      tokenOk = !!session && form.get(CSRF_FIELD) === session.csrf;
    }

    const verdict =
      !session || config.expireOnSubmit
        ? ({ outcome: 'expired' } as const)
        : !tokenOk
          ? ({ outcome: 'bad-token' } as const)
          : decideSwitch(session.logon, account, roleName);
    submissions.push({ site: site.site, markup: config.markup, account, roleName, outcome: verdict.outcome, at: Date.now() });

    if (!(await wait(config.submitDelayMs))) {
      res.destroy();
      return;
    }

    const toLogin = loginUrl(site, signinUrl(site, '/switchRole.htm'));
    if (verdict.outcome === 'expired') {
      if (session) sessions.drop(session.id);
      const cookies = [expiredCookie(site, SESSION_COOKIE)];
      return api ? sendJson(res, 200, { ok: false, redirect: toLogin }, cookies) : redirect(res, toLogin, cookies);
    }
    const s = session!; // only 'expired' comes without a session
    if (verdict.outcome === 'success') {
      s.acting = verdict.acting;
      return api ? sendJson(res, 200, { ok: true, redirect: homeUrl(site) }) : redirect(res, homeUrl(site));
    }
    const lang = config.markup === 'generated' ? generateSwitchPage(config.generatedSeed).spec.lang : config.lang;
    const message = ERROR_TEXTS[verdict.outcome][lang];
    if (api) return sendJson(res, 200, { ok: false, code: verdict.outcome, message });
    return sendHtml(res, 200, renderSwitch(site, s, { account, roleName }, message));
  }

  // ---- console hosts ------------------------------------------------------------------

  function consoleHost(req: IncomingMessage, res: ServerResponse, site: SiteInfo, product: string, url: URL): void {
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const session = sessions.fromCookie(req.headers.cookie, site.site);
    if (!session) return redirect(res, loginUrl(site, `https://${host}${url.pathname}${url.search}`));
    if (req.method !== 'GET') return sendText(res, 405, 'fake console: console pages are GET only');

    const view = identityView(session);
    const topbar =
      config.topbar === 'auto' ? (product === 'home' || product === 'ram' ? 'legacy' : 'modern') : config.topbar;
    sendHtml(
      res,
      200,
      consolePage({
        product,
        path: url.pathname,
        lang: config.lang,
        view,
        account: session.acting?.account ?? accountOf(logonAccountKey(session)),
        consoleSuffix: site.consoleSuffix,
        topbar,
        topbarSeed: config.topbarSeed,
        withConfig: config.consoleConfig,
        topbarDelayMs: config.topbarDelayMs,
        links: {
          home: homeUrl(site),
          switchRole: signinUrl(site, '/switchRole.htm'),
          exit: signinUrl(site, '/exitSwitchedRole.htm'),
          logout: signinUrl(site, '/logout.htm'),
        },
      }),
    );
  }

  // ---- team-list file host -------------------------------------------------------------

  function fileHost(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const file = files.get(normalizeFilePath(url.pathname));
    if (req.method !== 'GET' || config.files === 'not-found' || !file) return sendText(res, 404, 'Not Found');
    if (file.redirect) {
      res.writeHead(302, { location: file.redirect, 'cache-control': 'no-store' });
      return void res.end();
    }
    if (config.files === 'huge') {
      // Chunked, no Content-Length: a size limit must count bytes, not trust a header.
      res.writeHead(200, { 'content-type': file.contentType, 'cache-control': 'no-store' });
      const chunk = Buffer.alloc(1 << 16, 0x20);
      let sent = 0;
      res.write('{"padding":"');
      const more = (): void => {
        while (sent < HUGE_BYTES) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end('"}');
      };
      res.on('close', () => res.removeAllListeners('drain'));
      return more();
    }
    res.writeHead(200, { 'content-type': file.contentType, 'cache-control': 'no-store' });
    res.end(file.body);
  }

  // ---- state and control -----------------------------------------------------------------

  function configure(c: Partial<FakeConfig>): void {
    config = { ...config, ...checkConfig(c) };
  }

  function reset(): void {
    config = { ...DEFAULT_CONFIG };
    sessions.clear();
    submissions = [];
    requests = [];
    files.clear();
  }

  function snapshot(): FakeState {
    const all = sessions.list().map((s) => ({ s, state: sessionState(s) }));
    const latest = all.reduce<(typeof all)[number] | null>((a, b) => (!a || b.s.lastSeen >= a.s.lastSeen ? b : a), null);
    return structuredClone({
      config,
      sessions: all.map((x) => x.state),
      session: latest?.state ?? null,
      submissions,
      requests,
    });
  }

  const server: Server = createServer({ cert, key }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://fake.invalid');
    const host = classifyHost(req.headers.host);
    requests.push({ method: req.method ?? 'GET', url: `https://${(req.headers.host ?? '').replace(/:\d+$/, '')}${url.pathname}${url.search}`, at: Date.now() });
    if (requests.length > MAX_REQUEST_LOG) requests.splice(0, requests.length - MAX_REQUEST_LOG);

    const done = (() => {
      switch (host.kind) {
        case 'signin':
          return signin(req, res, host.site, url);
        case 'console':
          // Files are also served under /__files/ on console hosts, whose host permission the
          // extension holds: URL-import tests run without Chromium's (unclickable) permission prompt.
          if (url.pathname.startsWith(FILES_ON_CONSOLE)) return fileHost(req, res, new URL(url.pathname.slice(FILES_ON_CONSOLE.length - 1), url));
          return consoleHost(req, res, host.site, host.product, url);
        case 'files':
          return fileHost(req, res, url);
        default:
          return sendText(res, 421, `fake console: unknown host ${req.headers.host ?? '(none)'}`);
      }
    })();
    Promise.resolve(done).catch((e: unknown) => {
      // A bug in the fake must show in the test output, not as a hung page.
      console.error('fake console:', e);
      if (!res.headersSent) sendText(res, 500, `fake console error: ${(e as Error).message}`);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    // A fixed port (443 for Firefox, which maps host names but not ports) may be taken or
    // need root: say which, loudly.
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(opts.port ? new Error(`fake console: cannot listen on 127.0.0.1:${opts.port} (${e.code ?? e.message})`, { cause: e }) : e),
    );
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });

  return {
    port: (server.address() as AddressInfo).port,
    state: snapshot,
    configure,
    reset,
    answerHeld() {
      const held = [...pending];
      for (const release of held) release(true);
      return held.length;
    },
    serveRedirect(path, location) {
      files.set(normalizeFilePath(path), { body: '', contentType: 'text/plain', redirect: location });
    },
    serveFile(path, body, contentType = 'application/json') {
      files.set(normalizeFilePath(path), { body, contentType });
    },
    close() {
      for (const release of [...pending]) release(false);
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function logonAccountKey(s: Session): string {
  return s.logon.kind === 'user' ? s.logon.user.account : s.logon.root.account;
}

function sessionState(s: Session): SessionState {
  const v = identityView(s);
  return {
    id: s.id,
    site: s.site,
    logon: logonName(s.logon),
    accountType: v.type,
    currentIdentity: v.current,
    acting: s.acting
      ? { accountId: s.acting.account.id, accountAlias: s.acting.account.alias, role: s.acting.role.name }
      : null,
  };
}

function normalizeFilePath(p: string): string {
  return p.replace(/^\/+/, '');
}

// ---- HTTP helpers ---------------------------------------------------------------------------

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(raw: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
  } catch {
    return {}; // a malformed body is treated as empty fields: "missing-fields"
  }
}

const NO_STORE = { 'cache-control': 'no-store' };

function sendHtml(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { ...NO_STORE, 'content-type': 'text/html; charset=utf-8' }).end(body);
}

function sendText(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { ...NO_STORE, 'content-type': 'text/plain; charset=utf-8' }).end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown, cookies: string[] = []): void {
  res.writeHead(status, { ...NO_STORE, 'content-type': 'application/json', 'set-cookie': cookies }).end(JSON.stringify(body));
}

function redirect(res: ServerResponse, location: string, cookies: string[] = []): void {
  res.writeHead(302, { ...NO_STORE, location, 'set-cookie': cookies }).end();
}
