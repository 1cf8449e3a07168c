// The screens beyond the users: sign-up and forgot password, API keys,
// webhooks, roles, customers, settings and the audit log,
// each clicked through in chromium and checked against what the API (or a
// webhook receiver run by the test) sees. The server runs with
// --webhook-allow-private=true, so a receiver on 127.0.0.1 may get
// deliveries.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { api, fixtures, launchBrowser, linkIn, login, signIn, startRoster, testPassword, unique } from './harness.mjs';

let roster;
let browser;
let admin; // the first admin's session token, for setting up fixtures
before(async () => {
  roster = await startRoster({ args: ['--webhook-allow-private=true'] });
  browser = await launchBrowser(roster);
  admin = await login(roster.url, roster.adminEmail, roster.adminPassword);
});
after(async () => {
  await browser?.close();
  await roster?.stop();
  assert.deepEqual(browser?.outside ?? [], [], 'the console reached beyond Roster');
  assert.deepEqual(browser?.problems ?? [], [], 'page errors or CSP violations');
});

const password = testPassword;
const { createUser, withPassword, adminPage } = fixtures(() => ({ roster, browser, admin }));

/** adminNav clicks a screen in the admin navigation (a move inside the page, no new load). */
async function adminNav(page, name) {
  await page.getByRole('navigation', { name: 'Admin screens' }).getByRole('link', { name, exact: true }).click();
}

/** graphqlAs sends an operation with a bearer credential and returns the status and the answer. */
async function graphqlAs(credential, query, variables = {}) {
  const res = await fetch(`${roster.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${credential}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

/** tableRow is the row of the screen's table that contains the text. */
function tableRow(page, text) {
  return page.locator('main table tbody tr').filter({ hasText: text });
}

test('sign-up, once the settings allow it: the mailed link confirms the address, then the new account signs in', async () => {
  const visitor = await browser.newPage();
  await visitor.goto(`${roster.url}/account/sign-up`);
  await visitor.getByText('Accounts are created by administrators here.').waitFor();
  await visitor.goto(`${roster.url}/account/sign-in`);
  await visitor.getByRole('link', { name: 'Forgot your password?' }).waitFor();
  assert.equal(await visitor.getByRole('link', { name: 'Sign up' }).count(), 0, 'no sign-up link while sign-up is off');

  const page = await adminPage();
  await page.goto(`${roster.url}/admin/settings`);
  const allow = page.getByLabel('Anyone may sign up (self sign-up)');
  assert.equal(await allow.isChecked(), false, 'sign-up is off by default');
  await allow.check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('The settings are saved.').waitFor();

  const email = unique('signup');
  await visitor.reload();
  await visitor.getByRole('link', { name: 'Sign up' }).click();
  await visitor.getByRole('heading', { name: 'Sign up' }).waitFor();
  await visitor.getByText(/to 256 characters/).waitFor();
  await visitor.getByLabel('Email').fill(email);
  await visitor.getByLabel('Password', { exact: true }).fill(password);
  await visitor.getByLabel('First name').fill('Sina');
  await visitor.getByLabel('Last name').fill('Signup');
  await visitor.getByRole('button', { name: 'Sign up' }).click();
  await visitor.getByRole('heading', { name: 'Check your mail' }).waitFor();
  await visitor.getByText(`If ${email} can be registered, a confirmation link is on its way to it.`, { exact: false }).waitFor();

  // The account is made by a worker shortly after the answer; its mail
  // says it exists. Until the link is followed it cannot sign in.
  const mail = await roster.waitForMail(email, /Confirm your email address/);
  await visitor.goto(`${roster.url}/account/sign-in`);
  await visitor.getByLabel('Email').fill(email);
  await visitor.getByLabel('Password', { exact: true }).fill(password);
  await visitor.getByRole('button', { name: 'Sign in' }).click();
  await visitor.locator('.form-errors').getByText('confirm your email address before signing in').waitFor();

  await visitor.goto(linkIn(mail.body, roster.url));
  await visitor.getByRole('heading', { name: 'Confirm your email address' }).waitFor();
  await visitor.getByRole('button', { name: 'Confirm the address' }).click();
  await visitor.getByText(`${email} is confirmed.`).waitFor();
  await signIn(visitor, roster.url, email, password);
  await visitor.getByRole('heading', { name: 'Welcome, Sina Signup' }).waitFor();
  await visitor.getByText('Your role grants no admin screens.').waitFor();
});

test('forgot password: the mailed link sets a new password; the old one stops working', async () => {
  const email = unique('forgetful');
  await createUser(email, { confirmed: true, firstName: 'Fred', lastName: 'Forgot' });
  await withPassword(email);
  const visitor = await browser.newPage();
  await visitor.goto(`${roster.url}/account/sign-in`);
  await visitor.getByRole('link', { name: 'Forgot your password?' }).click();
  await visitor.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
  const seen = roster.mails().length;
  await visitor.getByLabel('Email').fill(email);
  await visitor.getByRole('button', { name: 'Send me a link' }).click();
  await visitor.getByText(`If an account uses ${email}, a link to choose a new password is on its way to it.`).waitFor();

  const mail = await roster.waitForMail(email, /Reset your password/, seen);
  await visitor.goto(linkIn(mail.body, roster.url));
  await visitor.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  assert.ok(!visitor.url().includes('token='), 'the token leaves the address bar');
  const next = 'a new passphrase after forgetting 7';
  await visitor.getByLabel('New password').fill(next);
  await visitor.getByLabel('Repeat the password').fill(`${next}!`);
  await visitor.getByRole('button', { name: 'Save the new password' }).click();
  await visitor.locator('.field-invalid').getByLabel('Repeat the password').waitFor();
  await visitor.getByLabel('Repeat the password').fill(next);
  await visitor.getByRole('button', { name: 'Save the new password' }).click();
  await visitor.getByText('Your password is changed, and every session of your account has ended.').waitFor();
  await visitor.getByRole('link', { name: 'Sign in with the new password' }).click();
  assert.equal(await visitor.getByLabel('Email').inputValue(), email, 'the sign-in page knows the address');
  await visitor.getByLabel('Password', { exact: true }).fill(next);
  await visitor.getByRole('button', { name: 'Sign in' }).click();
  await visitor.getByRole('button', { name: 'Sign out' }).waitFor();

  await assert.rejects(login(roster.url, email, password), /UNAUTHENTICATED/, 'the old password is refused');
  // The link worked once.
  await visitor.goto(linkIn(mail.body, roster.url));
  await visitor.getByLabel('New password').fill('yet another passphrase 99');
  await visitor.getByLabel('Repeat the password').fill('yet another passphrase 99');
  await visitor.getByRole('button', { name: 'Save the new password' }).click();
  await visitor.locator('.form-errors').waitFor();
});

test('API keys: the key is shown once, works with the chosen permissions only, and stops when revoked', async () => {
  const page = await adminPage();
  await page.goto(`${roster.url}/admin/api-keys`);
  await page.getByRole('button', { name: 'New API key' }).click();
  const dialog = page.getByRole('dialog', { name: 'New API key' });
  await dialog.getByLabel('Name', { exact: true }).fill('CRM sync e2e');
  assert.ok(await dialog.getByLabel(/^users:read/).isChecked(), 'users:read is the starting point');
  await dialog.getByLabel(/^users:write/).check();
  await dialog.getByRole('button', { name: 'Create key' }).click();
  const shown = page.locator('[aria-label="The new API key"]');
  await shown.waitFor();
  const key = (await shown.textContent()).trim();
  const row = tableRow(page, 'CRM sync e2e');
  await row.getByText('users:read, users:write', { exact: true }).waitFor();
  const prefix = (await row.locator('code').textContent()).trim();
  assert.ok(key.startsWith(prefix) && key.length > prefix.length, `the table shows only the key's prefix ${prefix}`);

  // The key works as the permissions chosen: it reads and writes users,
  // and nothing else.
  const read = await graphqlAs(key, '{ users(first: 1) { totalCount } }');
  assert.equal(read.status, 200);
  assert.ok(read.body.data.users.totalCount >= 1, JSON.stringify(read.body));
  const email = unique('by-key');
  const write = await graphqlAs(key, 'mutation($e: String!) { createUser(input: {email: $e}) { user { email } } }', { e: email });
  assert.equal(write.body.data?.createUser.user.email, email, JSON.stringify(write.body));
  const other = await graphqlAs(key, 'mutation { createCustomer(input: {name: "Not for keys"}) { customer { id } } }');
  assert.equal(other.body.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(other.body));

  // The key is not shown again.
  await page.reload();
  await row.waitFor();
  assert.equal(await shown.count(), 0, 'no key after a reload');
  assert.ok(!(await page.content()).includes(key), 'the key is nowhere on the page');

  await page.getByRole('button', { name: 'Revoke CRM sync e2e' }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke API key' });
  await confirm.getByText('Revoke the key CRM sync e2e? It stops working at once.').waitFor();
  await confirm.getByRole('button', { name: 'Revoke CRM sync e2e' }).click();
  await row.getByText('revoked', { exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Revoke CRM sync e2e' }).count(), 0, 'a revoked key offers no revoke');
  const after = await graphqlAs(key, '{ users(first: 1) { totalCount } }');
  assert.equal(after.status, 401, 'the revoked key is refused');
  assert.equal(after.body.data, undefined);
});

test('API keys: a key limited to a customer sees only that customer\'s users', async () => {
  const a = await api(roster.url, 'mutation { createCustomer(input: {name: "Key Kunde A"}) { customer { id } } }', {}, admin);
  const b = await api(roster.url, 'mutation { createCustomer(input: {name: "Key Kunde B"}) { customer { id } } }', {}, admin);
  const inA = unique('key-a');
  const inB = unique('key-b');
  await createUser(inA, { customers: [a.createCustomer.customer.id] });
  await createUser(inB, { customers: [b.createCustomer.customer.id] });

  const page = await adminPage();
  await page.goto(`${roster.url}/admin/api-keys`);
  await page.getByRole('button', { name: 'New API key' }).click();
  const dialog = page.getByRole('dialog', { name: 'New API key' });
  await dialog.getByLabel('Name', { exact: true }).fill('Kunde A sync');
  await dialog.getByLabel('Key Kunde A', { exact: true }).check();
  await dialog.getByRole('button', { name: 'Create key' }).click();
  const shown = page.locator('[aria-label="The new API key"]');
  await shown.waitFor();
  const key = (await shown.textContent()).trim();
  await tableRow(page, 'Kunde A sync').getByText('Key Kunde A', { exact: true }).waitFor();

  const seen = await graphqlAs(key, '{ users(first: 100) { edges { node { email } } } }');
  const emails = seen.body.data?.users.edges.map((e) => e.node.email);
  assert.deepEqual(emails, [inA], JSON.stringify(seen.body));
});

/**
 * startReceiver runs a webhook receiver on 127.0.0.1 that checks each
 * request's signature with the secret it is given and answers 204 when it
 * holds, 401 when not.
 */
async function startReceiver() {
  const received = [];
  const receiver = { received, secret: '' };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const id = req.headers['webhook-id'];
      const ts = req.headers['webhook-timestamp'];
      const key = Buffer.from(receiver.secret.replace(/^whsec_/, ''), 'base64');
      const want = `v1,${createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64')}`;
      const signed = String(req.headers['webhook-signature'] ?? '').split(' ').includes(want);
      let payload = null;
      try {
        payload = JSON.parse(body);
      } catch {
        // recorded as null
      }
      received.push({ id, path: req.url, payload, signed });
      res.statusCode = signed ? 204 : 401;
      res.end();
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  receiver.url = `http://127.0.0.1:${server.address().port}/roster-hook`;
  receiver.close = () => new Promise((ok) => server.close(ok));
  /** waitFor waits until `count` requests came. */
  receiver.waitFor = async (count) => {
    const until = Date.now() + 30_000;
    while (received.length < count) {
      if (Date.now() > until) throw new Error(`the receiver got ${received.length} requests, not ${count}`);
      await new Promise((ok) => setTimeout(ok, 200));
    }
  };
  return receiver;
}

/** refreshUntil clicks Refresh until the locator shows (the worker delivers every 2 s). */
async function refreshUntil(page, locator) {
  const until = Date.now() + 30_000;
  while (!(await locator.first().isVisible())) {
    if (Date.now() > until) throw new Error(`not shown after refreshing: ${locator}`);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await locator.first().waitFor({ timeout: 1000 }).catch(() => {});
  }
}

test('webhooks: an endpoint gets a signed test event, shows the delivery and its attempt, and redelivers', async () => {
  const receiver = await startReceiver();
  try {
    const page = await adminPage();
    await page.goto(`${roster.url}/admin/webhooks`);
    await page.getByRole('button', { name: 'New endpoint' }).click();
    const dialog = page.getByRole('dialog', { name: 'New webhook endpoint' });
    await dialog.getByLabel('URL').fill(receiver.url);
    await dialog.getByLabel('Description').fill('The test receiver');
    await dialog.getByLabel('user.locked', { exact: true }).check();
    await dialog.getByRole('button', { name: 'Save endpoint' }).click();
    const secret = page.locator('[aria-label="The signing secret"]');
    await secret.waitFor();
    receiver.secret = (await secret.textContent()).trim();
    assert.match(receiver.secret, /^whsec_/);
    const row = tableRow(page, receiver.url);
    await row.getByText('USER_LOCKED', { exact: true }).waitFor();
    await row.getByText('The test receiver').waitFor();

    await row.getByRole('link', { name: receiver.url }).click();
    await page.getByRole('heading', { name: `Deliveries to ${receiver.url}` }).waitFor();
    await page.getByText('No deliveries.').waitFor();
    await page.getByRole('button', { name: 'Send test event' }).click();
    await page.getByText('A webhook.test event is queued.').waitFor();
    await receiver.waitFor(1);
    const [first] = receiver.received;
    assert.equal(first.signed, true, 'the delivery is signed with the secret the console showed');
    assert.equal(first.path, '/roster-hook');
    assert.equal(first.payload?.type, 'webhook.test');

    const delivery = tableRow(page, 'webhook.test');
    await refreshUntil(page, delivery.getByText('SUCCEEDED', { exact: true }));
    await delivery.getByText(first.id, { exact: true }).waitFor();
    await delivery.getByText('1 attempt', { exact: true }).click();
    await delivery.getByText(/: 204 in \d+ ms/).waitFor();

    await delivery.getByRole('button', { name: 'Redeliver' }).click();
    await delivery.getByText('PENDING', { exact: true }).waitFor();
    await receiver.waitFor(2);
    assert.equal(receiver.received[1].id, first.id, 'a redelivery carries the same webhook-id');
    assert.equal(receiver.received[1].signed, true);
    await refreshUntil(page, delivery.getByText('2 attempts', { exact: true }));
    await delivery.getByText('SUCCEEDED', { exact: true }).waitFor();
    assert.equal(await page.locator('main table tbody tr').count(), 1, 'a redelivery is no new delivery');

    // The endpoint subscribes to user.locked alone: a new user sends
    // nothing, a lock does.
    const email = unique('hooked');
    const id = await createUser(email, { confirmed: true, firstName: 'Hugo', lastName: 'Hooked' });
    await api(roster.url, 'mutation($id: ID!) { lockUser(input: {id: $id, reason: "webhook test"}) { user { id } } }', { id }, admin);
    await receiver.waitFor(3);
    assert.equal(receiver.received[2].payload?.type, 'user.locked');
    assert.equal(receiver.received[2].payload?.data?.user_id, id);
    await refreshUntil(page, tableRow(page, 'user.locked'));
    assert.equal(await tableRow(page, 'user.created').count(), 0, 'no delivery of an event the endpoint does not want');
  } finally {
    await receiver.close();
  }
});

test('roles: create, rename, and delete — refused while someone holds the role', async () => {
  const page = await adminPage();
  await adminNav(page, 'Roles');
  await page.getByRole('heading', { name: 'Roles' }).waitFor();
  await page.getByRole('button', { name: 'New role' }).click();
  let dialog = page.getByRole('dialog', { name: 'New role' });
  await dialog.getByLabel('Name', { exact: true }).fill('support-e2e');
  await dialog.getByLabel('Description').fill('First-level support');
  await dialog.getByLabel(/^users:read/).check();
  await dialog.getByLabel(/^users:lock/).check();
  await dialog.getByRole('button', { name: 'Save role' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await tableRow(page, 'support-e2e').getByText('users:read, users:lock', { exact: true }).waitFor();

  await page.getByRole('button', { name: 'Edit support-e2e' }).click();
  dialog = page.getByRole('dialog', { name: 'Edit role support-e2e' });
  assert.equal(await dialog.getByLabel('Description').inputValue(), 'First-level support');
  assert.ok(await dialog.getByLabel(/^users:lock/).isChecked());
  await dialog.getByLabel('Name', { exact: true }).fill('helpdesk-e2e');
  await dialog.getByLabel(/^users:lock/).uncheck();
  await dialog.getByRole('button', { name: 'Save role' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await tableRow(page, 'helpdesk-e2e').getByText('users:read', { exact: true }).waitFor();
  assert.equal(await tableRow(page, 'support-e2e').count(), 0, 'the old name is gone');
  // The change is saved, not only shown.
  await page.reload();
  const row = tableRow(page, 'helpdesk-e2e');
  await row.getByText('users:read', { exact: true }).waitFor();
  const roles = await api(roster.url, '{ roles(first: 100) { edges { node { id name permissions } } } }', {}, admin);
  const role = roles.roles.edges.map((e) => e.node).find((r) => r.name === 'helpdesk-e2e');
  assert.deepEqual(role?.permissions, ['USERS_READ']);

  // A role someone holds cannot be deleted; the dialog says why.
  const holder = await createUser(unique('holder'), { role: role.id, firstName: 'Holger', lastName: 'Holder' });
  await page.getByRole('button', { name: 'Delete helpdesk-e2e' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete role' });
  await confirm.getByRole('button', { name: 'Delete helpdesk-e2e' }).click();
  await confirm.getByRole('alert').getByText('role "helpdesk-e2e" is still held by 1 user; give them another role first').waitFor();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await confirm.waitFor({ state: 'hidden' });
  await row.waitFor();

  await api(roster.url, 'mutation($id: ID!) { deleteUser(input: {id: $id}) { deletedID } }', { id: holder }, admin);
  await page.getByRole('button', { name: 'Delete helpdesk-e2e' }).click();
  assert.equal(await confirm.getByRole('alert').count(), 0, 'the earlier refusal is not shown again');
  await confirm.getByRole('button', { name: 'Delete helpdesk-e2e' }).click();
  await row.waitFor({ state: 'detached' });
  await page.reload();
  const builtin = tableRow(page, 'built-in');
  await builtin.first().waitFor();
  assert.equal(await tableRow(page, 'helpdesk-e2e').count(), 0, 'the role is deleted');
  assert.equal(await builtin.getByRole('button').count(), 0, 'built-in roles offer neither edit nor delete');
});

test('customers: create, rename, and delete — refused while users have the customer; the total follows', async () => {
  const count = async () => (await api(roster.url, '{ customers(first: 1) { totalCount } }', {}, admin)).customers.totalCount;
  const page = await adminPage();
  await adminNav(page, 'Customers');
  await page.getByRole('heading', { name: 'Customers' }).waitFor();
  const start = await count();
  await page.getByText(`${start} customers.`, { exact: false }).waitFor();
  await page.getByRole('button', { name: 'New customer' }).click();
  let dialog = page.getByRole('dialog', { name: 'New customer' });
  await dialog.getByLabel('Name', { exact: true }).fill('Muster GmbH e2e');
  await dialog.getByLabel('External ID').fill('crm-4711');
  await dialog.getByRole('button', { name: 'Save customer' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await tableRow(page, 'Muster GmbH e2e').getByText('crm-4711', { exact: true }).waitFor();
  assert.equal(await count(), start + 1);
  await page.getByText(`${start + 1} customers.`, { exact: false }).waitFor();

  await page.getByRole('button', { name: 'Edit Muster GmbH e2e' }).click();
  dialog = page.getByRole('dialog', { name: 'Edit customer Muster GmbH e2e' });
  assert.equal(await dialog.getByLabel('External ID').inputValue(), 'crm-4711');
  await dialog.getByLabel('Name', { exact: true }).fill('Muster AG e2e');
  await dialog.getByRole('button', { name: 'Save customer' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const row = tableRow(page, 'Muster AG e2e');
  await row.getByText('crm-4711', { exact: true }).waitFor();
  assert.equal(await tableRow(page, 'Muster GmbH e2e').count(), 0, 'the old name is gone');
  await page.reload();
  await row.waitFor();
  const customers = await api(roster.url, '{ customers(first: 100) { edges { node { id name externalID } } } }', {}, admin);
  const customer = customers.customers.edges.map((e) => e.node).find((c) => c.name === 'Muster AG e2e');
  assert.equal(customer?.externalID, 'crm-4711');

  // Emptying the external ID removes it.
  await page.getByRole('button', { name: 'Edit Muster AG e2e' }).click();
  dialog = page.getByRole('dialog', { name: 'Edit customer Muster AG e2e' });
  await dialog.getByLabel('External ID').fill('');
  await dialog.getByRole('button', { name: 'Save customer' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await row.getByText('crm-4711', { exact: true }).waitFor({ state: 'detached' });
  const cleared = await api(roster.url, 'query($id: ID!) { node(id: $id) { ... on Customer { externalID } } }', { id: customer.id }, admin);
  assert.equal(cleared.node.externalID, null);

  const member = await createUser(unique('member'), { customers: [customer.id], firstName: 'Mia', lastName: 'Member' });
  await page.getByRole('button', { name: 'Delete Muster AG e2e' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete customer' });
  await confirm.getByRole('button', { name: 'Delete Muster AG e2e' }).click();
  await confirm.getByRole('alert').getByText(/customer "Muster AG e2e" is still assigned to 1 user/).waitFor();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await row.waitFor();

  await api(roster.url, 'mutation($id: ID!) { deleteUser(input: {id: $id}) { deletedID } }', { id: member }, admin);
  await page.getByRole('button', { name: 'Delete Muster AG e2e' }).click();
  await confirm.getByRole('button', { name: 'Delete Muster AG e2e' }).click();
  await row.waitFor({ state: 'detached' });
  assert.equal(await count(), start);
  await page.getByText(`${start} customers.`, { exact: false }).waitFor();
});

test('settings: a longer minimum password length shows on the password pages and is enforced', async () => {
  const page = await adminPage();
  // The password page is seen before the change, in the same page: what
  // the console loaded then must not be shown after the change.
  await page.goto(`${roster.url}/account/password`);
  await page.getByText('12 to 256 characters').waitFor();
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Admin' }).click();
  await adminNav(page, 'Settings');
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  const minLength = page.getByLabel('Minimum length');
  assert.equal(await minLength.inputValue(), '12');
  await minLength.fill('6');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.locator('.field-invalid').getByLabel('Minimum length').waitFor();
  assert.equal((await api(roster.url, '{ settings { passwordMinLength } }', {}, admin)).settings.passwordMinLength, 12, 'a refused value changes nothing');
  await minLength.fill('20');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('The settings are saved.').waitFor();
  assert.equal(await page.locator('.field-invalid').count(), 0);

  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'My account' }).click();
  await page.getByRole('navigation', { name: 'Account pages' }).getByRole('link', { name: 'Password' }).click();
  await page.getByRole('heading', { name: 'Change password' }).waitFor();
  await page.getByText('20 to 256 characters').waitFor();
  assert.equal(await page.getByText('12 to 256 characters').count(), 0);

  // Another user is held to it when changing the password.
  const email = unique('policy');
  await createUser(email, { confirmed: true, firstName: 'Paula', lastName: 'Regel' });
  await withPassword(email);
  const user = await browser.newPage();
  await signIn(user, roster.url, email, password);
  await user.goto(`${roster.url}/account/password`);
  await user.getByText('20 to 256 characters').waitFor();
  const nineteen = 'nineteen characters';
  assert.equal(nineteen.length, 19);
  await user.getByLabel('Current password').fill(password);
  await user.getByLabel('New password', { exact: true }).fill(nineteen);
  await user.getByLabel('Repeat the new password').fill(nineteen);
  await user.getByRole('button', { name: 'Change password' }).click();
  await user.locator('.field-invalid').getByLabel('New password', { exact: true }).waitFor();
  await user.getByLabel('New password', { exact: true }).fill(`${nineteen}!`);
  await user.getByLabel('Repeat the new password').fill(`${nineteen}!`);
  await user.getByRole('button', { name: 'Change password' }).click();
  await user.getByText('Your password is changed.').waitFor();
});

test('audit log: the filters narrow to a change made in the console, with old and new value, source and author', async () => {
  const email = unique('audited');
  const id = await createUser(email, { firstName: 'Aude', lastName: 'Before' });
  const page = await adminPage();
  await page.goto(`${roster.url}/admin/users/${id}/edit`);
  await page.getByLabel('Last name').fill('After');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Aude After' }).waitFor();

  await adminNav(page, 'Audit log');
  await page.getByRole('heading', { name: 'Audit log' }).waitFor();
  const rows = page.locator('main table tbody tr');
  await rows.first().waitFor();
  await page.getByLabel('Property').fill('last_name');
  await page.getByLabel('User ID').fill(id);
  // Two entries remain: the name given at creation, and the change.
  await page.waitForFunction(() => document.querySelectorAll('main table tbody tr').length === 2);
  const cells = async (i) => (await rows.nth(i).locator('td').allTextContents()).map((t) => t.trim());
  const [, user, property, newValue, oldValue, source, author] = await cells(0);
  assert.deepEqual([user, property, newValue, oldValue, source, author], [email, 'last_name', 'After', 'Before', 'Admin', roster.adminEmail]);
  const created = await cells(1);
  assert.deepEqual(created.slice(2, 5), ['last_name', 'Before', '—']);

  await page.getByLabel('Source').selectOption('PROFILE');
  await page.getByText('No entries match.').waitFor();
  await page.getByLabel('Source').selectOption('ADMIN');
  await page.waitForFunction(() => document.querySelectorAll('main table tbody tr').length === 2);
  const today = new Date();
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  await page.getByLabel('Before').fill(day);
  await page.getByText('No entries match.').waitFor();
  await page.getByLabel('Before').fill('');
  await page.getByLabel('From').fill(day);
  await page.waitForFunction(() => document.querySelectorAll('main table tbody tr').length === 2);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  assert.equal(await page.getByLabel('Property').inputValue(), '');
  assert.equal(await page.getByLabel('User ID').inputValue(), '');
  // Without filters, other users' entries show again.
  await page.waitForFunction(() => document.querySelectorAll('main table tbody tr').length > 2);
  // The user's name leads to the profile.
  await page.getByLabel('User ID').fill(id);
  await page.waitForFunction(() => document.querySelectorAll('main table tbody tr').length > 2 && document.querySelectorAll('main table tbody tr').length < 25);
  await rows.first().getByRole('link', { name: email }).click();
  await page.getByRole('heading', { name: /Aude After/ }).waitFor();
});

test('attributes: a new definition is asked on the account page, and the value shows on the profile', async () => {
  const page = await adminPage();
  await adminNav(page, 'Attributes');
  await page.getByRole('heading', { name: 'Attributes' }).waitFor();
  await page.getByRole('button', { name: 'New attribute' }).click();
  const dialog = page.getByRole('dialog', { name: 'New attribute' });
  await dialog.getByLabel('Key').fill('Membership Number');
  await dialog.getByLabel('Label').fill('Membership number');
  await dialog.getByRole('button', { name: 'Save attribute' }).click();
  await dialog.locator('.field-invalid').getByLabel('Key').waitFor();
  await dialog.getByLabel('Key').fill('membership_number');
  assert.ok(await dialog.getByLabel('Users may edit it themselves').isChecked());
  await dialog.getByRole('button', { name: 'Save attribute' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await tableRow(page, 'membership_number').getByText('Membership number', { exact: true }).waitFor();

  const email = unique('member-number');
  const id = await createUser(email, { confirmed: true, firstName: 'Nora', lastName: 'Number' });
  await withPassword(email);
  const user = await browser.newPage();
  await signIn(user, roster.url, email, password);
  await user.goto(`${roster.url}/account/`);
  await user.getByRole('heading', { name: 'My information' }).waitFor();
  await user.getByLabel('Membership number').fill('M-4711');
  await user.getByRole('button', { name: 'Save' }).click();
  await user.getByText('Your information is saved.').waitFor();

  await page.goto(`${roster.url}/admin/users/${id}`);
  const further = page.getByRole('region', { name: 'Further information' });
  await further.locator('dl.facts dt', { hasText: /^Membership number$/ }).locator('xpath=following-sibling::dd[1]').getByText('M-4711').waitFor();
});

test('account sessions: both browsers are listed, and signing out the other one ends it', async () => {
  const email = unique('two-browsers');
  await createUser(email, { confirmed: true, firstName: 'Tanja', lastName: 'Two' });
  await withPassword(email);
  const laptop = await browser.newPage();
  await signIn(laptop, roster.url, email, password);
  const phone = await browser.newPage();
  await signIn(phone, roster.url, email, password);

  await laptop.goto(`${roster.url}/account/sessions`);
  await laptop.getByRole('heading', { name: 'Active sessions' }).waitFor();
  const rows = laptop.locator('main table tbody tr');
  await laptop.waitForFunction(() => document.querySelectorAll('main table tbody tr').length === 2);
  assert.equal(await rows.filter({ hasText: 'this browser' }).count(), 1);
  const other = laptop.getByRole('button', { name: /^Sign out the session from / });
  assert.equal(await other.count(), 1, 'only the other session can be signed out here');
  await other.click();
  await laptop.waitForFunction(() => document.querySelectorAll('main table tbody tr').length === 1);
  await rows.filter({ hasText: 'this browser' }).waitFor();

  await phone.goto(`${roster.url}/account/`);
  await phone.getByRole('heading', { name: 'Sign in to Roster' }).waitFor();
  await laptop.reload();
  await laptop.getByRole('heading', { name: 'Active sessions' }).waitFor();
});

test('newsletter: subscribe and unsubscribe on the account page', async () => {
  const email = unique('reader-news');
  await createUser(email, { confirmed: true, firstName: 'Nele', lastName: 'News' });
  await withPassword(email);
  const user = await browser.newPage();
  await signIn(user, roster.url, email, password);
  await user.goto(`${roster.url}/account/newsletter`);
  await user.getByText(`${email} is not subscribed.`).waitFor();
  await user.getByRole('button', { name: 'Subscribe' }).click();
  await user.getByText(`${email} is subscribed since`).waitFor();
  await user.reload();
  await user.getByText(`${email} is subscribed since`).waitFor();
  await user.getByRole('button', { name: 'Unsubscribe' }).click();
  await user.getByText(new RegExp(`^${email.replace(/[.+]/g, '\\$&')} is not subscribed \\(unsubscribed .+\\)\\.$`)).waitFor();
  await user.reload();
  await user.getByRole('button', { name: 'Subscribe' }).waitFor();
});
