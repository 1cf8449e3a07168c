// The mail outbox against a real SMTP exchange: Roster sends through a
// small SMTP server the test runs on 127.0.0.1, which turns recipients
// away until the test lets them through. A mail it refused waits in the
// outbox with the server's answer, and "Send again" sends it at once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { api, launchBrowser, login, signIn, startRoster } from './harness.mjs';

/**
 * startSMTP runs a minimal SMTP server (no TLS, no AUTH) that keeps what
 * it accepts; while `refuse` is set it answers every recipient with a
 * temporary failure.
 */
async function startSMTP() {
  const smtp = { refuse: true, accepted: [] };
  const server = createServer((socket) => {
    const reply = (line) => socket.write(`${line}\r\n`);
    let buffer = '';
    let inData = false;
    let recipients = [];
    let lines = [];
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let i;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            smtp.accepted.push({ to: recipients, data: lines.join('\n') });
            reply('250 2.0.0 accepted');
          } else {
            lines.push(line.startsWith('..') ? line.slice(1) : line);
          }
          continue;
        }
        const verb = line.split(' ')[0].toUpperCase();
        if (verb === 'EHLO') {
          reply('250-localhost');
          reply('250-8BITMIME');
          reply('250 SMTPUTF8');
        } else if (verb === 'HELO') {
          reply('250 localhost');
        } else if (verb === 'MAIL') {
          recipients = [];
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          if (smtp.refuse) {
            reply('450 4.2.1 mailbox busy, try again later');
          } else {
            recipients.push(line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, '$1'));
            reply('250 2.1.5 ok');
          }
        } else if (verb === 'DATA') {
          inData = true;
          lines = [];
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'QUIT') {
          reply('221 2.0.0 bye');
          socket.end();
        } else {
          reply('250 2.0.0 ok'); // RSET, NOOP
        }
      }
    });
    reply('220 localhost ESMTP test server');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  smtp.port = server.address().port;
  smtp.close = () => new Promise((ok) => server.close(ok));
  return smtp;
}

let smtp;
let roster;
let browser;
let admin;
before(async () => {
  smtp = await startSMTP();
  roster = await startRoster({ args: [`--smtp-url=smtp://127.0.0.1:${smtp.port}?tls=none`, '--mail-from=Roster <no-reply@example.com>'] });
  browser = await launchBrowser(roster);
  admin = await login(roster.url, roster.adminEmail, roster.adminPassword);
});
after(async () => {
  await browser?.close();
  await roster?.stop();
  await smtp?.close();
  assert.deepEqual(browser?.outside ?? [], [], 'the console reached beyond Roster');
  assert.deepEqual(browser?.problems ?? [], [], 'page errors or CSP violations');
});

/** reloadUntil reloads the page until the locator shows (the mail worker runs every 2 s). */
async function reloadUntil(page, locator, what) {
  const until = Date.now() + 20_000;
  for (;;) {
    await page.locator('main table').waitFor();
    if (await locator.first().isVisible()) return;
    if (Date.now() > until) throw new Error(`not shown: ${what}`);
    await new Promise((ok) => setTimeout(ok, 500));
    await page.reload();
  }
}

test('mail outbox: a mail the SMTP server turned away waits with its answer; Send again delivers it', async () => {
  const email = `outbox.${Date.now().toString(36)}@example.com`;
  const created = await api(
    roster.url,
    'mutation($e: String!) { createUser(input: {email: $e, profile: {firstName: "Otto", lastName: "Box"}}) { user { id } } }',
    { e: email },
    admin,
  );
  await api(roster.url, 'mutation($id: ID!) { confirmUser(input: {id: $id}) { user { id } } }', { id: created.createUser.user.id }, admin);
  await api(roster.url, 'mutation($e: String!) { requestPasswordReset(input: {email: $e}) { accepted } }', { e: email });

  const page = await browser.newPage();
  await signIn(page, roster.url, roster.adminEmail, roster.adminPassword);
  await page.getByRole('navigation', { name: 'Admin screens' }).getByRole('link', { name: 'Mail outbox' }).click();
  await page.getByRole('heading', { name: 'Mail outbox' }).waitFor();
  const row = page.locator('main table tbody tr').filter({ hasText: email });
  // After the first attempt the mail waits, with the server's answer.
  await reloadUntil(page, row.getByText(/(^|\s)1 attempt(?!s)/), 'the first attempt');
  await row.getByText('PENDING', { exact: true }).waitFor();
  await row.getByText('Reset your password', { exact: true }).waitFor();
  await row.getByText('password_reset', { exact: true }).waitFor();
  await row.locator('.field-error').getByText(/450 "?4\.2\.1 mailbox busy/).waitFor();
  assert.equal(smtp.accepted.length, 0);

  // The status filter narrows on the server.
  await page.getByLabel('Status').selectOption('SENT');
  await page.getByText(/^0 mails\./).waitFor();
  assert.equal(await row.count(), 0);
  await page.getByLabel('Status').selectOption('PENDING');
  await row.waitFor();

  // The cause is fixed; the next attempt would be half a minute away,
  // Send again makes it now.
  smtp.refuse = false;
  await row.getByRole('button', { name: `Send the mail to ${email} again` }).click();
  const until = Date.now() + 15_000;
  while (!smtp.accepted.some((m) => m.to.includes(email))) {
    if (Date.now() > until) throw new Error('the mail was not sent again within 15 s');
    await new Promise((ok) => setTimeout(ok, 200));
  }
  const mail = smtp.accepted.find((m) => m.to.includes(email));
  assert.match(mail.data, /Subject: Reset your password/);
  await reloadUntil(page, row.getByText('SENT', { exact: true }), 'the sent mail');
  await page.getByLabel('Status').selectOption('SENT');
  await row.getByText('SENT', { exact: true }).waitFor();
  assert.equal(await row.getByRole('button', { name: `Send the mail to ${email} again` }).count(), 0, 'a sent mail is not sent again');
  await row.getByRole('link', { name: email }).click();
  await page.getByRole('heading', { name: /Otto Box/ }).waitFor();
});
