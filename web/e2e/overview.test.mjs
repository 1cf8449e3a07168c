// The users overview on a database of more than 10,000 users (the demo
// data set): the capped total, paging by cursor, search, every filter and
// the sortable columns. Each number the console shows is compared with
// what the API answers for the same question, so a filter the console
// forgot to send (or sent wrong) fails the test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, launchBrowser, login, shot, signIn, startRoster } from './harness.mjs';

let roster;
let browser;
let admin;
let page;
before(async () => {
  roster = await startRoster({ args: ['--demo-users=10001'] });
  browser = await launchBrowser(roster);
  admin = await login(roster.url, roster.adminEmail, roster.adminPassword);
  // One invitation that is surely still valid (the demo data's are old, most expired).
  await api(
    roster.url,
    'mutation { createUser(input: {email: "fresh.invitee@example.com", sendInvitation: true, profile: {firstName: "Fresh", lastName: "Invitee"}}) { user { id } } }',
    {},
    admin,
  );
  page = await browser.newPage();
  await signIn(page, roster.url, roster.adminEmail, roster.adminPassword);
});
after(async () => {
  await browser?.close();
  await roster?.stop();
  assert.deepEqual(browser?.outside ?? [], [], 'the console reached beyond Roster');
  assert.deepEqual(browser?.problems ?? [], [], 'page errors or CSP violations');
});

/** count asks the API how many users match, as the overview should show it. */
async function count(where = {}, search = null) {
  const data = await api(
    roster.url,
    'query($w: UserWhereInput, $s: String) { users(first: 1, where: $w, search: $s) { totalCount totalCountIsCapped } }',
    { w: where, s: search },
    admin,
  );
  const { totalCount, totalCountIsCapped } = data.users;
  return `${totalCount.toLocaleString('en-US')}${totalCountIsCapped ? '+' : ''}`;
}

/** emails lists the addresses of the API's first users in the given order. */
async function emails(orderBy, first = 25, where = {}) {
  const data = await api(
    roster.url,
    'query($o: UserOrder, $n: Int, $w: UserWhereInput) { users(first: $n, orderBy: $o, where: $w) { edges { node { email } } } }',
    { o: orderBy, n: first, w: where },
    admin,
  );
  return data.users.edges.map((e) => e.node.email);
}

const rows = () => page.locator('main table tbody tr');
const shownEmails = () => page.locator('main table tbody tr td:first-child a').allTextContents();
/** shows waits until the overview's summary names this total. */
const shows = (shown, total) => page.getByText(`Showing ${shown} of ${total} users`, { exact: true }).waitFor();

async function openOverview() {
  await page.goto(`${roster.url}/admin/users`);
  await page.getByRole('heading', { name: 'Users' }).waitFor();
}

test('more than 10,000 users show as "10,000+"; the list pages by cursor', async () => {
  await openOverview();
  assert.equal(await count(), '10,000+', 'the demo data holds more than 10,000 users');
  await shows(25, '10,000+');
  assert.equal(await rows().count(), 25);
  await shot(page, 'users');
  await page.getByRole('button', { name: 'Show 25 more' }).click();
  await shows(50, '10,000+');
  const shown = await shownEmails();
  assert.deepEqual(shown, await emails({ field: 'CREATED_AT', direction: 'DESC' }, 50), 'the second page continues the first');
});

test('every filter is answered by the server, with an exact total below the cap', async () => {
  await openOverview();
  await shows(25, '10,000+');
  const roleID = (await api(roster.url, '{ roles(first: 100) { edges { node { id name } } } }', {}, admin)).roles.edges.find(
    (e) => e.node.name === 'support',
  ).node;
  const customer = (await api(roster.url, '{ customers(first: 1, orderBy: {field: NAME, direction: ASC}) { edges { node { id name } } } }', {}, admin))
    .customers.edges[0].node;
  const day = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const midnight = new Date(`${day}T00:00:00`).toISOString();
  const cases = [
    ['Status', { label: 'Invited' }, { status: 'INVITED' }],
    ['Status', { label: 'Confirmation pending' }, { status: 'CONFIRMATION_PENDING' }],
    ['Role', { label: 'support' }, { hasRoleWith: [{ id: roleID.id }] }],
    ['Customer', { label: customer.name }, { hasCustomersWith: [{ id: customer.id }] }],
    ['Locked', { label: 'Locked' }, { locked: true }],
    ['Invitation', { label: 'Expired' }, { invitationExpired: true }],
    ['Invitation', { label: 'Valid' }, { invitationExpired: false }],
    ['Active after', day, { lastActiveAtGTE: midnight }],
    ['Active before', day, { lastActiveAtLT: midnight }],
  ];
  for (const [label, value, where] of cases) {
    const expected = await count(where);
    assert.ok(!expected.endsWith('+') && expected !== '0', `${label}: the demo data has some, but not 10,000, such users (${expected})`);
    if (typeof value === 'string') await page.getByLabel(label, { exact: true }).fill(value);
    else await page.getByLabel(label, { exact: true }).selectOption(value);
    await shows(Math.min(25, Number(expected.replace(/,/g, ''))), expected);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await shows(25, '10,000+');
  }
  // Filters combine: invited users whose invitation expired.
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Invited' });
  await page.getByLabel('Invitation', { exact: true }).selectOption({ label: 'Expired' });
  const both = await count({ status: 'INVITED', invitationExpired: true });
  await shows(Math.min(25, Number(both.replace(/,/g, ''))), both);
  for (const status of await page.locator('main table tbody tr td:nth-child(3)').allTextContents()) assert.match(status, /^Invited/);
});

test('search finds users by name and by a confirmed alias', async () => {
  const data = await api(
    roster.url,
    '{ users(first: 1, where: {hasEmailAliasesWith: [{confirmedAtNotNil: true}]}) { edges { node { email lastName emailAliases { email confirmedAt } } } } }',
    {},
    admin,
  );
  const user = data.users.edges[0].node;
  const alias = user.emailAliases.find((a) => a.confirmedAt).email;
  await openOverview();
  await page.getByLabel('Search').fill(alias);
  const byAlias = await count({}, alias);
  await shows(Number(byAlias), byAlias);
  await page.getByRole('link', { name: user.email }).waitFor();
  await page.getByLabel('Search').fill(user.lastName);
  const byName = await count({}, user.lastName);
  assert.notEqual(byName, byAlias);
  await shows(Math.min(25, Number(byName.replace(/,/g, ''))), byName);
});

test('columns sort on the server, both ways, and say so to screen readers', async () => {
  await openOverview();
  await shows(25, '10,000+');
  const header = (name) => page.getByRole('columnheader', { name: new RegExp(`^${name}`) });
  await header('Email').getByRole('button').click();
  await page.locator('th[aria-sort="ascending"]', { hasText: 'Email' }).waitFor();
  const asc = await emails({ field: 'EMAIL', direction: 'ASC' });
  await page.getByRole('link', { name: asc[0], exact: true }).waitFor();
  assert.deepEqual(await shownEmails(), asc);
  await header('Email').getByRole('button').click();
  await page.locator('th[aria-sort="descending"]', { hasText: 'Email' }).waitFor();
  const desc = await emails({ field: 'EMAIL', direction: 'DESC' });
  await page.getByRole('link', { name: desc[0], exact: true }).waitFor();
  assert.deepEqual(await shownEmails(), desc);
  await header('Last active').getByRole('button').click();
  await page.locator('th[aria-sort="ascending"]', { hasText: 'Last active' }).waitFor();
  const active = await emails({ field: 'LAST_ACTIVE_AT', direction: 'ASC' });
  await page.getByRole('link', { name: active[0], exact: true }).waitFor();
  assert.deepEqual(await shownEmails(), active);
});

test('hovering a row shows name, status and role', async () => {
  const data = await api(
    roster.url,
    '{ users(first: 1, where: {locked: true}, orderBy: {field: EMAIL, direction: ASC}) { edges { node { email firstName lastName role { name } } } } }',
    {},
    admin,
  );
  const u = data.users.edges[0].node;
  await openOverview();
  await page.getByLabel('Search').fill(u.email);
  const row = rows().filter({ has: page.getByRole('link', { name: u.email, exact: true }) });
  await row.hover();
  assert.equal(await row.getAttribute('title'), `${u.firstName} ${u.lastName}: Confirmed, locked; role ${u.role.name}`);
});
