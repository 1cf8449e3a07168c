// The console's frame: sign-in, the shell, GraphiQL offline.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, launchBrowser, login, shot, signIn, startRoster } from './harness.mjs';

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

test('keyboard: skip link, dialogs keep focus on Cancel and close with Escape', async () => {
  const page = await browser.newPage();
  // Sign in without the mouse.
  await page.goto(`${roster.url}/account/sign-in`);
  await page.getByLabel('Email').focus();
  await page.keyboard.type(roster.adminEmail);
  await page.keyboard.press('Tab');
  await page.keyboard.type(roster.adminPassword);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await page.goto(`${roster.url}/admin/users`);
  await page.getByRole('heading', { name: 'Users' }).waitFor();
  // The first Tab reaches the skip link; Enter moves the focus to the content.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  // Enter on a row's link opens the profile; a confirmation opens with
  // the focus on Cancel, so Enter alone destroys nothing; Escape closes.
  const admin = await login(roster.url, roster.adminEmail, roster.adminPassword);
  await api(roster.url, 'mutation { createUser(input: {email: "kim.keys@example.com", profile: {firstName: "Kim", lastName: "Keys"}}) { user { id } } }', {}, admin);
  await page.getByLabel('Search').fill('kim.keys');
  const link = page.getByRole('link', { name: 'kim.keys@example.com' });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Account', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete user' });
  await dialog.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cancel');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('heading', { name: /Kim Keys/ }).waitFor();
  const still = await api(roster.url, '{ users(search: "kim.keys") { totalCount } }', {}, admin);
  assert.equal(still.users.totalCount, 1, 'nothing was deleted');
});

test('every control of every screen has a label', async () => {
  const page = await browser.newPage();
  await signIn(page, roster.url, roster.adminEmail, roster.adminPassword);
  const screens = [
    '/admin/users',
    '/admin/users/new',
    '/admin/roles',
    '/admin/customers',
    '/admin/audit',
    '/admin/api-keys',
    '/admin/webhooks',
    '/admin/outbox',
    '/admin/attributes',
    '/admin/settings',
    '/account/',
    '/account/password',
    '/account/emails',
    '/account/newsletter',
    '/account/sessions',
    '/account/providers',
    '/account/data',
  ];
  const unlabelled = [];
  for (const path of screens) {
    await page.goto(`${roster.url}${path}`);
    await page.locator('main h1').first().waitFor();
    await page.locator('main .loading').waitFor({ state: 'detached' }).catch(() => {});
    const found = await page.evaluate(() => {
      const bad = [];
      for (const el of document.querySelectorAll('main input, main select, main textarea, main button, main a[href]')) {
        if (el.type === 'hidden' || el.closest('dialog:not([open])')) continue;
        const name =
          el.getAttribute('aria-label') ||
          (el.getAttribute('aria-labelledby') && document.getElementById(el.getAttribute('aria-labelledby'))?.textContent) ||
          (el.labels && [...el.labels].map((l) => l.textContent).join(' ')) ||
          (['BUTTON', 'A'].includes(el.tagName) ? el.textContent : '');
        if (!name || !name.trim()) bad.push(el.outerHTML.slice(0, 120));
      }
      return bad;
    });
    for (const b of found) unlabelled.push(`${path}: ${b}`);
  }
  assert.deepEqual(unlabelled, []);
});
