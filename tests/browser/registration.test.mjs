// Registration through an invitation link (made with `plenary invite`, as a secretariat's script
// would), a rejected form that keeps its values, the participant's edit, their page, the data
// download, the erasure request and the secretariat completing it, the public participant list
// and the privacy notice. axe-core on every page reached; reflow at 320 px on the participant's
// pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  binary, expectNoAxeViolations, expectReflow, newPage, secretariatPage, signInWithLink, submitForm, textOf, useServerAndBrowser,
} from './server.mjs';

const run = promisify(execFile);

let server;
let browser;
let participant;  // the page of the person who registers, kept across the tests in order
let registrationId;

useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

async function invite(email, name, extra = []) {
  const { stdout } = await run(binary, ['invite', '--db', server.db, '--edition', '24', '--email', email, '--name', name,
    '--base-url', server.baseUrl, ...extra], { timeout: 60_000 });
  const match = stdout.match(/(http:\/\/\S+\/invitations\/\S+)/);
  assert.ok(match, `plenary invite printed no link:\n${stdout}`);
  return match[1];
}

const main = (page) => page.getByRole('main');

test('an invitation link opens the form prefilled, and a rejected form keeps every value', async () => {
  const link = await invite('batbayar@example.mn', 'Батбаяр Ганбат',
    ['--organisation', 'Mongolian Bar Association', '--country', 'Mongolia', '--sector', 'civil_society']);
  participant = await newPage(browser);
  await participant.goto(link);
  await expectNoAxeViolations(participant, 'the registration form');
  await expectReflow(participant, 'the registration form');
  const form = main(participant);
  assert.equal(await form.getByLabel('Your name as you write it (any script)').inputValue(), 'Батбаяр Ганбат');
  assert.equal(await form.getByLabel('Organisation', { exact: true }).inputValue(), 'Mongolian Bar Association');
  assert.equal(await form.getByLabel('Country', { exact: true }).inputValue(), 'Mongolia');
  assert.match(await textOf(form), /Registration is open until 30 April 2027, 23:59 Ulaanbaatar time \(Asia\/Ulaanbaatar, UTC\+08:00\)\./);

  await form.getByLabel('Family name, exactly as it appears in your name above').fill('Ганбат');
  await form.getByLabel('Your name in Latin letters (optional, if your name is in another script)').fill('Batbayar Ganbat');
  await form.getByLabel('Gender', { exact: true }).selectOption({ label: 'Man' });
  await form.getByLabel('Dietary needs', { exact: true }).fill('No pork, please');
  await form.getByLabel('First choice').selectOption({ label: 'Privacy and Surveillance' });
  await form.getByLabel('Second choice').selectOption({ label: 'Privacy and Surveillance' });
  const rejected = await submitForm(participant, form.getByRole('button', { name: 'Register' }));
  assert.equal(rejected.status(), 422);
  const summary = await textOf(main(participant).getByRole('alert'));
  assert.match(summary, /You chose "Privacy and Surveillance" more than once; rank each working group once\./);
  assert.match(summary, /Choose your third choice: rank every working group\./);
  assert.match(summary, /Consent to the privacy notice to register/);
  assert.match(summary, /Acknowledge the Chatham House Rule/);
  const again = main(participant);
  assert.equal(await again.getByLabel('Family name, exactly as it appears in your name above').inputValue(), 'Ганбат');
  assert.equal(await again.getByLabel('Dietary needs', { exact: true }).inputValue(), 'No pork, please');
  assert.equal(await again.getByLabel('Gender', { exact: true }).inputValue(), 'man');
  await expectNoAxeViolations(participant, 'the rejected registration form');
});

test('the corrected form registers and signs the person in; they edit until the deadline', async () => {
  const form = main(participant);
  await form.getByLabel('Second choice').selectOption({ label: 'Freedom of Expression Online' });
  await form.getByLabel('Third choice').selectOption({ label: 'Participation and Civic Space' });
  await form.getByLabel(/I have read the privacy notice/).check();
  await form.getByLabel(/I will respect the Chatham House Rule/).check();
  await form.getByLabel(/List my name, organisation and country/).check();
  const saved = await submitForm(participant, form.getByRole('button', { name: 'Register' }));
  assert.equal(saved.status(), 303);
  assert.equal(new URL(participant.url()).pathname, '/editions/24/registration');
  assert.match(await textOf(main(participant).getByRole('status')),
    /Your registration is saved\. A confirmation is on its way to batbayar@example\.mn\./);
  await expectNoAxeViolations(participant, 'the saved registration');
  await expectReflow(participant, 'the participant\'s registration form');

  await main(participant).getByLabel('Position (optional)').fill('Senior lawyer');
  const edited = await submitForm(participant, main(participant).getByRole('button', { name: 'Save my registration' }));
  assert.equal(edited.status(), 303);
  assert.equal(await main(participant).getByLabel('Position (optional)').inputValue(), 'Senior lawyer');
});

test('the participant page shows the status, downloads the data and takes an erasure request', async () => {
  await participant.goto(`${server.baseUrl}/editions/24/me`);
  const page = main(participant);
  assert.match(await textOf(page), /Status Applied\. The secretariat will decide on the applications after the registration deadline\./);
  await expectNoAxeViolations(participant, 'the participant page');
  await expectReflow(participant, 'the participant page');

  const href = await page.getByRole('link', { name: 'Download my data' }).getAttribute('href');
  const download = await participant.request.get(`${server.baseUrl}${href}`);
  assert.equal(download.status(), 200);
  const data = await download.json();
  assert.equal(data.account.email, 'batbayar@example.mn');
  assert.equal(data.registration.full_name, 'Батбаяр Ганбат');
  assert.equal(data.registration.position, 'Senior lawyer');
  assert.deepEqual(data.registration.ranking.map((r) => r.working_group),
    ['Privacy and Surveillance', 'Freedom of Expression Online', 'Participation and Civic Space']);
  assert.equal(data.registration.consent.privacy_notice_version, '2026-11');
  registrationId = data.registration.id;

  await submitForm(participant, page.getByRole('button', { name: 'Ask for erasure' }));
  assert.match(await textOf(main(participant).getByRole('status')), /Your request is recorded and the secretariat has been told\./);
  await expectNoAxeViolations(participant, 'the participant page after an erasure request');
});

test('the public participant list and the privacy notice are accessible', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.baseUrl}/editions/24`);
  await page.getByRole('link', { name: 'Participants' }).click();
  assert.equal(new URL(page.url()).pathname, '/editions/24/participants');
  // Nobody is accepted yet: the person who just registered is not listed.
  assert.match(await textOf(main(page)), /0 accepted participant\(s\) agreed to be listed here\./);
  assert.doesNotMatch(await textOf(main(page)), /Батбаяр/);
  await expectNoAxeViolations(page, 'the public participant list');
  await expectReflow(page, 'the public participant list');
  await page.goto(`${server.baseUrl}/privacy`);
  assert.match(await textOf(main(page)), /Version 2026-11/);
  await expectNoAxeViolations(page, 'the privacy notice');
  await expectReflow(page, 'the privacy notice');
});

test('the secretariat completes the erasure and the person can no longer sign in', async () => {
  const page = await secretariatPage(browser, server);
  await page.goto(`${server.baseUrl}/manage/editions/24`);
  await page.getByRole('link', { name: 'Erasure requests' }).click();
  assert.equal(new URL(page.url()).pathname, '/manage/editions/24/erasures');
  assert.match(await textOf(main(page)), /Батбаяр Ганбат/);
  await expectNoAxeViolations(page, 'the erasure requests');
  await expectReflow(page, 'the erasure requests');
  // Irreversible: a confirmation page says what erasing does before it is done.
  await submitForm(page, main(page).getByRole('button', { name: `Erase registration ${registrationId}…` }));
  assert.equal(await textOf(page.locator('h1')), `Erase registration ${registrationId}`);
  assert.match(await textOf(main(page)), /It cannot be undone\./);
  await expectNoAxeViolations(page, 'the erasure confirmation');
  await submitForm(page, main(page).getByRole('button', { name: `Erase registration ${registrationId} for good` }));
  assert.match(await textOf(main(page).getByRole('status')), new RegExp(`Registration ${registrationId} is erased`));
  assert.doesNotMatch(await textOf(main(page)), /Батбаяр/);
  assert.match(await textOf(main(page)), /No request is waiting\./);
  await expectNoAxeViolations(page, 'the erasure requests after one is completed');
  await participant.goto(`${server.baseUrl}/editions/24/me`);
  assert.equal(new URL(participant.url()).pathname, '/sign-in');
});

test('a participant without a registration is told so on their pages', async () => {
  const page = await newPage(browser);
  await signInWithLink(page, await server.signInLinkFor('participant@example.org'));
  for (const path of ['/editions/24/me', '/editions/24/registration']) {
    const response = await page.goto(`${server.baseUrl}${path}`);
    assert.equal(response.status(), 200, path);
    assert.match(await textOf(main(page)), /You have no registration for this edition yet\./);
    await expectNoAxeViolations(page, path);
    await expectReflow(page, path);
  }
});
