// The browser tests' harness: a real `roster serve` on a fresh SQLite
// database (a temporary folder) and Debian's chromium driven by
// playwright-core. Mails are read from the server's log (the log
// transport writes each mail, link included, as one JSON line).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const bin = resolve(process.env.ROSTER_BIN ?? '../bin/roster');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/**
 * startRoster starts `roster serve` on a new database and waits until it
 * listens. It returns the base URL, the first admin's password (from the
 * log) and helpers to read the mails it "sent".
 */
export async function startRoster({ args = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'roster-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    bin,
    ['serve', `--database-url=sqlite:${join(dir, 'roster.db')}`, `--addr=127.0.0.1:${port}`, '--log-format=json', '--log-level=info', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines = [];
  let buffer = '';
  const onData = (chunk) => {
    buffer += chunk.toString();
    let i;
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      try {
        lines.push(JSON.parse(line));
      } catch {
        lines.push({ msg: line });
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((ok) => child.once('exit', ok));
  const deadline = Date.now() + 30_000;
  while (!lines.some((l) => String(l.msg).startsWith('Roster is listening'))) {
    if (child.exitCode !== null) throw new Error(`roster serve exited: ${lines.map((l) => l.msg).join('\n')}`);
    if (Date.now() > deadline) throw new Error('roster serve did not start within 30 s');
    await new Promise((ok) => setTimeout(ok, 100));
  }
  const adminLine = lines.find((l) => String(l.msg).startsWith('created the first admin'));
  const mails = () =>
    lines.filter((l) => String(l.msg).startsWith('mail (log transport')).map((l) => ({ to: l.to, subject: l.subject, body: l.body }));
  return {
    url,
    adminEmail: adminLine?.email ?? 'admin@localhost',
    adminPassword: adminLine?.password,
    log: lines,
    mails,
    /** waitForMail waits (the mail worker polls every 2 s) for a mail to the address whose subject matches. */
    async waitForMail(to, subject = /./, after = 0) {
      const until = Date.now() + 20_000;
      for (;;) {
        const found = mails()
          .slice(after)
          .filter((m) => m.to === to && subject.test(m.subject));
        if (found.length) return found[found.length - 1];
        if (Date.now() > until) throw new Error(`no mail to ${to} matching ${subject}; mails: ${JSON.stringify(mails().map((m) => [m.to, m.subject]))}`);
        await new Promise((ok) => setTimeout(ok, 200));
      }
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** linkIn returns the first link of a mail body that points at the server. */
export function linkIn(body, url) {
  const m = body.match(new RegExp(`${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^\\s]+`));
  if (!m) throw new Error(`no link to ${url} in: ${body}`);
  return m[0];
}

/**
 * launchBrowser starts headless chromium with a fresh profile. Every
 * request that does not go to the Roster under test fails the test (the
 * console must need no other network).
 */
export async function launchBrowser(roster) {
  // Playwright gives the browser a fresh temporary profile of its own
  // (--user-data-dir) and adds --headless.
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const outside = [];
  const problems = [];
  async function newPage() {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-US', acceptDownloads: true });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(roster.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    return page;
  }
  return {
    newPage,
    outside,
    problems,
    async close() {
      await browser.close();
    },
  };
}

/** signIn signs in on the console's sign-in page and waits for the console. */
export async function signIn(page, url, email, password) {
  await page.goto(`${url}/account/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/**
 * api runs a GraphQL operation as the given bearer token (or anonymously),
 * for setting up what a test does not click through itself.
 */
export async function api(url, query, variables = {}, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  if (json.errors?.length) throw new Error(`${query}: ${JSON.stringify(json.errors)}`);
  return json.data;
}

/** login returns a session token for API calls. */
export async function login(url, email, password) {
  const data = await api(url, 'mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email, password } });
  return data.login.token;
}

/**
 * shot saves a screenshot for docs/console.md when SCREENSHOTS names a
 * folder (make screenshots); otherwise it does nothing.
 */
export async function shot(page, name) {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** testPassword is the password withPassword gives users. */
export const testPassword = 'a long passphrase for tests 42';

let uniqueCount = 0;
/** unique returns a fresh address for a test user. */
export const unique = (name) => `${name}.${Date.now().toString(36)}${++uniqueCount}@example.com`;

/**
 * fixtures returns the helpers that set up users for a test file. ctx
 * returns the file's server, browser and admin session token, which its
 * before() hook sets.
 */
export function fixtures(ctx) {
  /** createUser makes a user through the API and returns its ID. */
  async function createUser(email, { confirmed = false, role = null, customers = [], firstName = 'Test', lastName = 'Person' } = {}) {
    const { roster, admin } = ctx();
    const data = await api(
      roster.url,
      'mutation($in: CreateUserInput!) { createUser(input: $in) { user { id } } }',
      { in: { email, roleID: role, customerIDs: customers, profile: { firstName, lastName } } },
      admin,
    );
    const id = data.createUser.user.id;
    if (confirmed) await api(roster.url, 'mutation($id: ID!) { confirmUser(input: {id: $id}) { user { id } } }', { id }, admin);
    return id;
  }

  /** withPassword gives a user testPassword through the reset mail, so they can sign in. */
  async function withPassword(email) {
    const { roster } = ctx();
    const seen = roster.mails().length;
    await api(roster.url, 'mutation($e: String!) { requestPasswordReset(input: {email: $e}) { accepted } }', { e: email });
    const mail = await roster.waitForMail(email, /password/i, seen);
    const token = new URL(linkIn(mail.body, roster.url)).searchParams.get('token');
    await api(roster.url, 'mutation($t: String!, $p: String!) { resetPassword(input: {token: $t, password: $p}) { email } }', { t: token, p: testPassword });
  }

  /** adminPage opens a page signed in as the first admin. */
  async function adminPage() {
    const { roster, browser } = ctx();
    const page = await browser.newPage();
    await signIn(page, roster.url, roster.adminEmail, roster.adminPassword);
    return page;
  }

  return { createUser, withPassword, adminPage };
}
