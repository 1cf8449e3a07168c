// One test per guide of the admin area and the account pages, clicked
// through in chromium against a real `roster serve` on SQLite. Mails are
// read from the server's log.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { api, fixtures, launchBrowser, linkIn, login, shot, signIn, startRoster, testPassword, unique } from './harness.mjs';

let roster;
let browser;
let admin; // the first admin's session token, for setting up fixtures
before(async () => {
  roster = await startRoster();
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

async function openProfile(page, email) {
  await page.goto(`${roster.url}/admin/users`);
  await page.getByLabel('Search').fill(email);
  await page.getByRole('link', { name: email }).click();
  await page.getByRole('heading', { name: 'Account', exact: true }).waitFor();
}

test('create and invite a user; they accept the invitation from the mail and are signed in', async () => {
  const page = await adminPage();
  const email = unique('invitee');
  await page.goto(`${roster.url}/admin/users`);
  await page.getByRole('link', { name: 'Create user' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('First name').fill('Ines');
  await page.getByLabel('Last name').fill('Invited');
  await shot(page, 'create-user');
  await page.getByRole('button', { name: 'Create user' }).click();
  await page.getByRole('heading', { name: /Ines Invited/ }).waitFor();
  await page.getByText('Invited', { exact: true }).first().waitFor();
  await shot(page, 'profile');

  const mail = await roster.waitForMail(email, /invit/i);
  const invitee = await browser.newPage();
  await invitee.goto(linkIn(mail.body, roster.url));
  await invitee.getByLabel('Password', { exact: true }).fill(password);
  assert.ok(!invitee.url().includes('token='), 'the token stays in the address bar');
  await invitee.getByLabel('Repeat the password').fill(password);
  await shot(invitee, 'accept-invitation');
  await invitee.getByRole('button', { name: 'Accept and sign in' }).click();
  await invitee.getByRole('heading', { name: 'My information' }).waitFor();
  await invitee.getByText(`Signed in as ${email}`).waitFor();
});

test('a bad address is shown next to the field; an existing address opens that profile', async () => {
  const page = await adminPage();
  await page.goto(`${roster.url}/admin/users/new`);
  await page.getByLabel('Email').fill('not an address');
  await page.getByRole('button', { name: 'Create user' }).click();
  await page.locator('.field-error').first().waitFor();
  const existing = unique('existing');
  await createUser(existing, { firstName: 'Erika', lastName: 'Exists' });
  await page.getByLabel('Email').fill(existing);
  await page.getByRole('button', { name: 'Create user' }).click();
  await page.getByText(`${existing} has an account already`).waitFor();
});

test('re-invite: the new mail carries a new link and the old one stops working; confirm by hand', async () => {
  const email = unique('reinvite');
  await createUser(email, { firstName: 'Rita', lastName: 'Reinvite' });
  const page = await adminPage();
  await openProfile(page, email);
  assert.equal(await page.getByRole('button', { name: 'Resend invitation' }).count(), 0, 'nothing to resend before the first invitation');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Send invitation' }).click();
  await page.getByText(`An invitation is on its way to ${email}.`).waitFor();
  const first = await roster.waitForMail(email, /invit/i);
  const seen = roster.mails().length;
  await page.getByRole('button', { name: 'Resend invitation' }).click();
  await page.getByRole('dialog').getByText('An earlier invitation link stops working.').waitFor();
  await page.getByRole('dialog').getByRole('button', { name: 'Resend invitation' }).click();
  const second = await roster.waitForMail(email, /invit/i, seen);
  const oldLink = linkIn(first.body, roster.url);
  assert.notEqual(linkIn(second.body, roster.url), oldLink, 'the new invitation has a new link');
  // The first link no longer accepts a password.
  const visitor = await browser.newPage();
  await visitor.goto(oldLink);
  await visitor.getByLabel('Password', { exact: true }).fill(password);
  await visitor.getByLabel('Repeat the password').fill(password);
  await visitor.getByRole('button', { name: 'Accept and sign in' }).click();
  await visitor.locator('.form-errors').waitFor();
  assert.equal(await visitor.getByRole('button', { name: 'Sign out' }).count(), 0);

  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm', exact: true }).click();
  await page.getByText('Rita Reinvite is confirmed.').waitFor();
  await page.locator('dl.facts dt', { hasText: /^Status$/ }).locator('xpath=following-sibling::dd[1]').getByText('Confirmed').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Confirm', exact: true }).count(), 0, 'Confirm is gone once confirmed');
  assert.equal(await page.getByRole('button', { name: /invitation/ }).count(), 0, 'no invitation for a confirmed user');
});

test('edit a profile; a stale edit offers to reload', async () => {
  const email = unique('edit');
  const id = await createUser(email, { firstName: 'Eddie', lastName: 'Before' });
  const page = await adminPage();
  await page.goto(`${roster.url}/admin/users/${id}/edit`);
  await page.getByLabel('Last name').fill('After');
  // Someone else changes the user meanwhile.
  await api(roster.url, 'mutation($id: ID!) { updateUser(input: {id: $id, profile: {city: "Elsewhere"}}) { user { id } } }', { id }, admin);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Someone else changed this user').waitFor();
  await page.getByRole('button', { name: 'Reload' }).click();
  await page.getByLabel('Last name').fill('After');
  await page.getByLabel('Phone').fill('not a phone');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('.field-invalid').getByLabel('Phone').waitFor();
  await page.getByLabel('Phone').fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Eddie After' }).waitFor();
});

/** fact is the value of a profile fact (a <dd>) by its label. */
function fact(page, label) {
  return page.locator('dl.facts dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
}

test('change the email address at once and with confirmation', async () => {
  const email = unique('mover');
  await createUser(email, { firstName: 'Mo', lastName: 'Mover' });
  const page = await adminPage();
  await openProfile(page, email);
  const direct = unique('moved');
  await page.getByRole('button', { name: 'Change email' }).click();
  await page.getByLabel('New email').fill(direct);
  await page.getByLabel('The user confirms the new address').uncheck();
  await page.getByRole('dialog').getByRole('button', { name: 'Change email' }).click();
  await page.getByText(`The address is now ${direct}.`).waitFor();
  await fact(page, 'Email').getByText(direct, { exact: true }).waitFor();
  assert.equal(await fact(page, 'New email \\(unconfirmed\\)').count(), 0, 'nothing waits for confirmation');
  // The old address no longer finds the user, the new one does.
  await page.goto(`${roster.url}/admin/users`);
  await page.getByLabel('Search').fill(email);
  await page.getByText('No users match.').waitFor();
  await openProfile(page, direct);

  const confirmed = unique('confirmed');
  const seen = roster.mails().length;
  await page.getByRole('button', { name: 'Change email' }).click();
  await page.getByLabel('New email').fill(confirmed);
  assert.ok(await page.getByLabel('The user confirms the new address').isChecked(), 'confirmation is the default each time');
  await page.getByRole('dialog').getByRole('button', { name: 'Change email' }).click();
  await page.getByText(`A confirmation link went to ${confirmed}; ${direct} stays until it is followed.`).waitFor();
  // Until the link is followed, the old address stays and the new one waits.
  await fact(page, 'Email').getByText(direct, { exact: true }).waitFor();
  await fact(page, 'New email \\(unconfirmed\\)').getByText(confirmed, { exact: true }).waitFor();
  const mail = await roster.waitForMail(confirmed, /./, seen);
  const visitor = await browser.newPage();
  await visitor.goto(linkIn(mail.body, roster.url));
  await visitor.getByRole('button', { name: 'Confirm the address' }).click();
  await visitor.getByText(`${confirmed} is confirmed.`).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Account', exact: true }).waitFor();
  await fact(page, 'Email').getByText(confirmed, { exact: true }).waitFor();
  assert.equal(await fact(page, 'New email \\(unconfirmed\\)').count(), 0, 'the change is complete');
});

test('lock a user and see their session end; unlock lets them in again', async () => {
  const email = unique('locked');
  await createUser(email, { confirmed: true, firstName: 'Lou', lastName: 'Locked' });
  await withPassword(email);
  const user = await browser.newPage();
  await signIn(user, roster.url, email, password);

  const page = await adminPage();
  await openProfile(page, email);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByLabel('Reason').fill('Suspicious sign-ins');
  await shot(page, 'lock');
  await page.getByRole('dialog').getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByText('Lou Locked is locked and signed out.').waitFor();

  await user.reload();
  await user.getByRole('heading', { name: 'Sign in to Roster' }).waitFor();
  await user.getByLabel('Email').fill(email);
  await user.getByLabel('Password', { exact: true }).fill(password);
  await user.getByRole('button', { name: 'Sign in' }).click();
  await user.locator('.form-errors').waitFor();

  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByText('Lou Locked is unlocked.').waitFor();
  await signIn(user, roster.url, email, password);
});

test('delete a user after a confirmation that names them', async () => {
  const email = unique('doomed');
  await createUser(email, { firstName: 'Dora', lastName: 'Doomed' });
  const page = await adminPage();
  await openProfile(page, email);
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Dora Doomed', { exact: true }).waitFor();
  await shot(page, 'delete');
  await dialog.getByRole('button', { name: 'Delete Dora Doomed' }).click();
  await page.getByRole('heading', { name: 'Users' }).waitFor();
  await page.getByLabel('Search').fill(email);
  await page.getByText('No users match.').waitFor();
});

test('change restrictions: role and customers', async () => {
  const customer = await api(roster.url, 'mutation { createCustomer(input: {name: "Stadtwerke Test"}) { customer { id } } }', {}, admin);
  assert.ok(customer.createCustomer.customer.id);
  const email = unique('restricted');
  await createUser(email, { firstName: 'Resi', lastName: 'Stricted' });
  const page = await adminPage();
  await openProfile(page, email);
  await page.getByRole('button', { name: 'Change restrictions' }).click();
  await page.getByRole('dialog').getByLabel('Stadtwerke Test').check();
  await page.getByRole('dialog').getByRole('button', { name: 'Save restrictions' }).click();
  await page.getByText('The restrictions are changed.').waitFor();
  await page.locator('dl.facts').getByText('Stadtwerke Test').waitFor();
});

test('blocked fields are read-only on the account page', async () => {
  const email = unique('blocked');
  await createUser(email, { confirmed: true, firstName: 'Bea', lastName: 'Blocked' });
  await withPassword(email);
  const page = await adminPage();
  await openProfile(page, email);
  await page.getByRole('button', { name: 'Block fields' }).click();
  await page.getByRole('dialog').getByLabel('Last name').check();
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await page.getByText('The blocked fields are saved.').waitFor();

  const user = await browser.newPage();
  await signIn(user, roster.url, email, password);
  await user.goto(`${roster.url}/account/`);
  await user.getByRole('heading', { name: 'My information' }).waitFor();
  assert.equal(await user.getByLabel('Last name').getAttribute('readonly'), '');
  assert.equal(await user.getByLabel('First name').getAttribute('readonly'), null);
  await user.getByLabel('First name').fill('Beatrix');
  await user.getByRole('button', { name: 'Save' }).click();
  await user.getByText('Your information is saved.').waitFor();
  await shot(user, 'account');
});

test('history: search and hide entries without changes', async () => {
  const email = unique('history');
  const id = await createUser(email, { firstName: 'Hanna', lastName: 'Story' });
  await api(roster.url, 'mutation($id: ID!) { updateUser(input: {id: $id, profile: {city: "Bonn"}}) { user { id } } }', { id }, admin);
  const page = await adminPage();
  await page.goto(`${roster.url}/admin/users/${id}/history`);
  await page.getByRole('heading', { name: 'History of Hanna Story' }).waitFor();
  await page.getByRole('cell', { name: 'Bonn' }).waitFor();
  await page.getByLabel('Search the history').fill('city');
  await page.getByRole('cell', { name: 'last_name' }).waitFor({ state: 'detached' });
  await page.getByRole('cell', { name: 'Bonn' }).waitFor();
  await page.getByLabel('Hide entries without changes').check();
  await page.getByRole('cell', { name: 'Bonn' }).waitFor();
  await shot(page, 'history');
});

test('email aliases: add, confirm from the mail, make primary, remove', async () => {
  const email = unique('alias-owner');
  await createUser(email, { confirmed: true, firstName: 'Al', lastName: 'Ias' });
  await withPassword(email);
  const user = await browser.newPage();
  await signIn(user, roster.url, email, password);
  await user.goto(`${roster.url}/account/emails`);
  const alias = unique('second');
  await user.getByLabel('Add an address').fill(alias);
  await user.getByRole('button', { name: 'Add address' }).click();
  await user.getByText(`A confirmation link went to ${alias}`).waitFor();
  const mail = await roster.waitForMail(alias, /./);
  await user.goto(linkIn(mail.body, roster.url));
  await user.getByRole('button', { name: 'Confirm the address' }).click();
  await user.getByText(`${alias} is confirmed.`).waitFor();
  await user.goto(`${roster.url}/account/emails`);
  await user.getByRole('button', { name: `Make ${alias} the primary address` }).click();
  await user.getByText(`${alias} is now your primary address.`).waitFor();
  await user.getByRole('button', { name: `Remove ${email}` }).click();
  await user.getByRole('dialog').getByRole('button', { name: `Remove ${email}` }).click();
  await user.getByText(`${email} is removed.`).waitFor();
});

test('change the password, with the rules shown first', async () => {
  const email = unique('password');
  await createUser(email, { confirmed: true, firstName: 'Pat', lastName: 'Word' });
  await withPassword(email);
  const user = await browser.newPage();
  await signIn(user, roster.url, email, password);
  await user.goto(`${roster.url}/account/password`);
  await user.getByText(/to 256 characters/).waitFor();
  await user.getByLabel('Current password').fill(password);
  await user.getByLabel('New password', { exact: true }).fill('short');
  await user.getByLabel('Repeat the new password').fill('short');
  await user.getByRole('button', { name: 'Change password' }).click();
  await user.locator('.field-invalid').getByLabel('New password', { exact: true }).waitFor();
  const next = 'another long passphrase for tests 43';
  await user.getByLabel('New password', { exact: true }).fill(next);
  await user.getByLabel('Repeat the new password').fill(next);
  await user.getByRole('button', { name: 'Change password' }).click();
  await user.getByText('Your password is changed.').waitFor();
  const again = await browser.newPage();
  await signIn(again, roster.url, email, next);
});

test('send a user an email from the overview and the profile', async () => {
  const email = unique('reader');
  await createUser(email, { firstName: 'Rea', lastName: 'Der' });
  const page = await adminPage();
  await page.goto(`${roster.url}/admin/users`);
  await page.getByLabel('Search').fill(email);
  await page.getByRole('button', { name: 'Send an email to Rea Der' }).click();
  await page.getByRole('dialog', { name: `Send an email to ${email}` }).waitFor();
  await page.getByLabel('Subject').fill('From the overview');
  await page.getByLabel('Message').fill('Written from the list of users.');
  await page.getByRole('dialog').getByRole('button', { name: 'Send' }).click();
  await page.getByText(`The message is on its way to ${email}.`).waitFor();
  const fromRow = await roster.waitForMail(email, /From the overview/);
  assert.match(fromRow.body, /Written from the list of users/);

  await openProfile(page, email);
  await page.getByRole('button', { name: 'Send email' }).click();
  await page.getByLabel('Subject').fill('Your contract');
  await page.getByLabel('Message').fill('Hello,\n\nplease sign the attached contract.');
  await shot(page, 'send-email');
  await page.getByRole('dialog').getByRole('button', { name: 'Send' }).click();
  await page.getByText(`The message is on its way to ${email}.`).waitFor();
  const mail = await roster.waitForMail(email, /Your contract/);
  assert.match(mail.body, /please sign the attached contract/);
});

test('export a user\'s data from the profile: a JSON file, recorded in the history', async () => {
  const email = unique('exported');
  const id = await createUser(email, { firstName: 'Ex', lastName: 'Port' });
  const page = await adminPage();
  await openProfile(page, email);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data' }).click()]);
  assert.match(download.suggestedFilename(), new RegExp(`^roster-export-${id}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const doc = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(doc.format, 'roster.personal-data.v1');
  assert.equal(doc.user.id, id);
  assert.equal(doc.user.email, email);
  assert.equal(doc.user.last_name, 'Port');
  await page.getByText(`The personal data of Ex Port is downloaded as ${download.suggestedFilename()}.`, { exact: false }).waitFor();
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('cell', { name: 'data_exported' }).waitFor();
});

test('export my data from the account pages', async () => {
  const email = unique('myself');
  const id = await createUser(email, { confirmed: true, firstName: 'Me', lastName: 'Myself' });
  await withPassword(email);
  const user = await browser.newPage();
  await signIn(user, roster.url, email, password);
  await user.goto(`${roster.url}/account/`);
  await user.getByRole('navigation', { name: 'Account pages' }).getByRole('link', { name: 'My data' }).click();
  await user.getByRole('heading', { name: 'My data' }).waitFor();
  const exportOnce = async () => {
    const [download] = await Promise.all([user.waitForEvent('download'), user.getByRole('button', { name: 'Export my data' }).click()]);
    await user.getByText(`Your data is downloaded as ${download.suggestedFilename()}.`).waitFor();
    return JSON.parse(await readFile(await download.path(), 'utf8'));
  };
  const doc = await exportOnce();
  assert.equal(doc.user.id, id);
  assert.equal(doc.user.email, email);
  assert.equal(doc.user.first_name, 'Me');
  assert.ok(doc.sessions.length >= 1, 'the export lists the session in use');
  await shot(user, 'account-data');
  // The history records each export; the next export shows the earlier one.
  const again = await exportOnce();
  assert.ok(
    again.history.some((h) => h.property === 'data_exported' && h.source === 'PROFILE'),
    'the second export lists the first in the history',
  );
});

test('the profile offers only what applies and what the caller may do', async () => {
  const role = await api(roster.url, 'mutation { createRole(input: {name: "reader-e2e", permissions: [USERS_READ]}) { role { id } } }', {}, admin);
  const readerEmail = unique('reader-only');
  await createUser(readerEmail, { confirmed: true, role: role.createRole.role.id, firstName: 'Rudi', lastName: 'Reader' });
  await withPassword(readerEmail);
  const subject = unique('subject');
  await createUser(subject, { confirmed: true, firstName: 'Sue', lastName: 'Bject' });

  // The admin: a confirmed, unlocked user has no Confirm, Unlock or invitation.
  const page = await adminPage();
  await openProfile(page, subject);
  const toolbar = page.getByRole('toolbar', { name: 'Actions on this user' });
  for (const name of ['Edit', 'History', 'Lock', 'Change email', 'Change restrictions', 'Block fields', 'Send email', 'Export data', 'Delete']) {
    await toolbar.getByRole(name === 'Edit' || name === 'History' ? 'link' : 'button', { name, exact: true }).waitFor();
  }
  for (const name of ['Confirm', 'Unlock', 'Send invitation', 'Resend invitation']) {
    assert.equal(await toolbar.getByRole('button', { name, exact: true }).count(), 0, `${name} does not apply`);
  }
  // Every value fits inside its section (long addresses wrap, none is cut off).
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('section dl.facts dd')]
      .filter((dd) => dd.getBoundingClientRect().right > dd.closest('section').getBoundingClientRect().right + 0.5)
      .map((dd) => dd.textContent),
  );
  assert.deepEqual(overflowing, [], 'profile values run out of their section');

  // A reader sees the profile and no action at all.
  const reader = await browser.newPage();
  await signIn(reader, roster.url, readerEmail, password);
  await openProfile(reader, subject);
  const none = reader.getByRole('toolbar', { name: 'Actions on this user' });
  assert.equal(await none.getByRole('button').count(), 0, 'no buttons for users:read alone');
  assert.equal(await none.getByRole('link').count(), 0, 'no Edit or History for users:read alone');
  await reader.goto(`${roster.url}/admin/users`);
  await reader.getByLabel('Search').fill(subject);
  await reader.getByRole('link', { name: subject }).waitFor();
  assert.equal(await reader.getByRole('button', { name: /^(Delete|Send an email to)/ }).count(), 0);
  assert.equal(await reader.getByRole('link', { name: /^Edit / }).count(), 0);
  assert.equal(await reader.getByRole('link', { name: 'Create user' }).count(), 0);
});

test('history pages by cursor', async () => {
  const email = unique('long-history');
  const id = await createUser(email, { firstName: 'Lang', lastName: 'Geschichte' });
  for (let i = 1; i <= 30; i++) {
    await api(roster.url, 'mutation($id: ID!, $c: String!) { updateUser(input: {id: $id, profile: {city: $c}}) { user { id } } }', { id, c: `City ${i}` }, admin);
  }
  const page = await adminPage();
  await page.goto(`${roster.url}/admin/users/${id}/history`);
  await page.getByRole('heading', { name: 'History of Lang Geschichte' }).waitFor();
  const rows = page.locator('main table tbody tr');
  await page.getByRole('cell', { name: 'City 30', exact: true }).first().waitFor();
  assert.equal(await rows.count(), 25, 'one page');
  assert.equal(await page.getByRole('cell', { name: 'City 1', exact: true }).count(), 0, 'the oldest change is on a later page');
  await page.getByRole('button', { name: 'Show older entries' }).click();
  await page.getByRole('cell', { name: 'City 1', exact: true }).first().waitFor();
  assert.ok((await rows.count()) > 25);
  // Search narrows on the server, and paging continues the search.
  await page.getByLabel('Search the history').fill('City 2');
  await page.getByRole('cell', { name: 'City 5', exact: true }).first().waitFor({ state: 'detached' });
  await page.getByRole('cell', { name: 'City 29', exact: true }).first().waitFor();
});

test('rotating a webhook secret asks first, then shows the new secret once', async () => {
  const created = await api(
    roster.url,
    'mutation { createWebhookEndpoint(input: {url: "https://hooks.example.com/roster"}) { endpoint { id } } }',
    {},
    admin,
  );
  const id = created.createWebhookEndpoint.endpoint.id;
  const page = await adminPage();
  await page.goto(`${roster.url}/admin/webhooks/${id}`);
  await page.getByRole('button', { name: 'Rotate signing secret' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rotate signing secret' });
  await dialog.getByText('https://hooks.example.com/roster').waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const before = await api(roster.url, 'query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { previousSecretExpiresAt } } }', { id }, admin);
  assert.equal(before.node.previousSecretExpiresAt, null, 'Cancel rotates nothing');
  await page.getByRole('button', { name: 'Rotate signing secret' }).click();
  await dialog.getByRole('button', { name: 'Rotate secret' }).click();
  await page.getByText(/The previous secret also signs until/).waitFor();
});

test('a restricted manager never sees another customer\'s users', async () => {
  const a = await api(roster.url, 'mutation { createCustomer(input: {name: "Kunde A"}) { customer { id } } }', {}, admin);
  const b = await api(roster.url, 'mutation { createCustomer(input: {name: "Kunde B"}) { customer { id } } }', {}, admin);
  const idA = a.createCustomer.customer.id;
  const idB = b.createCustomer.customer.id;
  const role = await api(roster.url, 'mutation { createRole(input: {name: "manager-e2e", permissions: [USERS_READ, USERS_WRITE]}) { role { id } } }', {}, admin);
  const managerEmail = unique('manager');
  await createUser(managerEmail, { confirmed: true, role: role.createRole.role.id, customers: [idA], firstName: 'Mara', lastName: 'Manager' });
  await withPassword(managerEmail);
  const inA = unique('customer-a');
  const inB = unique('customer-b');
  await createUser(inA, { customers: [idA], firstName: 'Anna', lastName: 'Inside' });
  const idOfB = await createUser(inB, { customers: [idB], firstName: 'Bert', lastName: 'Outside' });

  const page = await browser.newPage();
  await signIn(page, roster.url, managerEmail, password);
  await page.goto(`${roster.url}/admin/users`);
  await page.getByRole('link', { name: inA }).waitFor();
  assert.equal(await page.getByText(inB).count(), 0);
  await shot(page, 'restricted-manager');
  await page.getByLabel('Search').fill('Outside');
  await page.getByText('No users match.').waitFor();
  await page.goto(`${roster.url}/admin/users/${idOfB}`);
  await page.getByRole('heading', { name: 'User not found' }).waitFor();
  // Screens beyond the role's permissions are not offered.
  const nav = page.getByRole('navigation', { name: 'Admin screens' });
  assert.equal(await nav.getByRole('link', { name: 'Settings' }).count(), 0);
  assert.equal(await nav.getByRole('link', { name: 'API keys' }).count(), 0);
});
