// The console's frame: sign-in, the shell, GraphiQL offline.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, shot, signIn, startRoster } from './harness.mjs';

let roster;
let browser;
before(async () => {
  roster = await startRoster();
  browser = await launchBrowser(roster);
});
after(async () => {
  await browser?.close();
  await roster?.stop();
});

test('an anonymous visitor is sent to sign in, and a wrong password is refused next to the form', async () => {
  const page = await browser.newPage();
  await page.goto(`${roster.url}/`);
  await page.getByRole('heading', { name: 'Sign in to Roster' }).waitFor();
  assert.match(page.url(), /\/account\/sign-in\?next=/);
  await page.getByLabel('Email').fill(roster.adminEmail);
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: /password/i }).first().waitFor();
  await shot(page, 'sign-in');
  assert.deepEqual(browser.outside, []);
  assert.deepEqual(browser.problems, []);
});

test('the first admin signs in with the password from the log and signs out again', async () => {
  const page = await browser.newPage();
  await signIn(page, roster.url, roster.adminEmail, roster.adminPassword);
  await page.getByRole('navigation', { name: 'Admin screens' }).getByRole('link', { name: 'Users' }).waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Roster' }).waitFor();
  assert.deepEqual(browser.outside, []);
  assert.deepEqual(browser.problems, []);
});

test('GraphiQL is bundled: it runs a query with nothing but Roster on the network', async () => {
  const page = await browser.newPage();
  await signIn(page, roster.url, roster.adminEmail, roster.adminPassword);
  await page.goto(`${roster.url}/graphiql`);
  // The editor takes a moment to load the schema; until then a click on
  // run does nothing, so click until the answer shows.
  const answer = page.locator('.graphiql-response').getByText('admin@localhost');
  for (let i = 0; i < 20 && !(await answer.isVisible()); i++) {
    await page.locator('.graphiql-execute-button').click();
    await answer.waitFor({ timeout: 2000 }).catch(() => {});
  }
  await answer.waitFor();
  await shot(page, 'graphiql');
  assert.deepEqual(browser.outside, []);
  assert.deepEqual(browser.problems, []);
});
