// The pages need no JavaScript: sign in with the one-time link and create an edition
// (rejected, corrected, saved) in a browser with JavaScript switched off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textOf, newPage, submitForm, signInWithLink, useServerAndBrowser, expectFocus } from './server.mjs';
import { edition25, fillEditionForm, expectEditionForm } from './edition_form.mjs';

let server;
let browser;

useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

test('sign in and create an edition with JavaScript switched off', async () => {
  const page = await newPage(browser, { javaScriptEnabled: false });
  // JavaScript really is off in this page.
  await page.goto(`${server.baseUrl}/`);
  await page.setContent('<p id="p">off</p><script>document.getElementById("p").textContent = "on"</script>');
  assert.equal(await page.locator('#p').textContent(), 'off');

  await signInWithLink(page, server.signInLink);
  assert.equal(page.url(), `${server.baseUrl}/manage`);

  await Promise.all([
    page.waitForURL(`${server.baseUrl}/manage/editions/new`),
    page.getByRole('link', { name: 'New edition' }).click(),
  ]);
  const data = edition25();
  await fillEditionForm(page, data);
  const rejected = await submitForm(page, page.getByRole('button', { name: 'Save the edition' }));
  assert.equal(rejected.status(), 422);
  assert.equal(await page.locator('#error-summary a').count(), 2);
  await expectFocus(page.locator('#error-summary'), 'the summary has the focus without scripts');
  assert.deepEqual(await page.locator('[aria-invalid="true"]').evaluateAll((els) => els.map((e) => e.id)),
    ['end_date', 'registration_deadline']);
  await expectEditionForm(page, data);

  await page.getByLabel('Last day (YYYY-MM-DD, local)').fill('2028-05-18');
  await page.getByLabel("Registration deadline (YYYY-MM-DD HH:MM in the edition's time zone)").fill('2028-04-30 23:59');
  const saved = await submitForm(page, page.getByRole('button', { name: 'Save the edition' }));
  assert.equal(saved.status(), 303);
  assert.equal(page.url(), `${server.baseUrl}/manage/editions/25?saved=1`);
  assert.equal(await textOf(page.getByRole('status')), 'Saved.');

  await page.goto(`${server.baseUrl}/editions/25`);
  assert.equal(await textOf(page.locator('dl.facts dt:has-text("Registration deadline") + dd')),
    '30 April 2028, 23:59 Tallinn time (Europe/Tallinn, UTC+03:00)');

  // Signing out is a form too.
  await Promise.all([
    page.waitForURL(`${server.baseUrl}/`),
    page.getByRole('button', { name: 'Sign out' }).click(),
  ]);
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).count(), 1);
  await page.context().close();
});
