// Roles appointed in the pages, and what each role finds to do on its own page: the secretariat
// reaches the roles page from the hub, sees what is still to appoint, has a form refused (kept as
// typed), appoints a Lead Rapporteur by e-mail in another script and ends a role; the appointee,
// the focal point and the demo moderator each find their next steps on /me and follow the link.
// axe-core on every page reached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectNoAxeViolations, newPage, secretariatPage, signInWithLink, submitForm, textOf, useServerAndBrowser,
} from './server.mjs';

let server;
let browser;
let secretariat;

useServerAndBrowser(async (s, b) => {
  server = s;
  browser = b;
  secretariat = await secretariatPage(browser, server);
});

const HUB = '/manage/editions/24';
const ROLES = `${HUB}/roles`;
const LEAD = 'oyunaa.lead@example.org';
const LEAD_NAME = 'Оюунаа Батсайхан';
const main = (page) => page.getByRole('main');
const cellsOf = async (row) => (await row.locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
const nextSteps = (page, edition) => main(page).getByRole('region', { name: `What to do next: ${edition}` }).locator('li');
const EDITION = '24th edition: Human Rights & Digital Civic Space';

test('the secretariat appoints a Lead Rapporteur by e-mail and ends the role', async () => {
  await secretariat.goto(`${server.baseUrl}${HUB}`);
  await main(secretariat).getByRole('link', { name: 'Roles', exact: true }).click();
  assert.equal(new URL(secretariat.url()).pathname, ROLES);
  assert.equal(await textOf(secretariat.getByRole('heading', { level: 1 })), 'Roles');
  const missing = main(secretariat).locator('h2:text-is("Still to appoint") + ul > li');
  const before = await missing.allInnerTexts();
  // The demo has its Lead Rapporteur and the opening plenary's chair; a second Lead Rapporteur
  // may share the work.
  assert.ok(!before.includes('Lead Rapporteur – the whole seminar'));
  assert.ok(before.some((t) => t.startsWith('Chair – Closing remarks (10 June 2027, 12:00 Ulaanbaatar time')));
  assert.ok(!before.some((t) => t.startsWith('Moderator – Freedom of Expression Online')), 'the demo group has its moderator');
  const appointed = main(secretariat).getByRole('region', { name: 'Appointed' }).locator('tbody tr');
  assert.deepEqual(await cellsOf(appointed.first()),
    ['Moderator', 'the working group "Freedom of Expression Online"', 'Demo Moderator', 'moderator@example.org', 'End this role']);
  await expectNoAxeViolations(secretariat, 'the roles page');

  // Refused: an address without a name; what was typed stays.
  const form = main(secretariat).locator('form', { has: secretariat.getByRole('button', { name: 'Appoint and send the letter' }) });
  await form.getByLabel('Role and where it is held').selectOption({ label: 'Lead Rapporteur – the whole seminar' });
  await form.getByLabel('E-mail address').fill(LEAD);
  const refused = await submitForm(secretariat, form.getByRole('button', { name: 'Appoint and send the letter' }));
  assert.equal(refused.status(), 422);
  assert.equal(await textOf(main(secretariat).locator('.error-summary li')),
    'Give the name of the person you appoint by e-mail, as it should appear in the letter.');
  assert.equal(await form.getByLabel('E-mail address').inputValue(), LEAD);
  assert.equal(await form.getByLabel('Role and where it is held').inputValue(), 'lead_rapporteur:0');
  assert.equal(await form.getByLabel('Name').getAttribute('aria-invalid'), 'true');
  await expectNoAxeViolations(secretariat, 'the appointment refused');

  await form.getByLabel('Name').fill(LEAD_NAME);
  const saved = await submitForm(secretariat, form.getByRole('button', { name: 'Appoint and send the letter' }));
  assert.equal(saved.status(), 303);
  assert.equal(secretariat.url(), `${server.baseUrl}${ROLES}?appointed=1`);
  assert.equal(await textOf(main(secretariat).getByRole('status')),
    'The appointment is saved; the letter that tells the person is in the outbox.');
  const lead = appointed.filter({ hasText: LEAD });
  assert.deepEqual(await cellsOf(lead), ['Lead Rapporteur', 'the seminar', LEAD_NAME, LEAD, 'End this role']);
  assert.equal(await appointed.filter({ hasText: 'Lead Rapporteur' }).count(), 2);
  await expectNoAxeViolations(secretariat, 'the roles page after an appointment');

  // The letter waits in the outbox.
  await main(secretariat).getByRole('link', { name: 'outbox' }).click();
  const letter = main(secretariat).locator('table tbody tr').filter({ hasText: LEAD });
  assert.equal(await letter.count(), 1);
  assert.deepEqual((await cellsOf(letter)).slice(1, 4), ['Appointment',
    'Your role at the 24th Informal ASEM Seminar on Human Rights, Ulaanbaatar: Lead Rapporteur', 'Waiting to be sent']);

  // The appointee finds the role on their own page and follows it.
  const person = await newPage(browser);
  await signInWithLink(person, await server.signInLinkFor(LEAD));
  assert.equal(new URL(person.url()).pathname, '/me');
  assert.deepEqual(await nextSteps(person, EDITION).allInnerTexts(),
    ['As Lead Rapporteur, write the background paper; the secretariat publishes it. The edition']);
  await expectNoAxeViolations(person, "the Lead Rapporteur's page");
  await nextSteps(person, EDITION).getByRole('link', { name: 'The edition' }).click();
  assert.equal(new URL(person.url()).pathname, '/editions/24');

  // Ending the role: gone from the page and from the person's next steps.
  await secretariat.goto(`${server.baseUrl}${ROLES}`);
  const ended = await submitForm(secretariat,
    main(secretariat).getByRole('button', { name: `End ${LEAD_NAME}'s role as Lead Rapporteur of the seminar` }));
  assert.equal(ended.status(), 303);
  assert.equal(await textOf(main(secretariat).getByRole('status')), 'The role has ended; the person no longer holds it.');
  assert.equal(await appointed.filter({ hasText: LEAD }).count(), 0);
  assert.equal(await appointed.filter({ hasText: 'Lead Rapporteur' }).count(), 1, "the demo's stays");
  await expectNoAxeViolations(secretariat, 'the roles page after ending a role');
  await person.goto(`${server.baseUrl}/me`);
  assert.equal(await textOf(main(person).locator('h2:text-is("What to do next") + p')), 'Nothing to do for now.');
  await expectNoAxeViolations(person, 'a page with nothing to do');
  await person.context().close();
});

test('the focal point and the moderator find what to do next on their page', async () => {
  const focal = await newPage(browser);
  await signInWithLink(focal, await server.signInLinkFor('focal.point@mfa.mn.example'));
  assert.equal(new URL(focal.url()).pathname, '/me');
  assert.deepEqual(await nextSteps(focal, EDITION).allInnerTexts(),
    ['Nominate 1 more official(s) of 1 for Mongolia. Nominations of Mongolia']);
  await expectNoAxeViolations(focal, "the focal point's page");
  await nextSteps(focal, EDITION).getByRole('link', { name: 'Nominations of Mongolia' }).click();
  assert.match(new URL(focal.url()).pathname, /^\/editions\/24\/nominations\/\d+$/);
  await focal.context().close();

  const moderator = await newPage(browser);
  await signInWithLink(moderator, await server.signInLinkFor('moderator@example.org'));
  assert.deepEqual(await nextSteps(moderator, EDITION).allInnerTexts(),
    ['Moderate the working group "Freedom of Expression Online"; its closed-door sessions are in your programme. My programme']);
  await expectNoAxeViolations(moderator, "the moderator's page");
  await nextSteps(moderator, EDITION).getByRole('link', { name: 'My programme' }).click();
  assert.equal(new URL(moderator.url()).pathname, '/editions/24/my-programme');
  await moderator.context().close();

  // The secretariat's own page names the next phase step and links the hub.
  await secretariat.goto(`${server.baseUrl}/me`);
  const steps = await nextSteps(secretariat, EDITION).allInnerTexts();
  assert.match(steps[0], /^Next step: Close registration; still missing: the registration deadline .* has not passed; to close earlier, move the deadline\. The edition's hub$/);
  await expectNoAxeViolations(secretariat, "the secretariat's page");
});
