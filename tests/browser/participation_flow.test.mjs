// The participation flow end to end, as the people involved do it: the secretariat invites
// someone from the invitations page; the invitation e-mail (read from the server's outbox, as
// the mail worker would send it) leads to the registration form; the person registers; the
// secretariat finds them among the applications and accepts them with an internal reason, a
// draft that writes to nobody (the person's page still says applied); the steering committee
// approves the accepted list and the secretariat releases the decision; only then the person's
// own page says accepted and the acceptance e-mail, which carries no reason, is queued. axe-core
// on every page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  expectNoAxeViolations, newPage, secretariatPage, signInWithLink, submitForm, textOf, useServerAndBrowser,
} from './server.mjs';

const run = promisify(execFile);

let server;
let browser;

useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

// The newest message of a purpose to an address, read from the server's SQLite outbox, or null.
async function newestMail(address, purpose) {
  const file = server.db.replace(/^sqlite:/, '');
  const script = 'import sqlite3, sys, json\n' +
    'c = sqlite3.connect(sys.argv[1])\n' +
    'row = c.execute("SELECT subject, body_text FROM outbox WHERE to_address = ? AND purpose = ? ORDER BY id DESC LIMIT 1", (sys.argv[2], sys.argv[3])).fetchone()\n' +
    'print(json.dumps(row))\n';
  const { stdout } = await run('python3', ['-c', script, file, address, purpose]);
  const row = JSON.parse(stdout);
  return row && { subject: row[0], body: row[1] };
}

// The newest message of a purpose to an address; fails when there is none.
async function mailTo(address, purpose) {
  const mail = await newestMail(address, purpose);
  assert.ok(mail, `no ${purpose} message to ${address} in the outbox`);
  return mail;
}

const main = (page) => page.getByRole('main');

test('invite, register through the e-mailed link, accept, approve and release: each step as its user sees it', async () => {
  const secretariat = await secretariatPage(browser, server);
  await secretariat.goto(`${server.baseUrl}/manage/editions/24/invitations`);
  await expectNoAxeViolations(secretariat, 'the invitations page');
  const invite = main(secretariat);
  await invite.getByLabel('E-mail', { exact: true }).fill('nilufar.flow@example.org');
  await invite.getByLabel('Name', { exact: true }).fill('নিলুফার ইয়াসমিন');
  await invite.getByLabel('Sector', { exact: true }).selectOption({ label: 'National human rights institution' });
  await invite.getByLabel('Organisation', { exact: true }).fill('Demo NHRI of Bangladesh');
  await invite.getByLabel('Country', { exact: true }).selectOption({ label: 'Bangladesh' });
  const sent = await submitForm(secretariat, invite.getByRole('button', { name: 'Send the invitation' }));
  assert.equal(sent.status(), 303);

  const invitation = await mailTo('nilufar.flow@example.org', 'invitation');
  assert.equal(invitation.subject, 'Invitation: Human Rights & Digital Civic Space');
  const link = invitation.body.match(/(http:\/\/\S+\/invitations\/[A-Za-z0-9_-]+)/);
  assert.ok(link, invitation.body);

  const person = await newPage(browser);
  await person.goto(link[1]);
  await expectNoAxeViolations(person, 'the registration form from the e-mailed link');
  const form = main(person);
  assert.equal(await form.getByLabel('Your name as you write it (any script)').inputValue(), 'নিলুফার ইয়াসমিন');
  await form.getByLabel('Family name, exactly as it appears in your name above').fill('ইয়াসমিন');
  await form.getByLabel('Your name in Latin letters (optional, if your name is in another script)').fill('Nilufar Yasmin');
  await form.getByLabel('Gender', { exact: true }).selectOption({ label: 'Woman' });
  await form.getByLabel('First choice').selectOption({ label: 'Participation and Civic Space' });
  await form.getByLabel('Second choice').selectOption({ label: 'Privacy and Surveillance' });
  await form.getByLabel('Third choice').selectOption({ label: 'Freedom of Expression Online' });
  await form.getByLabel(/I have read the privacy notice/).check();
  await form.getByLabel(/I will respect the Chatham House Rule/).check();
  const registered = await submitForm(person, form.getByRole('button', { name: 'Register' }));
  assert.equal(registered.status(), 303);
  assert.equal(new URL(person.url()).pathname, '/editions/24/registration');
  assert.equal((await mailTo('nilufar.flow@example.org', 'registration_confirmation')).subject,
    'Registration received: Human Rights & Digital Civic Space');

  // The secretariat finds the new application by filtering, then decides: a draft, nobody is written to.
  await secretariat.goto(`${server.baseUrl}/manage/editions/24/applications?country=Bangladesh&sector=nhri`);
  await expectNoAxeViolations(secretariat, 'the filtered applications');
  await main(secretariat).getByRole('link', { name: 'নিলুফার ইয়াসমিন' }).click();
  await expectNoAxeViolations(secretariat, 'the application');
  const decision = main(secretariat);
  await decision.getByLabel('Accepted', { exact: true }).check();
  await decision.getByLabel(/^Reason \(internal/).fill('NHRI voice from South Asia');
  await submitForm(secretariat, decision.getByRole('button', { name: 'Save the decision as a draft' }));
  assert.equal(await textOf(main(secretariat).getByRole('status')),
    'Decision saved as a draft. The person is written to (without the reason) when the decisions are released on the applications page.');
  assert.equal(await textOf(main(secretariat).locator('dl.facts dt:text-is("Draft decision (not released)") + dd')),
    'Accepted; reason: NHRI voice from South Asia');
  await expectNoAxeViolations(secretariat, 'the decided application');
  assert.equal(await newestMail('nilufar.flow@example.org', 'registration_decision'), null);

  await person.goto(`${server.baseUrl}/editions/24/me`);
  assert.match(await textOf(main(person)), /Status Applied\. The secretariat will decide on the applications after the registration deadline\./);
  await expectNoAxeViolations(person, 'the participant page before the release');

  // The steering committee approves the accepted list; the secretariat then releases the decision.
  const steering = await newPage(browser);
  await signInWithLink(steering, await server.signInLinkFor('steering@asef.example'));
  await steering.goto(`${server.baseUrl}/manage/editions/24/applications?status=accepted`);
  assert.equal(await main(steering).getByRole('link', { name: 'নিলুফার ইয়াসমিন' }).count(), 1);
  await submitForm(steering, main(steering).getByRole('button', { name: 'Approve this list (1 accepted)' }));
  assert.equal(await textOf(main(steering).getByRole('status')), 'You approved the accepted list.');
  await expectNoAxeViolations(steering, 'the list approved by the steering committee');
  await steering.context().close();

  await main(secretariat).getByRole('link', { name: 'Applications to the 24th edition' }).click();
  assert.match(await textOf(main(secretariat)), /The list as it stands is approved\. 1 draft decision\(s\) wait to be released\./);
  await submitForm(secretariat, main(secretariat).getByRole('button', { name: 'Release the decisions…' }));
  assert.match(await textOf(main(secretariat)), /1 draft decision\(s\) become final: Accepted: 1 1 e-mail\(s\) will be sent/);
  await expectNoAxeViolations(secretariat, 'the release confirmation');
  await submitForm(secretariat, main(secretariat).getByRole('button', { name: 'Release 1 decision(s) and send 1 e-mail(s)' }));
  assert.equal(await textOf(main(secretariat).getByRole('status')),
    '1 decision(s) released; the people whose status changed are being written to.');
  await expectNoAxeViolations(secretariat, 'the applications after the release');

  const accepted = await mailTo('nilufar.flow@example.org', 'registration_decision');
  assert.match(accepted.subject, /accepted/);
  assert.doesNotMatch(accepted.body, /NHRI voice/);

  await person.reload();
  const own = await textOf(main(person));
  assert.match(own, /Status Accepted\./);
  assert.doesNotMatch(own, /NHRI voice/);
  await expectNoAxeViolations(person, 'the participant page after acceptance');
});
