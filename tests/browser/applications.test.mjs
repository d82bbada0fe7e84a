// The secretariat's applications page for the demo's 24th edition (108 registrations, all
// applied): filtering and sorting without JavaScript, a decision on one registration and a bulk
// decision from the list, both drafts (no history, no message) until released; the steering
// committee approving the list or asking for changes, its word going stale when the list changes;
// the release with the approval, after which the history and the message are there; the CSV and
// XLSX downloads (the released status, not the draft). axe-core on every page reached, and
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
const main = (page) => page.getByRole('main');
const fact = (page, term) => page.locator(`dl.facts dt:text-is("${term}") + dd`);
const history_ = (page) => page.locator('table').filter({ hasText: 'Every status' }).locator('tbody tr');
const decisionMails = (page) => page.locator('table').filter({ hasText: 'E-mails to' }).locator('tbody tr', { hasText: 'Your participation in' });
// Elements after the heading of the "Steering committee approval" section.
const approval = (page, selector) => page.locator(`main #approval ~ ${selector}`);

// The registration decided on in the first decision test (its page, for after the release).
let decidedPath;

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

test('a decision on one registration is a draft: no history and no message until it is released', async () => {
  await secretariat.goto(`${server.baseUrl}${LIST}?sort=name`);
  const first = rows(secretariat).first().locator('td:nth-child(2) a');
  const name = await first.innerText();
  await first.click();
  assert.equal(await secretariat.getByRole('heading', { level: 1 }).innerText(), name);
  decidedPath = new URL(secretariat.url()).pathname;
  await expectNoAxeViolations(secretariat, 'registration detail');
  await expectReflow(secretariat, 'registration detail');

  // No decision chosen: refused, the reason kept.
  await secretariat.getByLabel(/^Reason/).fill('Strong regional profile');
  let response = await submitForm(secretariat, secretariat.getByRole('button', { name: 'Save the decision as a draft' }));
  assert.equal(response.status(), 422);
  assert.equal(await textOf(secretariat.locator('.error-summary li')), 'Choose a decision: accept, waitlist or decline.');
  assert.equal(await secretariat.getByLabel(/^Reason/).inputValue(), 'Strong regional profile');
  await expectNoAxeViolations(secretariat, 'refused decision');

  // Saved as a draft: the released status, the history and the messages stay as they were.
  await secretariat.getByRole('radio', { name: 'Accepted' }).check();
  response = await submitForm(secretariat, secretariat.getByRole('button', { name: 'Save the decision as a draft' }));
  assert.equal(response.status(), 303);
  assert.equal(await textOf(secretariat.getByRole('status')),
    'Decision saved as a draft. The person is written to (without the reason) when the decisions are released on the applications page.');
  assert.equal(await textOf(fact(secretariat, 'Status')), 'Applied');
  assert.equal(await textOf(fact(secretariat, 'Internal reason')), 'None recorded');
  assert.equal(await textOf(fact(secretariat, 'Draft decision (not released)')), 'Accepted; reason: Strong regional profile');
  const history = await history_(secretariat).allInnerTexts();
  assert.equal(history.length, 1);
  assert.match(history[0], /Applied/);
  assert.equal(await decisionMails(secretariat).count(), 0);
  await expectNoAxeViolations(secretariat, 'registration with a draft decision');

  // The list shows the draft, and the secretariat is offered to release it.
  await secretariat.getByRole('link', { name: 'Applications to the 24th edition' }).click();
  assert.equal(new URL(secretariat.url()).pathname, LIST);
  const row = rows(secretariat).filter({ has: secretariat.getByRole('link', { name, exact: true }) });
  assert.equal(await textOf(row.locator('td:nth-child(9)')), 'Accepted (draft)');
  assert.equal(await textOf(secretariat.locator('form', { hasText: 'wait to be released' })),
    '1 draft decision(s) wait to be released. Release the decisions…');
});

test('a bulk decision from the list proposes the waiting list for the ticked registrations', async () => {
  await secretariat.goto(`${server.baseUrl}${LIST}?region=Asia&sort=name`);
  const names = await rows(secretariat).locator('td:nth-child(2) a').allInnerTexts();
  await rows(secretariat).nth(1).getByRole('checkbox').check();
  await rows(secretariat).nth(2).getByRole('checkbox').check();
  await secretariat.getByRole('radio', { name: 'Waitlisted' }).check();
  await secretariat.getByLabel(/^Reason/).fill('Second round');
  const response = await submitForm(secretariat, secretariat.getByRole('button', { name: 'Save the decision as a draft' }));
  assert.equal(response.status(), 303);
  assert.equal(await textOf(secretariat.getByRole('status')),
    'Decision saved as a draft for 2 registration(s). Nobody is written to until the decisions are released.');
  assert.equal(new URL(secretariat.url()).searchParams.get('region'), 'Asia');
  const statuses = await rows(secretariat).locator('td:nth-child(9)').allInnerTexts();
  assert.deepEqual(statuses.slice(1, 3), ['Waitlisted (draft)', 'Waitlisted (draft)']);
  assert.deepEqual(await rows(secretariat).locator('td:nth-child(2) a').allInnerTexts(), names);
  assert.equal(await textOf(secretariat.locator('form', { hasText: 'wait to be released' })),
    '3 draft decision(s) wait to be released. Release the decisions…');
  await expectNoAxeViolations(secretariat, 'list after a bulk decision');

  // The released status is unchanged: the draft shows on the registration's page.
  await rows(secretariat).nth(1).locator('td:nth-child(2) a').click();
  assert.equal(await textOf(fact(secretariat, 'Status')), 'Applied');
  assert.equal(await textOf(fact(secretariat, 'Draft decision (not released)')), 'Waitlisted; reason: Second round');
  assert.equal(await history_(secretariat).count(), 1);
});

test('the steering committee approves the accepted list or asks for changes, sees when it changes, and the secretariat releases it', async () => {
  const steering = await newPage(browser);
  await signInWithLink(steering, await server.signInLinkFor('steering@asef.example'));
  await steering.goto(`${server.baseUrl}${LIST}?status=accepted`);
  assert.equal(await rows(steering).count(), 1);
  assert.equal(await textOf(rows(steering).locator('td:nth-child(8)')), 'Accepted (draft)');  // no checkbox column
  assert.equal(await steering.getByRole('checkbox').count(), 0);  // steering does not decide
  assert.equal(await steering.getByRole('button', { name: /^Release the decisions/ }).count(), 0);  // nor release
  assert.equal(await textOf(approval(steering, 'p').first()),
    '1 registration(s) are accepted as the list stands (draft decisions included). Decisions are drafts until the ' +
    'secretariat releases them; the steering committee approves the list first.');
  assert.equal(await approval(steering, 'p:text-is("The steering committee has not given its word on the accepted list yet.")').count(), 1);
  await expectNoAxeViolations(steering, 'steering view');

  // Approve.
  await steering.getByLabel('Comment (needed when you ask for changes)').fill('Fine for now.');
  let response = await submitForm(steering, steering.getByRole('button', { name: 'Approve this list (1 accepted)' }));
  assert.equal(response.status(), 303);
  assert.equal(await textOf(steering.getByRole('status')), 'You approved the accepted list.');
  assert.match(await textOf(steering.locator('p.approval')),
    /^Approved by Demo Steering Committee on .+\. Comment: “Fine for now\.”$/);
  assert.equal(await approval(steering, 'p:text-is("The list as it stands is approved.")').count(), 1);
  await expectNoAxeViolations(steering, 'approved list');

  // Ask for changes: a comment is needed; the latest word replaces the approval.
  response = await submitForm(steering, steering.getByRole('button', { name: 'Ask for changes' }));
  assert.equal(response.status(), 422);
  const needed = 'Say which changes you ask for: the secretariat reads the comment.';
  assert.equal(await textOf(steering.locator('.error-summary li')), needed);
  assert.equal(await textOf(steering.locator('main .field-error')), needed);
  assert.equal(await steering.getByLabel('Comment (needed when you ask for changes)').getAttribute('aria-invalid'), 'true');
  await expectNoAxeViolations(steering, 'refused request for changes');
  await steering.getByLabel('Comment (needed when you ask for changes)').fill('Add someone from Central Asia.');
  response = await submitForm(steering, steering.getByRole('button', { name: 'Ask for changes' }));
  assert.equal(response.status(), 303);
  assert.equal(await textOf(steering.getByRole('status')),
    'Your request for changes is recorded; the secretariat sees it with your comment.');
  const asked = /^Changes asked by Demo Steering Committee on .+: “Add someone from Central Asia\.”$/;
  assert.match(await textOf(approval(steering, 'p.clashes')), asked);
  assert.equal(await steering.locator('p.approval').count(), 0);
  assert.equal(await steering.getByText('The list as it stands is approved.').count(), 0);
  await expectNoAxeViolations(steering, 'changes asked');

  // The secretariat sees the request, on the list and before releasing.
  await secretariat.goto(`${server.baseUrl}${LIST}`);
  assert.match(await textOf(approval(secretariat, 'p.clashes')), asked);
  await submitForm(secretariat, secretariat.getByRole('button', { name: 'Release the decisions…' }));
  assert.equal(await textOf(secretariat.getByRole('heading', { level: 1 })), 'Release the decisions');
  assert.equal(await textOf(main(secretariat).locator('p.clashes')), 'The steering committee has not approved the list as it stands.');
  assert.equal(await main(secretariat).getByText('Changes asked by Demo Steering Committee: “Add someone from Central Asia.”').count(), 1);
  assert.equal(await secretariat.getByLabel('Why release without their approval (recorded in the audit log)').count(), 1);
  await expectNoAxeViolations(secretariat, 'release confirmation without approval');
  await main(secretariat).getByRole('link', { name: 'Cancel' }).click();
  assert.equal(new URL(secretariat.url()).pathname, LIST);

  // The secretariat accepts one more: the word on the earlier list no longer counts, for both.
  await secretariat.goto(`${server.baseUrl}${LIST}?status=applied&sort=name`);
  await rows(secretariat).first().getByRole('checkbox').check();
  await secretariat.getByRole('radio', { name: 'Accepted' }).check();
  await submitForm(secretariat, secretariat.getByRole('button', { name: 'Save the decision as a draft' }));
  assert.equal(await secretariat.getByRole('button', { name: /^Approve this list/ }).count(), 0);
  const stale = "Changed since Demo Steering Committee's last word on it: 1 added, 0 removed. The list needs approval again.";
  assert.equal(await textOf(approval(secretariat, 'p.clashes')), stale);
  await steering.goto(`${server.baseUrl}${LIST}`);
  assert.equal(await textOf(approval(steering, 'p.clashes')), stale);
  assert.equal(await approval(steering, 'p.clashes').filter({ hasText: /^Changes asked by/ }).count(), 0);
  await expectNoAxeViolations(steering, 'list changed since the last word');

  // The steering committee approves the list as it stands now.
  response = await submitForm(steering, steering.getByRole('button', { name: 'Approve this list (2 accepted)' }));
  assert.equal(response.status(), 303);
  assert.match(await textOf(steering.locator('p.approval')), /^Approved by Demo Steering Committee on .+\.$/);
  assert.equal(await approval(steering, 'p.clashes').count(), 0);
  assert.equal(await approval(steering, 'p:text-is("The list as it stands is approved.")').count(), 1);
  await steering.context().close();

  // The secretariat releases the four drafts, with the approval.
  await secretariat.goto(`${server.baseUrl}${LIST}`);
  assert.equal(await approval(secretariat, 'p:text-is("The list as it stands is approved.")').count(), 1);
  assert.equal(await textOf(secretariat.locator('form', { hasText: 'wait to be released' })),
    '4 draft decision(s) wait to be released. Release the decisions…');
  response = await submitForm(secretariat, secretariat.getByRole('button', { name: 'Release the decisions…' }));
  assert.equal(response.status(), 200);
  assert.equal(new URL(secretariat.url()).pathname, `${LIST}/release`);
  assert.equal(await textOf(secretariat.getByRole('heading', { level: 1 })), 'Release the decisions');
  assert.equal(await textOf(main(secretariat).locator('p', { hasText: 'become final' })), '4 draft decision(s) become final:');
  assert.deepEqual(await main(secretariat).locator('p:has-text("become final") + ul > li').allInnerTexts(),
    ['Accepted: 2', 'Waitlisted: 2']);
  assert.match(await textOf(main(secretariat).locator('p', { hasText: 'will be sent' })),
    /^4 e-mail\(s\) will be sent, one to each person whose status changes\./);
  assert.equal(await main(secretariat).getByText('The steering committee approved the list as it stands (1 member(s)).', { exact: true }).count(), 1);
  assert.equal(await main(secretariat).getByRole('textbox').count(), 0);  // no reason needed
  await expectNoAxeViolations(secretariat, 'release confirmation with approval');
  response = await submitForm(secretariat, main(secretariat).getByRole('button', { name: 'Release 4 decision(s) and send 4 e-mail(s)' }));
  assert.equal(response.status(), 303);
  assert.equal(await textOf(secretariat.getByRole('status')),
    '4 decision(s) released; the people whose status changed are being written to.');
  assert.equal(await secretariat.getByRole('button', { name: /^Release the decisions/ }).count(), 0);
  assert.match(await summary(secretariat), /Applied 104, Accepted 2, Waitlisted 2, Declined 0, Withdrawn 0\.$/);
  assert.equal(await approval(secretariat, 'p:text-is("The list as it stands is approved.")').count(), 1);
  await expectNoAxeViolations(secretariat, 'list after the release');
  await secretariat.goto(`${server.baseUrl}${LIST}?status=accepted`);
  assert.deepEqual(await rows(secretariat).locator('td:nth-child(9)').allInnerTexts(), ['Accepted', 'Accepted']);

  // Released: the first decision is final, in the history, and its message waits to be sent.
  await secretariat.goto(`${server.baseUrl}${decidedPath}`);
  assert.equal(await textOf(fact(secretariat, 'Status')), 'Accepted');
  assert.equal(await textOf(fact(secretariat, 'Internal reason')), 'Strong regional profile');
  assert.equal(await fact(secretariat, 'Draft decision (not released)').count(), 0);
  const history = await history_(secretariat).allInnerTexts();
  assert.equal(history.length, 2);
  assert.match(history[1], /Accepted\s+Demo Secretariat\s+Strong regional profile/);
  assert.equal(await decisionMails(secretariat).count(), 1);
  assert.match(await textOf(decisionMails(secretariat)),
    /^Your participation in the 24th Informal ASEM Seminar on Human Rights, Ulaanbaatar: accepted Waiting to be sent/);
  await expectNoAxeViolations(secretariat, 'released decision');
});

test('the export links download the filtered rows as CSV and XLSX', async () => {
  await secretariat.goto(`${server.baseUrl}${LIST}?status=waitlisted`);
  const [csv] = await Promise.all([secretariat.waitForEvent('download'),
    secretariat.getByRole('link', { name: 'Download these rows as CSV' }).click()]);
  assert.equal(csv.suggestedFilename(), 'applications-24.csv');
  const text = await streamText(await csv.createReadStream());
  const lines = text.split('\r\n').filter(Boolean);
  assert.equal(lines[0], '\ufeffId,Name,Name in Latin script,Family name,Organisation,Position,Country,Region,Sector,Gender,First choice,Status,Nominated or invited,E-mail');
  assert.equal(lines.length, 3);  // the header and the two waitlisted (released)
  for (const line of lines.slice(1)) assert.match(line, /,Waitlisted,/);
  const [xlsx] = await Promise.all([secretariat.waitForEvent('download'),
    secretariat.getByRole('link', { name: 'Download these rows as Excel (XLSX)' }).click()]);
  assert.equal(xlsx.suggestedFilename(), 'applications-24.xlsx');
  const bytes = await streamBytes(await xlsx.createReadStream());
  assert.equal(bytes.subarray(0, 4).toString('binary'), 'PK\x03\x04');

  // A draft decision is not exported: the row keeps the released status until the release.
  const first = rows(secretariat).first();
  const id = (await first.locator('td:nth-child(2) a').getAttribute('href')).split('/').pop();
  await first.getByRole('checkbox').check();
  await secretariat.getByRole('radio', { name: 'Accepted' }).check();
  await submitForm(secretariat, secretariat.getByRole('button', { name: 'Save the decision as a draft' }));
  await secretariat.goto(`${server.baseUrl}${LIST}`);
  const drafted = rows(secretariat).filter({ has: secretariat.locator(`a[href$="/applications/${id}"]`) });
  assert.equal(await textOf(drafted.locator('td:nth-child(9)')), 'Accepted (draft)');
  const [all] = await Promise.all([secretariat.waitForEvent('download'),
    secretariat.getByRole('link', { name: 'Download these rows as CSV' }).click()]);
  const allLines = (await streamText(await all.createReadStream())).split('\r\n').filter(Boolean);
  assert.equal(allLines.length, 109);  // the header and every registration
  const line = allLines.filter((l) => l.startsWith(`${id},`));
  assert.equal(line.length, 1);
  assert.match(line[0], /,Waitlisted,/);
});

async function streamBytes(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function streamText(stream) {
  return (await streamBytes(stream)).toString('utf8');
}
