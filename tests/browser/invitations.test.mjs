// Invitations to the demo's 24th edition: one person invited (after a refused form that keeps
// what was typed), a CSV file previewed with its problems named by line, then a good file
// imported as a background job whose page refreshes itself to the end, resend and revoke, and
// a focal point who signs in through the nomination link and nominates an official.
// axe-core on every page reached; every page reflows at 320 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectNoAxeViolations, expectReflow, newPage, secretariatPage, signInWithLink, submitForm, textOf, useServerAndBrowser,
} from './server.mjs';

let server;
let browser;
let page;

useServerAndBrowser(async (s, b) => {
  server = s;
  browser = b;
  page = await secretariatPage(browser, server);
});

const INVITATIONS = '/manage/editions/24/invitations';

const inviteForm = () => page.locator(`form[action="${INVITATIONS}"]`);
const rowOf = (name) => page.locator('main tbody tr').filter({ has: page.getByRole('cell', { name, exact: true }) });

test('a refused invitation keeps what was typed; the corrected one is sent and listed', async () => {
  await page.goto(`${server.baseUrl}${INVITATIONS}`);
  await expectNoAxeViolations(page, 'the invitations page');
  await expectReflow(page, 'the invitations page');
  const form = inviteForm();
  await form.getByLabel('E-mail', { exact: true }).fill('ana.lee(at)example.org');
  await form.getByLabel('Name', { exact: true }).fill('Ана Ли');
  await form.getByLabel('Sector', { exact: true }).selectOption({ label: 'Academia' });
  await form.getByLabel('Organisation', { exact: true }).fill('Open Net');
  await form.getByLabel('Country', { exact: true }).selectOption('Mongolia');
  const refused = await submitForm(page, form.getByRole('button', { name: 'Send the invitation' }));
  assert.equal(refused.status(), 422);
  const message = '"ana.lee(at)example.org" is not an e-mail address; write it as name@example.org.';
  assert.deepEqual(await page.locator('.error-summary a').allInnerTexts(), [message]);
  assert.equal(await page.locator('#email').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#name').inputValue(), 'Ана Ли');
  assert.equal(await page.locator('#organisation').inputValue(), 'Open Net');
  assert.equal(await page.locator('#sector').inputValue(), 'academia');
  assert.equal(await page.locator('#country').inputValue(), 'Mongolia');
  await expectNoAxeViolations(page, 'the invitations page with a refused form');

  await page.locator('#email').fill('ana.lee@example.org');
  const sent = await submitForm(page, inviteForm().getByRole('button', { name: 'Send the invitation' }));
  assert.equal(sent.status(), 303);
  assert.equal(await textOf(page.getByRole('status')), 'The invitation is saved; its message waits in the outbox and goes out in a moment.');
  assert.deepEqual((await rowOf('Ана Ли').locator('td').allInnerTexts()).slice(0, 8),
    ['Ана Ли', 'ana.lee@example.org', 'Academia', 'Open Net', 'Mongolia', 'Invited', 'Waiting for registration', '0 (1 waiting)']);
  await expectNoAxeViolations(page, 'the invitations page after sending');
});

test('a CSV file is previewed with every problem by line, then a good one is imported with progress to the end', async () => {
  await page.goto(`${server.baseUrl}${INVITATIONS}`);
  const bad = 'email,name,sector\nbo@example.org,Bo,academia\nnot-an-address,Cy,business\nBO@example.org,Bo again,nhri\nmin@gov.example,Min,government\n';
  await page.getByLabel('CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  const refused = await submitForm(page, page.getByRole('button', { name: 'Check the file' }));
  assert.equal(refused.status(), 422);
  assert.deepEqual(await page.locator('.error-summary li').allInnerTexts(), [
    'line 3: "not-an-address" is not an e-mail address; write it as name@example.org.',
    'line 4: bo@example.org is also on line 2; invite each person once.',
    "line 5: Government officials are not invited here: they are nominated by their partner's focal point.",
  ]);
  assert.equal(await page.getByRole('button', { name: /^Send \d+ invitations$/ }).count(), 0);
  await expectNoAxeViolations(page, 'the preview of a file with problems');
  await expectReflow(page, 'the preview of a file with problems');

  let good = 'Email,Name,Sector,Organisation,Country\r\n';
  for (let i = 1; i <= 120; i++) good += `person${i}@example.org,"Person ${i}, Jr.",civil society,Org ${i},International\r\n`;
  await page.getByLabel('Corrected CSV file').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  const previewed = await submitForm(page, page.getByRole('button', { name: 'Check the file' }));
  assert.equal(previewed.status(), 200);
  assert.equal(await textOf(page.locator('main p', { hasText: 'people in the file' })), '120 people in the file; 120 without problems.');
  assert.equal(await page.locator('main tbody tr').count(), 10);
  await expectNoAxeViolations(page, 'the preview of a good file');
  await expectReflow(page, 'the preview of a good file');
  await submitForm(page, page.getByRole('button', { name: 'Send 120 invitations' }));
  assert.match(new URL(page.url()).pathname, /^\/manage\/editions\/24\/jobs\/\d+$/);
  // The page updates itself in place (a small script) until the job is done.
  let status = '';
  for (let tries = 0; tries < 120 && !status.startsWith('Done.'); tries++) {
    try {
      status = await textOf(page.getByRole('status'));
    } catch { /* the content was being swapped */ }
    if (!status.startsWith('Done.')) await page.waitForTimeout(500);
  }
  assert.equal(status, 'Done. 120 invitations sent.');
  assert.equal(await page.locator('progress').getAttribute('value'), '120');
  assert.equal(await page.locator('[data-refresh]').count(), 0);
  await expectNoAxeViolations(page, 'the finished import');
  await expectReflow(page, 'the finished import');
  await page.getByRole('link', { name: 'Back to the invitations' }).click();
  assert.equal(await textOf(page.locator('main h2#list')), 'Invited: 229');  // the demo's 108, the one invited above and the 120
});

test('resend gives a new link and revoke withdraws it', async () => {
  await page.goto(`${server.baseUrl}${INVITATIONS}`);
  await submitForm(page, page.getByRole('button', { name: 'Resend to Ана Ли' }));
  assert.match(await textOf(page.getByRole('status')), /^The invitation has a new link, whose message waits in the outbox/);
  // Issued twice; the waiting first message (with the old link) was replaced: nothing accepted by a mail server yet.
  assert.equal(await textOf(rowOf('Ана Ли').locator('td').nth(7)), '0 (1 waiting)');
  await submitForm(page, page.getByRole('button', { name: 'Revoke the invitation of Ана Ли' }));
  assert.equal(await textOf(page.getByRole('status')), 'The invitation was revoked; its link no longer works.');
  assert.equal(await textOf(rowOf('Ана Ли').locator('td').nth(6)), 'Revoked');
  assert.equal(await page.getByRole('button', { name: 'Revoke the invitation of Ана Ли' }).count(), 0);
  await expectNoAxeViolations(page, 'the invitations page after a revocation');
});

test('a focal point signs in through the nomination link and nominates within the quota', async () => {
  await page.goto(`${server.baseUrl}/manage/editions/24/nominations`);
  await expectNoAxeViolations(page, 'the nominations overview');
  await expectReflow(page, 'the nominations overview');
  await submitForm(page, page.getByRole('button', { name: 'Ask partners to nominate' }));
  assert.equal(await textOf(page.getByRole('status')),
    'The focal points of 1 partner(s) were sent a sign-in link to their nomination page.');
  // Pressed again, the button asks nobody twice; a partner is asked again from its row.
  await submitForm(page, page.getByRole('button', { name: 'Ask partners to nominate' }));
  assert.equal(await textOf(page.getByRole('status')),
    'No partner was asked. 1 partner(s) asked before were not asked again; use "Ask again" in their row.');
  await submitForm(page, page.getByRole('button', { name: 'Ask again for Mongolia' }));
  assert.equal(await textOf(page.getByRole('status')),
    'The focal points of Mongolia were sent a new sign-in link to its nomination page.');
  await expectNoAxeViolations(page, 'the nominations overview after asking a partner again');
  const mongolia = await page.getByRole('link', { name: 'Mongolia', exact: true }).getAttribute('href');
  assert.match(mongolia, /^\/editions\/24\/nominations\/\d+$/);

  // The link the request mails carries the nomination page as `next`.
  const focal = await newPage(browser);
  const link = await server.signInLinkFor('focal.point@mfa.mn.example');
  await signInWithLink(focal, `${link}&next=${encodeURIComponent(mongolia)}`);
  assert.equal(new URL(focal.url()).pathname, mongolia);
  assert.match(await textOf(focal.locator('main p', { hasText: 'may nominate' })), /^Mongolia may nominate 1 government official for the 24th edition/);
  await expectNoAxeViolations(focal, 'the nomination page');
  await expectReflow(focal, 'the nomination page');
  const refused = await submitForm(focal, focal.getByRole('button', { name: 'Nominate' }));
  assert.equal(refused.status(), 422);
  assert.deepEqual(await focal.locator('.error-summary a').allInnerTexts(),
    ["Give the official's name.", "Give the official's e-mail address; the invitation is sent there."]);
  await expectNoAxeViolations(focal, 'the nomination page with a refused form');
  await focal.getByLabel('Name', { exact: true }).fill('Бат Дорж');
  await focal.getByLabel('E-mail', { exact: true }).fill('bat.dorj@mfa.mn.example');
  await focal.getByLabel('Position and organisation').fill('Director, Ministry of Foreign Affairs');
  const nominated = await submitForm(focal, focal.getByRole('button', { name: 'Nominate' }));
  assert.equal(nominated.status(), 303);
  assert.equal(await textOf(focal.getByRole('status')), 'The nomination was saved and the invitation sent.');
  assert.deepEqual(await focal.locator('main tbody tr td').allInnerTexts(),
    ['Бат Дорж', 'bat.dorj@mfa.mn.example', 'Director, Ministry of Foreign Affairs', 'Waiting for registration']);
  assert.equal(await focal.getByRole('button', { name: 'Nominate' }).count(), 0);  // the quota of one is reached
  await expectNoAxeViolations(focal, 'the nomination page after nominating');
  const other = await focal.goto(`${server.baseUrl}/editions/24/nominations/999999`);
  assert.equal(other.status(), 404);
  await focal.context().close();
});
