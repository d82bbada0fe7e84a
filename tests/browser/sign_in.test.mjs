// Signing in: the form, a wrong password, and the one-time link used once and then refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFocus, expectNoAxeViolations, textOf, newPage, submitForm, useServerAndBrowser } from './server.mjs';

const SECRETARIAT = 'secretariat@asef.example';

let server;
let browser;

useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

test('the sign-in page has both forms and no accessibility violations', async () => {
  const page = await newPage(browser);
  const response = await page.goto(`${server.baseUrl}/sign-in`);
  assert.equal(response.status(), 200);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Sign in');
  assert.equal(await page.getByLabel('Password').count(), 1);
  assert.equal(await page.getByRole('button', { name: 'E-mail me a sign-in link' }).count(), 1);
  await expectNoAxeViolations(page, 'the sign-in page');
  await page.context().close();
});

test('a wrong password is refused next to the password field and the e-mail is kept', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.baseUrl}/sign-in`);
  const form = page.locator('form[action="/sign-in"]');
  await form.getByLabel('E-mail address').fill(SECRETARIAT);
  await form.getByLabel('Password').fill('not-the-password');
  const response = await submitForm(page, form.getByRole('button', { name: 'Sign in' }));
  assert.equal(response.status(), 401);
  assert.equal(new URL(page.url()).pathname, '/sign-in');

  const message = 'That e-mail address and password do not match an account. Check both, or ask for a sign-in link by e-mail below.';
  const password = page.locator('#password');
  assert.equal(await password.getAttribute('aria-invalid'), 'true');
  const describedBy = await password.getAttribute('aria-describedby');
  assert.ok(describedBy, 'the password field points to its error');
  assert.equal(await textOf(page.locator(`#${describedBy}`)), message);
  // The message sits in the password field's own group, right above the input.
  assert.equal(await textOf(page.locator('.field', { has: password }).locator('.field-error')), message);
  // The summary links to the field.
  const summary = page.locator('.error-summary');
  assert.equal(await summary.getAttribute('role'), 'alert');
  await expectFocus(summary, 'the error summary has the focus');
  assert.equal(await textOf(summary.locator('a[href="#password"]')), message);
  // What was typed is kept (the password is not echoed back).
  assert.equal(await page.locator('#email').inputValue(), SECRETARIAT);
  assert.equal(await password.inputValue(), '');
  assert.equal(await page.locator('#email').getAttribute('aria-invalid'), null);
  await expectNoAxeViolations(page, 'the sign-in page after a wrong password');
  await page.context().close();
});

test('the one-time link signs the secretariat in once, then is refused with a clear message', async () => {
  const page = await newPage(browser);
  const link = await server.newSignInLink();
  const confirm = await page.goto(link);
  assert.equal(confirm.status(), 200);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Sign in with your link');
  await expectNoAxeViolations(page, 'the sign-in link page');
  await Promise.all([
    page.waitForURL(`${server.baseUrl}/manage`),
    page.getByRole('main').getByRole('button', { name: 'Sign in' }).click(),
  ]);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Secretariat');
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sign out' }).count(), 1);

  // The same link, opened again in another browser, no longer signs anyone in.
  const other = await newPage(browser);
  await other.goto(link);
  const response = await submitForm(other, other.getByRole('main').getByRole('button', { name: 'Sign in' }));
  assert.equal(response.status(), 410);
  assert.equal(new URL(other.url()).pathname, '/sign-in/link');
  const message = 'That sign-in link has expired or was already used. Ask for a new one here.';
  assert.equal(await textOf(other.locator('.error-summary a[href="#link_email"]')), message);
  const linkEmail = other.locator('#link_email');
  assert.equal(await linkEmail.getAttribute('aria-invalid'), 'true');
  assert.equal(await textOf(other.locator(`#${await linkEmail.getAttribute('aria-describedby')}`)), message);
  // Still signed out.
  assert.equal(await other.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).count(), 1);
  // The secretariat's pages still send this browser to the sign-in form.
  await other.goto(`${server.baseUrl}/manage`);
  assert.equal(other.url(), `${server.baseUrl}/sign-in?next=/manage`);
  await expectNoAxeViolations(other, 'the sign-in page after a used link');
  await other.context().close();
  await page.context().close();
});
