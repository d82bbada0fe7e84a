// The secretariat's applications page for the demo's 24th edition (108 registrations, all
// applied): filtering and sorting without JavaScript, a decision on one registration with its
// history and message, a bulk decision from the list, the steering committee's approval and
// how it goes stale, and the CSV and XLSX downloads. axe-core on every page reached, and
// reflow at 320 px (the wide table scrolls inside its own labelled region). The filter and sort
// run with JavaScript switched off; axe-core checks the same views with it on (it needs scripts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, expectReflow, newPage, secretariatPage, signInWithLink, submitForm, textOf,
  useServerAndBrowser } from './server.mjs';

let server;
let browser;
let secretariat;

useServerAndBrowser(async (s, b) => {
  server = s;
  browser = b;
  secretariat = await secretariatPage(browser, server);
});

const LIST = '/manage/editions/24/applications';

const rows = (page) => page.locator('table.applications tbody tr');
const summary = (page) => textOf(page.locator('main p').filter({ hasText: 'Showing' }));

test('the secretariat reaches the list from the edition page, filters and sorts it without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInWithLink(page, await server.newSignInLink());
  await page.goto(`${server.baseUrl}/manage/editions/24`);
  await page.getByRole('link', { name: 'Applications' }).click();
  assert.equal(new URL(page.url()).pathname, LIST);
  assert.match(await summary(page), /^Showing 108 of 108 registrations\. By status \(with the other filters\): Applied 108, Accepted 0, Waitlisted 0, Declined 0, Withdrawn 0\.$/);

  // Filter by region and sector: the counts in the other menus follow.
  const filters = page.getByRole('form', { name: 'Filter' });
  await filters.getByLabel('Region').selectOption('Europe');
  await filters.getByLabel('Sector').selectOption('civil_society');
  await filters.getByRole('button', { name: 'Show' }).click();
  const shown = await rows(page).count();
  assert.ok(shown > 0 && shown < 108, `${shown} rows for Europe + civil society`);
  assert.equal(await summary(page), `Showing ${shown} of 108 registrations. By status (with the other filters): Applied ${shown}, Accepted 0, Waitlisted 0, Declined 0, Withdrawn 0.`);
  for (const region of await rows(page).locator('td:nth-child(5)').allInnerTexts()) assert.equal(region, 'Europe');
  for (const sector of await rows(page).locator('td:nth-child(6)').allInnerTexts()) assert.equal(sector, 'Civil society');
  const selected = await filters.getByLabel('Region').locator('option:checked').innerText();
  assert.equal(selected, `Europe (${shown})`);

  // Sort by country, then reverse: the heading says which way.
  await page.getByRole('link', { name: /^Country/ }).click();
  const countries = await rows(page).locator('td:nth-child(4)').allInnerTexts();
  assert.deepEqual(countries, [...countries].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  assert.match(await textOf(page.locator('th[aria-sort="ascending"]')), /^Country ?, sort descending ▲$/);
  await page.getByRole('link', { name: /^Country/ }).click();
  const reversed = await rows(page).locator('td:nth-child(4)').allInnerTexts();
  assert.deepEqual(reversed, [...countries].reverse().sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase())));
  assert.match(await textOf(page.locator('th[aria-sort="descending"]')), /^Country ?, sort ascending ▼$/);
  assert.equal(await rows(page).count(), shown);  // the filter is kept while sorting
  await context.close();

  // axe-core needs JavaScript in the page: the same views, checked with it on.
  await secretariat.goto(`${server.baseUrl}${LIST}`);
  await expectNoAxeViolations(secretariat, 'applications list');
  await expectReflow(secretariat, 'applications list');
  await secretariat.goto(`${server.baseUrl}${LIST}?region=Europe&sector=civil_society&sort=country&order=desc`);
  await expectNoAxeViolations(secretariat, 'filtered and sorted list');
});

test('a decision on one registration shows in its history and queues its message', async () => {
  await secretariat.goto(`${server.baseUrl}${LIST}?sort=name`);
  const first = rows(secretariat).first().locator('td:nth-child(2) a');
  const name = await first.innerText();
  await first.click();
  assert.equal(await secretariat.getByRole('heading', { level: 1 }).innerText(), name);
  await expectNoAxeViolations(secretariat, 'registration detail');
  await expectReflow(secretariat, 'registration detail');

  // No decision chosen: refused, the reason kept.
  await secretariat.getByLabel(/^Reason/).fill('Strong regional profile');
  let response = await submitForm(secretariat, secretariat.getByRole('button', { name: 'Save the decision and tell the person' }));
  assert.equal(response.status(), 422);
  assert.equal(await textOf(secretariat.locator('.error-summary li')), 'Choose a decision: accept, waitlist or decline.');
  assert.equal(await secretariat.getByLabel(/^Reason/).inputValue(), 'Strong regional profile');
  await expectNoAxeViolations(secretariat, 'refused decision');

  await secretariat.getByRole('radio', { name: 'Accepted' }).check();
  response = await submitForm(secretariat, secretariat.getByRole('button', { name: 'Save the decision and tell the person' }));
  assert.equal(response.status(), 303);
  assert.match(await textOf(secretariat.getByRole('status')), /^Decision saved\./);
  assert.match(await textOf(secretariat.locator('dl.facts')), /Status Accepted Internal reason Strong regional profile/);
  const history = await secretariat.locator('table').filter({ hasText: 'Every status' }).locator('tbody tr').allInnerTexts();
  assert.equal(history.length, 2);
  assert.match(history[1], /Accepted\s+Demo Secretariat\s+Strong regional profile/);
  const mails = await textOf(secretariat.locator('table').filter({ hasText: 'E-mails to' }).locator('tbody'));
  assert.match(mails, /Your participation in the 24th Informal ASEM Seminar on Human Rights, Ulaanbaatar: accepted Waiting to be sent/);
  await expectNoAxeViolations(secretariat, 'decided registration');
});

test('a bulk decision from the list waitlists the ticked registrations', async () => {
  await secretariat.goto(`${server.baseUrl}${LIST}?region=Asia&sort=name`);
  const names = await rows(secretariat).locator('td:nth-child(2) a').allInnerTexts();
  await rows(secretariat).nth(1).getByRole('checkbox').check();
  await rows(secretariat).nth(2).getByRole('checkbox').check();
  await secretariat.getByRole('radio', { name: 'Waitlisted' }).check();
  await secretariat.getByLabel(/^Reason/).fill('Second round');
  const response = await submitForm(secretariat, secretariat.getByRole('button', { name: 'Save the decision and tell the people' }));
  assert.equal(response.status(), 303);
  assert.equal(await textOf(secretariat.getByRole('status')),
    'Decision saved for 2 registration(s); each person whose status changed has been sent an e-mail.');
  assert.equal(new URL(secretariat.url()).searchParams.get('region'), 'Asia');
  const statuses = await rows(secretariat).locator('td:nth-child(9)').allInnerTexts();
  assert.deepEqual(statuses.slice(1, 3), ['Waitlisted', 'Waitlisted']);
  assert.deepEqual(await rows(secretariat).locator('td:nth-child(2) a').allInnerTexts(), names);
  await expectNoAxeViolations(secretariat, 'list after a bulk decision');
});

test('the steering committee approves the accepted list and sees when it changes', async () => {
  const steering = await newPage(browser);
  await signInWithLink(steering, await server.signInLinkFor('steering@asef.example'));
  await steering.goto(`${server.baseUrl}${LIST}?status=accepted`);
  assert.equal(await rows(steering).count(), 1);
  assert.equal(await steering.getByRole('checkbox').count(), 0);  // steering does not decide
  await expectNoAxeViolations(steering, 'steering view');
  await steering.getByLabel('Comment (optional)').fill('Fine for now.');
  const response = await submitForm(steering, steering.getByRole('button', { name: 'Approve this list (1 accepted)' }));
  assert.equal(response.status(), 303);
  assert.match(await textOf(steering.locator('p.approval')),
    /^Approved by Demo Steering Committee on .+ \(1 accepted\)\. Comment: “Fine for now\.”$/);
  assert.equal(await steering.getByText('The accepted list has not changed since.').count(), 1);
  await expectNoAxeViolations(steering, 'approved list');

  // The secretariat accepts one more: the approval is visibly stale for both.
  await secretariat.goto(`${server.baseUrl}${LIST}?status=applied&sort=name`);
  await rows(secretariat).first().getByRole('checkbox').check();
  await secretariat.getByRole('radio', { name: 'Accepted' }).check();
  await submitForm(secretariat, secretariat.getByRole('button', { name: 'Save the decision and tell the people' }));
  assert.equal(await secretariat.getByRole('button', { name: /^Approve this list/ }).count(), 0);
  assert.equal(await textOf(secretariat.locator('p.clashes')),
    'Changed since the approval: 1 added, 0 removed. The approval no longer matches the accepted list.');
  await steering.reload();
  assert.match(await textOf(steering.locator('p.clashes')), /^Changed since the approval: 1 added, 0 removed\./);
  await steering.context().close();
});

test('the export links download the filtered rows as CSV and XLSX', async () => {
  await secretariat.goto(`${server.baseUrl}${LIST}?status=waitlisted`);
  const [csv] = await Promise.all([secretariat.waitForEvent('download'),
    secretariat.getByRole('link', { name: 'Download these rows as CSV' }).click()]);
  assert.equal(csv.suggestedFilename(), 'applications-24.csv');
  const text = await streamText(await csv.createReadStream());
  const lines = text.split('\r\n').filter(Boolean);
  assert.equal(lines[0], '\ufeffId,Name,Name in Latin script,Family name,Organisation,Position,Country,Region,Sector,Gender,First choice,Status,Nominated or invited,E-mail');
  assert.equal(lines.length, 3);  // the header and the two waitlisted
  for (const line of lines.slice(1)) assert.match(line, /,Waitlisted,/);
  const [xlsx] = await Promise.all([secretariat.waitForEvent('download'),
    secretariat.getByRole('link', { name: 'Download these rows as Excel (XLSX)' }).click()]);
  assert.equal(xlsx.suggestedFilename(), 'applications-24.xlsx');
  const bytes = await streamBytes(await xlsx.createReadStream());
  assert.equal(bytes.subarray(0, 4).toString('binary'), 'PK\x03\x04');
});

async function streamBytes(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function streamText(stream) {
  return (await streamBytes(stream)).toString('utf8');
}
