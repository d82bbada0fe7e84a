// The lifecycle of an edition and of a place at it, each step as its user reaches it: the outbox
// flags the demo's bounced invitation on the hub and sends it again only after a confirmation,
// the old server answer cleared (its status filter works without JavaScript); the secretariat
// accepts a demo participant as a draft and releases it without the steering committee's
// approval, which needs a reason (refused without one, then in the audit log); the participant
// gives up the place after a confirmation and loses the participant pages at once, the
// secretariat seeing the reason and the queued messages; the freed place goes to the person the
// selection engine suggests from the waiting list, in one action that writes to them; a new edition is a draft that only the
// secretariat sees until it is announced. axe-core on every page reached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectNoAxeViolations, newPage, secretariatPage, signInWithLink, submitForm, textOf, useServerAndBrowser,
} from './server.mjs';
import { edition25, fillEditionForm } from './edition_form.mjs';

let server;
let browser;
let secretariat;

useServerAndBrowser(async (s, b) => {
  server = s;
  browser = b;
  secretariat = await secretariatPage(browser, server);
});

const HUB = '/manage/editions/24';
const OUTBOX = '/manage/editions/24/outbox';
const PARTICIPANT = 'demo.participant1@example.org';
const BOUNCED = 'sokha.chea@minstry-justice.example.kh';
const ANSWER = `550 5.1.1 <${BOUNCED}>: Recipient address rejected: User unknown in virtual mailbox table`;

const main = (page) => page.getByRole('main');
const fact = (page, term) => page.locator(`dl.facts dt:text-is("${term}") + dd`);
const cellsOf = async (row) => (await row.locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
const mailAttention = (page) => main(page).locator('.error-summary').filter({ has: page.getByRole('heading', { name: 'Mail needs attention' }) });

// First, while the demo's outbox holds only the bounced invitation.
test('the outbox shows the failed message and sends it again only on request', async () => {
  await secretariat.goto(`${server.baseUrl}${HUB}`);
  assert.equal(await textOf(mailAttention(secretariat)), 'Mail needs attention 1 message(s) failed. See them in the outbox.');
  assert.equal(await textOf(main(secretariat).getByRole('link', { name: 'Outbox', exact: true }).locator('xpath=..')),
    'Outbox (0 sent, 0 waiting, 1 failed)');
  await expectNoAxeViolations(secretariat, 'the hub with a failed message');

  await mailAttention(secretariat).getByRole('link', { name: 'See them in the outbox' }).click();
  assert.equal(secretariat.url(), `${server.baseUrl}${OUTBOX}?status=attention`);
  assert.equal(await textOf(secretariat.getByRole('heading', { level: 1 })), 'Outbox');
  assert.equal(await secretariat.getByLabel('Show', { exact: true }).inputValue(), 'attention');
  assert.deepEqual(await main(secretariat).getByRole('list', { name: 'Messages by status' }).getByRole('listitem').allInnerTexts(),
    ['Waiting to be sent: 0', 'Being sent: 0', 'Sent: 0', 'Failed: 1', 'Stuck: 0']);
  assert.equal(await textOf(secretariat.locator('#outbox-caption')), '1 of 1 message(s)');
  const rows = main(secretariat).locator('table tbody tr');
  assert.equal(await rows.count(), 1);
  // Attempts "1": the demo's message failed on its one delivery attempt.
  assert.deepEqual((await cellsOf(rows.first())).slice(0, 7), [
    `Sokha Chea ${BOUNCED}`, 'Invitation', 'Invitation: Human Rights & Digital Civic Space', 'Failed', '1', ANSWER,
    'None: failed for good',
  ]);
  assert.equal(await rows.first().getByRole('button', { name: `Send again to ${BOUNCED}` }).count(), 1);
  await expectNoAxeViolations(secretariat, 'the outbox, failed or stuck');

  // The button for all failed messages asks first, naming the recipients.
  const asked = await submitForm(secretariat, main(secretariat).getByRole('button', { name: 'Send the 1 failed message(s) again…' }));
  assert.equal(asked.status(), 200);
  assert.equal(new URL(secretariat.url()).pathname, `${OUTBOX}/resend-failed`);
  assert.equal(await textOf(secretariat.getByRole('heading', { level: 1 })), 'Send the failed messages again');
  assert.equal(await textOf(main(secretariat).locator('p', { hasText: 'will be queued' })),
    '1 message(s) will be queued and sent again to the people below, each as it was written. Check first that the ' +
    'addresses are right: a message the server refused for an unknown mailbox will fail again.');
  assert.deepEqual(await cellsOf(main(secretariat).locator('table tbody tr')),
    [`Sokha Chea <${BOUNCED}>`, 'Invitation', ANSWER]);
  assert.equal(await main(secretariat).getByRole('link', { name: 'Cancel' }).getAttribute('href'), OUTBOX);
  await expectNoAxeViolations(secretariat, 'the confirmation to send the failed messages again');

  const resent = await submitForm(secretariat, main(secretariat).getByRole('button', { name: 'Send 1 message(s) again' }));
  assert.equal(resent.status(), 303);
  assert.equal(secretariat.url(), `${server.baseUrl}${OUTBOX}?resent=1`);
  assert.equal(await textOf(main(secretariat).getByRole('status')), '1 message(s) queued to be sent again.');
  assert.deepEqual(await main(secretariat).getByRole('list', { name: 'Messages by status' }).getByRole('listitem').allInnerTexts(),
    ['Waiting to be sent: 1', 'Being sent: 0', 'Sent: 0', 'Failed: 0', 'Stuck: 0']);
  // Queued afresh: no attempt yet, and the old server answer is no longer shown on the row.
  assert.deepEqual((await cellsOf(rows.first())).slice(0, 7),
    [`Sokha Chea ${BOUNCED}`, 'Invitation', 'Invitation: Human Rights & Digital Civic Space', 'Waiting to be sent', '0', '', 'Now']);
  assert.equal(await main(secretariat).getByRole('button', { name: /failed message\(s\) again/ }).count(), 0);
  assert.equal(await rows.first().getByRole('button', { name: /^Send again/ }).count(), 0);
  await expectNoAxeViolations(secretariat, 'the outbox after sending again');

  await secretariat.getByRole('link', { name: '24th edition' }).click();
  assert.equal(new URL(secretariat.url()).pathname, HUB);
  assert.equal(await mailAttention(secretariat).count(), 0);
  assert.equal(await main(secretariat).getByText('Mail needs attention').count(), 0);
  assert.equal(await textOf(main(secretariat).getByRole('link', { name: 'Outbox', exact: true }).locator('xpath=..')),
    'Outbox (0 sent, 1 waiting, 0 failed)');
  await expectNoAxeViolations(secretariat, 'the hub with nothing failed');

  // The status filter is a plain form: it works with JavaScript switched off.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await signInWithLink(plain, await server.newSignInLink());
  await plain.goto(`${server.baseUrl}${HUB}`);
  await plain.getByRole('link', { name: 'Outbox', exact: true }).click();
  assert.equal(new URL(plain.url()).pathname, OUTBOX);
  assert.equal(await textOf(plain.locator('#outbox-caption')), '1 of 1 message(s)');
  await plain.getByLabel('Show', { exact: true }).selectOption({ label: 'Sent' });
  await plain.getByRole('button', { name: 'Show', exact: true }).click();
  assert.equal(plain.url(), `${server.baseUrl}${OUTBOX}?status=sent`);
  assert.equal(await plain.getByText('No message to show.', { exact: true }).count(), 1);
  assert.equal(await plain.locator('main table').count(), 0);  // no empty table
  assert.equal(await plain.locator('#outbox-caption').count(), 0);
  await plain.getByLabel('Show', { exact: true }).selectOption({ label: 'Waiting to be sent' });
  await plain.getByRole('button', { name: 'Show', exact: true }).click();
  assert.equal(plain.url(), `${server.baseUrl}${OUTBOX}?status=queued`);
  assert.equal(await plain.getByText('No message to show.', { exact: true }).count(), 0);
  assert.equal(await textOf(plain.locator('#outbox-caption')), '1 of 1 message(s)');
  assert.deepEqual((await cellsOf(plain.locator('main table tbody tr'))).slice(3, 4), ['Waiting to be sent']);
  await context.close();

  // axe-core needs JavaScript in the page: the same views, checked with it on.
  for (const status of ['sent', 'queued']) {
    await secretariat.goto(`${server.baseUrl}${OUTBOX}?status=${status}`);
    await expectNoAxeViolations(secretariat, `the outbox filtered by ${status}`);
  }
});

test('a participant gives up their place', async () => {
  // The secretariat finds the person's registration from the hub and accepts it.
  await secretariat.goto(`${server.baseUrl}${HUB}`);
  await secretariat.getByRole('link', { name: 'Applications', exact: true }).click();
  assert.equal(new URL(secretariat.url()).pathname, `${HUB}/applications`);
  await expectNoAxeViolations(secretariat, 'the applications');
  const filters = secretariat.getByRole('form', { name: 'Filter' });
  await filters.getByLabel('Country', { exact: true }).selectOption('Mongolia');
  await filters.getByRole('button', { name: 'Show' }).click();
  const nameCells = secretariat.locator('table.applications tbody tr td:nth-child(2)');
  const candidates = await nameCells.getByRole('link').allInnerTexts();
  assert.ok(candidates.length > 0, 'Mongolia has registrations');
  let name;
  for (const candidate of candidates) {
    await nameCells.getByRole('link', { name: candidate, exact: true }).click();
    if (await textOf(fact(secretariat, 'E-mail')) === PARTICIPANT) { name = candidate; break; }
    await secretariat.goBack();
  }
  assert.ok(name, `a registration from Mongolia is ${PARTICIPANT}'s`);
  const detail = secretariat.url();
  assert.match(new URL(detail).pathname, /^\/manage\/editions\/24\/applications\/\d+$/);
  assert.equal(await textOf(secretariat.getByRole('heading', { level: 1 })), name);
  assert.equal(await textOf(fact(secretariat, 'Status')), 'Applied');
  await expectNoAxeViolations(secretariat, 'the registration before the decision');
  await secretariat.getByRole('radio', { name: 'Accepted' }).check();
  const decided = await submitForm(secretariat, secretariat.getByRole('button', { name: 'Save the decision as a draft' }));
  assert.equal(decided.status(), 303);
  assert.equal(await textOf(main(secretariat).getByRole('status')),
    'Decision saved as a draft. The person is written to (without the reason) when the decisions are released on the applications page.');
  assert.equal(await textOf(fact(secretariat, 'Status')), 'Applied');
  assert.equal(await textOf(fact(secretariat, 'Draft decision (not released)')), 'Accepted; reason: None recorded');
  await expectNoAxeViolations(secretariat, 'the registration with a draft acceptance');

  // The secretariat releases it without the steering committee's approval: only with a reason.
  await main(secretariat).getByRole('link', { name: 'Applications to the 24th edition' }).click();
  assert.equal(await textOf(main(secretariat).locator('form', { hasText: 'wait to be released' })),
    '1 draft decision(s) wait to be released. Release the decisions…');
  const asked = await submitForm(secretariat, main(secretariat).getByRole('button', { name: 'Release the decisions…' }));
  assert.equal(asked.status(), 200);
  assert.equal(new URL(secretariat.url()).pathname, `${HUB}/applications/release`);
  assert.equal(await textOf(secretariat.getByRole('heading', { level: 1 })), 'Release the decisions');
  assert.deepEqual(await main(secretariat).locator('p:text-is("1 draft decision(s) become final:") + ul > li').allInnerTexts(),
    ['Accepted: 1']);
  assert.match(await textOf(main(secretariat).locator('p', { hasText: 'will be sent' })),
    /^1 e-mail\(s\) will be sent, one to each person whose status changes\./);
  assert.equal(await textOf(main(secretariat).locator('p.clashes')), 'The steering committee has not approved the list as it stands.');
  const why = main(secretariat).getByLabel('Why release without their approval (recorded in the audit log)');
  assert.equal(await why.inputValue(), '');
  assert.equal(await main(secretariat).getByRole('link', { name: 'Cancel' }).getAttribute('href'), `${HUB}/applications`);
  await expectNoAxeViolations(secretariat, 'the confirmation to release without approval');
  const release = main(secretariat).getByRole('button', { name: 'Release 1 decision(s) and send 1 e-mail(s)' });
  const refused = await submitForm(secretariat, release);
  assert.equal(refused.status(), 422);
  const needed = 'The steering committee has not approved this list: give the reason for releasing it without their approval (it is recorded).';
  assert.equal(await textOf(main(secretariat).locator('.error-summary li')), needed);
  assert.equal(await textOf(main(secretariat).locator('.field-error')), needed);
  assert.equal(await why.getAttribute('aria-invalid'), 'true');
  await expectNoAxeViolations(secretariat, 'the release refused without a reason');
  const because = 'The committee meets after the visa deadline; its chair agreed by phone.';
  await why.fill(because);
  const releasedNow = await submitForm(secretariat, release);
  assert.equal(releasedNow.status(), 303);
  assert.equal(await textOf(main(secretariat).getByRole('status')),
    '1 decision(s) released; the people whose status changed are being written to.');
  assert.equal(await main(secretariat).getByRole('button', { name: 'Release the decisions…' }).count(), 0);
  await secretariat.goto(detail);
  assert.equal(await textOf(fact(secretariat, 'Status')), 'Accepted');
  assert.equal(await fact(secretariat, 'Draft decision (not released)').count(), 0);
  await expectNoAxeViolations(secretariat, 'the accepted registration');

  // The reason is in the audit log.
  await secretariat.goto(`${server.baseUrl}/manage`);
  await main(secretariat).getByRole('link', { name: 'Audit log' }).click();
  assert.equal(new URL(secretariat.url()).pathname, '/manage/audit');
  const entry = main(secretariat).locator('table tbody tr').filter({ has: secretariat.locator('td:nth-child(3):text-is("release")') });
  assert.equal(await entry.count(), 1);
  assert.deepEqual((await cellsOf(entry)).slice(1),
    ['Demo Secretariat', 'release', 'edition', `1 decision(s) released; released without the steering committee's approval: ${because}`]);
  await expectNoAxeViolations(secretariat, 'the audit log with the release');

  // The person signs in, goes from their account to their page of the edition.
  const person = await newPage(browser);
  await signInWithLink(person, await server.signInLinkFor(PARTICIPANT));
  assert.equal(new URL(person.url()).pathname, '/me');
  assert.equal(await textOf(person.getByRole('heading', { level: 1 })), name);
  const roles = main(person).locator('h2:text-is("Your roles") + ul > li');
  assert.deepEqual(await roles.allInnerTexts(),
    ['Applicant – 24th edition (your registration and page)', 'Participant – 24th edition']);
  await expectNoAxeViolations(person, 'the account page of an accepted participant');
  await main(person).getByRole('link', { name: 'your registration and page' }).click();
  assert.equal(new URL(person.url()).pathname, '/editions/24/me');
  assert.equal(await textOf(fact(person, 'Status')), 'Accepted. You have a place at the seminar.');
  assert.equal(await main(person).getByRole('link', { name: 'My programme' }).getAttribute('href'), '/editions/24/my-programme');
  await expectNoAxeViolations(person, 'the participant page, accepted');

  // Giving up the place is confirmed first.
  await main(person).getByRole('link', { name: 'Give up my place' }).click();
  assert.equal(new URL(person.url()).pathname, '/editions/24/me/withdrawal');
  assert.equal(await textOf(person.getByRole('heading', { level: 1 })), 'Give up your place');
  assert.equal(await textOf(main(person).locator('p', { hasText: 'If you give up your place' })),
    'You are accepted for Human Rights & Digital Civic Space (8-10 June 2027, Ulaanbaatar, Mongolia). If you give up your place:');
  assert.deepEqual(await main(person).locator('p:has-text("If you give up your place") + ul > li').allInnerTexts(), [
    'your place goes to someone on the waiting list;',
    'the background paper, your own programme, your private calendar and the links to join online sessions stop working for you;',
    'we send you an e-mail that confirms it.',
  ]);
  assert.equal(await main(person).getByRole('button', { name: 'Yes, give up my place' }).count(), 1);
  assert.equal(await main(person).getByRole('link', { name: 'No, keep my place' }).getAttribute('href'), '/editions/24/me');
  await expectNoAxeViolations(person, 'the confirmation to give up the place');
  await main(person).getByLabel('Why you cannot come (optional; only the secretariat reads it)').fill('My visa was refused.');
  const withdrawn = await submitForm(person, main(person).getByRole('button', { name: 'Yes, give up my place' }));
  assert.equal(withdrawn.status(), 303);
  assert.equal(person.url(), `${server.baseUrl}/editions/24/me?withdrawn=1`);
  assert.equal(await textOf(fact(person, 'Status')),
    'Withdrawn. You gave up your place; the participant material and links are no longer available to you.');
  assert.equal(await textOf(main(person).getByRole('status')), 'Your place is released. We have sent you an e-mail that confirms it.');
  assert.equal(await main(person).getByRole('link', { name: 'My programme' }).count(), 0);
  assert.equal(await main(person).getByRole('link', { name: 'Give up my place' }).count(), 0);
  assert.equal(await textOf(main(person).locator('p', { hasText: 'are for accepted participants' })),
    'The background paper, your own programme and the links to join online sessions are for accepted participants.');
  await expectNoAxeViolations(person, 'the participant page, withdrawn');

  // The participant pages are closed to them at once.
  const closed = await person.goto(`${server.baseUrl}/editions/24/my-programme`);
  assert.equal(closed.status(), 403);
  await expectNoAxeViolations(person, 'my programme refused after giving up the place');
  await person.goto(`${server.baseUrl}/me`);
  assert.deepEqual(await roles.allInnerTexts(), ['Applicant – 24th edition (your registration and page)']);
  await expectNoAxeViolations(person, 'the account page after giving up the place');
  await person.context().close();

  // The secretariat sees the status, the reason in the history and the message waiting.
  await secretariat.goto(`${server.baseUrl}${HUB}`);
  await secretariat.getByRole('link', { name: 'Applications', exact: true }).click();
  await filters.getByLabel('Status', { exact: true }).selectOption('withdrawn');
  await filters.getByRole('button', { name: 'Show' }).click();
  const listed = secretariat.locator('table.applications tbody tr');
  assert.equal(await listed.count(), 1);
  assert.equal(await textOf(listed.locator('td:nth-child(9)')), 'Withdrawn');
  await expectNoAxeViolations(secretariat, 'the withdrawn applications');
  await nameCells.getByRole('link', { name, exact: true }).click();
  assert.equal(secretariat.url(), detail);
  assert.equal(await textOf(fact(secretariat, 'Status')), 'Withdrawn');
  const history = secretariat.locator('table').filter({ hasText: 'Every status' }).locator('tbody tr');
  const steps = [];
  for (const row of await history.all()) steps.push((await cellsOf(row)).slice(1));
  assert.deepEqual(steps, [
    ['Applied', name, ''],
    ['Accepted', 'Demo Secretariat', ''],
    ['Withdrawn', name, 'Given up by the participant: My visa was refused.'],
  ]);
  const mails = secretariat.locator('table').filter({ hasText: `E-mails to ${PARTICIPANT}` }).locator('tbody tr');
  const sent = [];
  for (const row of await mails.all()) {
    const [subject, status] = await cellsOf(row);
    sent.push([subject.replace(/^.*: /, ''), status]);
  }
  // The acceptance, queued by the release, then the confirmation of giving up the place.
  assert.deepEqual(sent, [['accepted', 'Waiting to be sent'], ['your place is released', 'Waiting to be sent']]);
  await expectNoAxeViolations(secretariat, 'the withdrawn registration');
});

test('a freed place goes to someone on the waiting list', async () => {
  // The hub says a place is free; while nobody waits, the page says how it can be filled.
  await secretariat.goto(`${server.baseUrl}${HUB}`);
  const notice = main(secretariat).getByRole('status').filter({ hasText: 'given up after acceptance' });
  assert.equal(await textOf(notice),
    '1 place(s) given up after acceptance are free. See the suggested replacement from the waiting list.');
  await expectNoAxeViolations(secretariat, 'the hub with a freed place');
  await notice.getByRole('link', { name: 'See the suggested replacement from the waiting list' }).click();
  const REPLACEMENTS = `${HUB}/selection/replacements`;
  assert.equal(new URL(secretariat.url()).pathname, REPLACEMENTS);
  assert.equal(await textOf(secretariat.getByRole('heading', { level: 1 })), 'Places given up and the waiting list');
  const places = main(secretariat).getByRole('region', { name: 'Places given up' }).locator('tbody tr');
  assert.equal(await places.count(), 1);
  assert.equal((await cellsOf(places.first()))[2], 'Mongolia');
  assert.equal(await textOf(main(secretariat).locator('p', { hasText: 'Nobody is on the waiting list' })),
    'Nobody is on the waiting list: a free place can only be filled by a new decision on the applications page.');
  await expectNoAxeViolations(secretariat, 'a freed place with nobody waiting');

  // Two civil-society applicants go on the waiting list (a draft, then released with a reason).
  await secretariat.goto(`${server.baseUrl}${HUB}`);
  await secretariat.getByRole('link', { name: 'Applications', exact: true }).click();
  const filters = secretariat.getByRole('form', { name: 'Filter' });
  await filters.getByLabel('Status', { exact: true }).selectOption('applied');
  await filters.getByLabel('Sector', { exact: true }).selectOption('civil_society');
  await filters.getByRole('button', { name: 'Show' }).click();
  const links = secretariat.locator('table.applications tbody tr td:nth-child(2) a');
  const waiting = [];
  for (const link of (await links.all()).slice(0, 2)) {
    waiting.push({ name: await textOf(link), id: Number((await link.getAttribute('href')).split('/').pop()) });
  }
  assert.equal(waiting.length, 2);
  for (const w of waiting) await secretariat.getByRole('checkbox', { name: `Select ${w.name}`, exact: true }).check();
  await secretariat.getByRole('radio', { name: 'Waitlisted' }).check();
  const drafted = await submitForm(secretariat, secretariat.getByRole('button', { name: 'Save the decision as a draft' }));
  assert.equal(drafted.status(), 303);
  await submitForm(secretariat, main(secretariat).getByRole('button', { name: 'Release the decisions…' }));
  await main(secretariat).getByLabel('Why release without their approval (recorded in the audit log)')
    .fill('The waiting list is not part of the approved list.');
  const released = await submitForm(secretariat,
    main(secretariat).getByRole('button', { name: 'Release 2 decision(s) and send 2 e-mail(s)' }));
  assert.equal(released.status(), 303);

  // The engine suggests one of them (equal scores: the earlier registration) for the place.
  await secretariat.goto(`${server.baseUrl}${HUB}`);
  await main(secretariat).getByRole('link', { name: 'Places given up and the waiting list' }).click();
  assert.equal(new URL(secretariat.url()).pathname, REPLACEMENTS);
  const [first, second] = [...waiting].sort((a, b) => a.id - b.id);
  assert.equal(await textOf(main(secretariat).locator('p', { hasText: 'The selection engine kept' })),
    'The selection engine kept everyone accepted in and chose from the waiting list the 1 people who keep the default ' +
    'balance of the selection page (no selection has been run) with the best scores (among equal scores, the earlier ' +
    'registration).');
  const suggested = main(secretariat).getByRole('region', { name: 'Suggested replacement' });
  const rows = suggested.locator('tbody tr');
  assert.equal(await rows.count(), 1);
  const [suggestedName, country, , , sector, score] = await cellsOf(rows.first());
  assert.deepEqual([suggestedName, sector, score], [first.name, 'Civil society', '0']);
  assert.ok(country.length > 0);
  assert.equal(await main(secretariat).getByRole('heading', { name: 'The accepted list now and with the suggestion' }).count(), 1);
  assert.equal(await main(secretariat).locator('figure svg').count() > 0, true);
  const list = main(secretariat).getByRole('region', { name: 'Waiting list' }).locator('tbody tr');
  assert.equal(await list.count(), 2);
  assert.equal(await list.getByRole('button', { name: `Promote ${second.name}`, exact: true }).count(), 1);
  await expectNoAxeViolations(secretariat, 'the suggested replacement');

  // One action accepts the person and writes to them; the place is no longer free.
  const promoted = await submitForm(secretariat, suggested.getByRole('button', { name: `Promote ${first.name}`, exact: true }));
  assert.equal(promoted.status(), 303);
  assert.equal(new URL(secretariat.url()).pathname, REPLACEMENTS);
  assert.equal(await textOf(main(secretariat).getByRole('status')),
    `${first.name} is accepted in the freed place; the message that tells them is in the outbox.`);
  assert.equal(await main(secretariat).getByText('No accepted participant has given up their place.', { exact: true }).count(), 1);
  assert.equal(await main(secretariat).getByRole('button', { name: /^Promote / }).count(), 0);
  await expectNoAxeViolations(secretariat, 'after the promotion');
  await secretariat.goto(`${server.baseUrl}${HUB}/applications/${first.id}`);
  assert.equal(await textOf(fact(secretariat, 'Status')), 'Accepted');
  const mails = secretariat.locator('table').filter({ hasText: 'E-mails to' }).locator('tbody tr');
  const subjects = [];
  for (const row of await mails.all()) subjects.push((await cellsOf(row))[0].replace(/^.*: /, ''));
  assert.deepEqual(subjects, ['on the waiting list', 'accepted']);
  await secretariat.goto(`${server.baseUrl}${HUB}`);
  assert.equal(await main(secretariat).getByRole('status').filter({ hasText: 'given up after acceptance' }).count(), 0);
});

test('a new edition is a draft until it is announced', async () => {
  const title = 'Human Rights & Migration <in> "Europe"';
  await secretariat.goto(`${server.baseUrl}/manage`);
  await secretariat.getByRole('link', { name: 'New edition' }).click();
  assert.equal(new URL(secretariat.url()).pathname, '/manage/editions/new');
  await fillEditionForm(secretariat, { ...edition25(), number: '26', end_date: '2028-05-18', registration_deadline: '2028-04-30 23:59' });
  const saved = await submitForm(secretariat, secretariat.getByRole('button', { name: 'Save the edition' }));
  assert.equal(saved.status(), 303);
  assert.equal(secretariat.url(), `${server.baseUrl}/manage/editions/26?saved=1`);
  const phase = main(secretariat).getByRole('region', { name: /^Phase:/ });
  assert.equal(await textOf(phase.getByRole('heading', { level: 2 })), 'Phase: Draft (not public)');
  assert.equal(await textOf(phase.locator('li[aria-current="step"]')), 'Draft (not public)');
  assert.equal(await textOf(phase.locator('p', { hasText: 'Next step' })),
    'Next step: Announce the edition (to “Announced”). Everything it needs is in place.');
  assert.equal(await phase.locator('ul.missing li').count(), 0);
  await expectNoAxeViolations(secretariat, 'the hub of a draft edition');

  // Listed for the secretariat as a draft.
  await main(secretariat).getByRole('link', { name: 'Secretariat', exact: true }).click();
  assert.equal(new URL(secretariat.url()).pathname, '/manage');
  assert.equal(await textOf(main(secretariat).locator('li', { hasText: '26th edition' })),
    `26th edition: ${title} – 16-18 May 2028, Tallinn, Estonia and online Draft (not public)`);
  await expectNoAxeViolations(secretariat, 'the secretariat dashboard with a draft');

  // Nobody else sees it.
  const visitor = await newPage(browser);
  const hidden = await visitor.goto(`${server.baseUrl}/editions/26`);
  assert.equal(hidden.status(), 404);
  await expectNoAxeViolations(visitor, 'a draft edition to a visitor');
  await visitor.goto(`${server.baseUrl}/`);
  assert.equal(await main(visitor).getByRole('link', { name: 'About the 26th edition' }).count(), 0);
  assert.equal(await main(visitor).getByText('26th edition', { exact: false }).count(), 0);
  assert.equal(await main(visitor).getByRole('link', { name: 'About the 24th edition' }).count(), 1);
  await expectNoAxeViolations(visitor, 'the home page with a draft');

  // Announcing it is confirmed first.
  await main(secretariat).getByRole('link', { name: `26th edition: ${title}` }).click();
  assert.equal(new URL(secretariat.url()).pathname, '/manage/editions/26');
  const asked = await submitForm(secretariat, phase.getByRole('button', { name: 'Announce the edition…' }));
  assert.equal(asked.status(), 200);
  assert.equal(new URL(secretariat.url()).pathname, '/manage/editions/26/phase');
  assert.equal(await textOf(secretariat.getByRole('heading', { level: 1 })), 'Announce the edition');
  assert.equal(await textOf(main(secretariat).locator('p', { hasText: 'this step moves it' })),
    'The edition is in the phase “Draft (not public)”; this step moves it to “Announced”.');
  assert.deepEqual(await main(secretariat).locator('p:text-is("What will happen:") + ul > li').allInnerTexts(), [
    'The edition appears on the public home page and its public pages and feeds can be read by anyone.',
    'Nobody can register yet: that is the next step.',
  ]);
  assert.equal(await main(secretariat).getByRole('link', { name: 'Cancel' }).getAttribute('href'), '/manage/editions/26');
  await expectNoAxeViolations(secretariat, 'the confirmation to announce the edition');
  const announced = await submitForm(secretariat, main(secretariat).getByRole('button', { name: 'Announce the edition', exact: true }));
  assert.equal(announced.status(), 303);
  assert.equal(secretariat.url(), `${server.baseUrl}/manage/editions/26?phase=1`);
  assert.equal(await textOf(main(secretariat).getByRole('status')), 'The edition is now in the phase “Announced”.');
  assert.equal(await textOf(phase.getByRole('heading', { level: 2 })), 'Phase: Announced');
  assert.equal(await textOf(phase.locator('li[aria-current="step"]')), 'Announced');
  // The form required a registration deadline (in the future), so nothing is missing for the next step.
  assert.equal(await textOf(phase.locator('p', { hasText: 'Next step' })),
    'Next step: Open registration (to “Registration open”). Everything it needs is in place.');
  assert.equal(await phase.locator('ul.missing li').count(), 0);
  assert.equal(await phase.getByRole('button', { name: 'Open registration…' }).count(), 1);
  await expectNoAxeViolations(secretariat, 'the hub of an announced edition');

  // Now public: on the home page, and its page opens.
  await visitor.goto(`${server.baseUrl}/`);
  assert.equal(await textOf(main(visitor).getByRole('heading', { name: `26th edition: ${title}` }).locator('xpath=..')),
    `26th edition: ${title} 16-18 May 2028 · Tallinn, Estonia and online About the 26th edition`);
  await expectNoAxeViolations(visitor, 'the home page with the announced edition');
  const [shown] = await Promise.all([
    visitor.waitForResponse((r) => r.url() === `${server.baseUrl}/editions/26` && r.request().isNavigationRequest()),
    main(visitor).getByRole('link', { name: 'About the 26th edition' }).click(),
  ]);
  assert.equal(shown.status(), 200);
  await visitor.waitForURL(`${server.baseUrl}/editions/26`);
  assert.equal(await textOf(visitor.getByRole('heading', { level: 1 })), title);
  assert.equal(await textOf(fact(visitor, 'Registration deadline')), '30 April 2028, 23:59 Tallinn time (Europe/Tallinn, UTC+03:00)');
  await expectNoAxeViolations(visitor, 'the announced edition to a visitor');
  await visitor.context().close();
});
