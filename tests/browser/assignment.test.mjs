// Selection and working-group assignment of the demo's 24th edition (about 100 registrations, three
// working groups of 25-30): run the selection with its defaults, see the result with its
// charts, apply it after the confirmation as draft decisions, which the steering committee
// approves and the secretariat releases after a confirmation with the counts; run the assignment
// and follow its progress to the result (members, charts, choices, why not the first choice),
// move a person by hand and see the objective and the broken rules recomputed, publish. axe-core
// on every page; 320 px reflow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectNoAxeViolations, expectReflow, newPage, secretariatPage, signInWithLink, submitForm, textOf, useServerAndBrowser,
} from './server.mjs';

let server;
let browser;

useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

test('the secretariat selects, applies as drafts, releases after the approval, assigns, moves someone by hand and publishes', async () => {
  const page = await secretariatPage(browser, server);
  await page.goto(`${server.baseUrl}/manage/editions/24`);
  await Promise.all([page.waitForURL(/\/selection$/), page.getByRole('link', { name: 'Selection', exact: true }).click()]);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Selection of participants');
  assert.equal(await page.getByLabel('How many to select').inputValue(), '90');
  const pool = Number((await textOf(page.getByRole('main'))).match(/(\d+) people have registered/)[1]);
  assert.ok(pool > 90, `the demo has ${pool} registrations`);
  await expectNoAxeViolations(page, 'the selection page');
  await expectReflow(page, 'the selection page');

  // The run: progress (or, if the worker was quick, straight to the result), then the result.
  await submitForm(page, page.getByRole('button', { name: 'Run the selection' }));
  assert.match(await textOf(page.getByRole('heading', { level: 2 }).first()), /^Selection run \d+$/);
  await page.getByText(`90 of ${pool} selected`).waitFor({ timeout: 60_000 });
  assert.equal(await page.locator('main figure.share-chart svg[role="img"]').count(), 3);
  assert.match(await page.locator('main figure.share-chart svg').first().getAttribute('aria-label'),
    /^Gender\. Selected: Woman \d+ \(\d+ %\)/);
  assert.equal(await page.locator('main table').filter({ hasText: 'Score' }).first().locator('tbody tr').count(), 90);
  await expectNoAxeViolations(page, 'the selection result');
  await expectReflow(page, 'the selection result');

  await submitForm(page, page.getByRole('button', { name: 'Apply this selection…' }));
  assert.match(await textOf(page.getByRole('main')),
    new RegExp(`90 people will be proposed for acceptance and ${pool - 90} for the waiting list, as draft decisions\\. Nobody is written to yet`));
  await expectNoAxeViolations(page, 'the confirmation');
  await submitForm(page, page.getByRole('button', { name: 'Yes, apply as draft decisions' }));
  assert.equal(await textOf(page.getByRole('status').first()),
    `Selection applied as draft decisions for ${pool} registration(s). Nobody is written to until the steering ` +
    'committee has approved the list and the decisions are released on the applications page.');
  await expectNoAxeViolations(page, 'the selection applied as drafts');

  // The drafts wait on the applications page for the steering committee's approval.
  await page.getByRole('status').first().getByRole('link', { name: 'applications page' }).click();
  assert.equal(new URL(page.url()).pathname, '/manage/editions/24/applications');
  assert.match(await textOf(page.getByRole('main')), /90 registration\(s\) are accepted as the list stands \(draft decisions included\)\./);
  assert.equal(await textOf(page.locator('form', { hasText: 'wait to be released' })),
    `${pool} draft decision(s) wait to be released. Release the decisions…`);
  await expectNoAxeViolations(page, 'the applications with the drafts');

  const steering = await newPage(browser);
  await signInWithLink(steering, await server.signInLinkFor('steering@asef.example'));
  await steering.getByRole('main').getByRole('link', { name: /^24th edition/ }).click();
  await steering.getByRole('main').getByRole('link', { name: 'Applications', exact: true }).click();
  assert.equal(new URL(steering.url()).pathname, '/manage/editions/24/applications');
  await submitForm(steering, steering.getByRole('button', { name: 'Approve this list (90 accepted)' }));
  assert.equal(await textOf(steering.getByRole('status')), 'You approved the accepted list.');
  assert.match(await textOf(steering.getByRole('main')), /The list as it stands is approved\./);
  await expectNoAxeViolations(steering, 'the list approved by the steering committee');
  await steering.context().close();

  // The secretariat releases the decisions, with the approval.
  await page.reload();
  await submitForm(page, page.getByRole('button', { name: 'Release the decisions…' }));
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Release the decisions');
  assert.deepEqual(await page.locator('main p:has-text("become final") + ul > li').allInnerTexts(),
    ['Accepted: 90', `Waitlisted: ${pool - 90}`]);
  assert.match(await textOf(page.getByRole('main')), new RegExp(`${pool} e-mail\\(s\\) will be sent, one to each person whose status changes\\.`));
  assert.match(await textOf(page.getByRole('main')), /The steering committee approved the list as it stands \(1 member\(s\)\)\./);
  await expectNoAxeViolations(page, 'the release confirmation');
  await submitForm(page, page.getByRole('button', { name: `Release ${pool} decision(s) and send ${pool} e-mail(s)` }));
  assert.equal(await textOf(page.getByRole('status').first()),
    `${pool} decision(s) released; the people whose status changed are being written to.`);
  assert.match(await textOf(page.locator('main p', { hasText: 'Showing' })), new RegExp(`Applied 0, Accepted 90, Waitlisted ${pool - 90},`));

  // The assignment, from the edition's page.
  await page.getByRole('link', { name: '24th edition' }).click();
  await Promise.all([page.waitForURL(/\/assignment$/), page.getByRole('link', { name: 'Working-group assignment' }).click()]);
  assert.match(await textOf(page.getByRole('main')), /90 people are accepted\./);
  await expectNoAxeViolations(page, 'the assignment page before a run');
  await submitForm(page, page.getByRole('button', { name: 'Run the assignment' }));
  assert.match(await textOf(page.getByRole('heading', { level: 2 }).first()), /^Assignment job \d+$/);
  await expectNoAxeViolations(page, 'the assignment progress');
  await page.getByRole('heading', { level: 2, name: /^Assignment \d+ \(draft/ }).waitFor({ timeout: 60_000 });
  const objective = await textOf(page.locator('#objective'));
  assert.match(objective, /^\d+$/);
  assert.equal(await page.locator('main figure.share-chart svg[role="img"]').count(), 4);  // choices + 3 shares
  const groups = await page.getByRole('heading', { level: 4 }).allInnerTexts();
  assert.equal(groups.length, 3);
  let members = 0;
  for (const g of groups) {
    const m = g.match(/: (\d+) members \(allowed 25–30\)$/);
    assert.ok(m, g);
    members += Number(m[1]);
    assert.ok(Number(m[1]) >= 25 && Number(m[1]) <= 30, g);
  }
  assert.equal(members, 90);
  const firstChoices = Number(await textOf(page.locator('main tr', { hasText: '1st choice' }).first().locator('td')));
  const whyNot = page.locator('table', { hasText: 'Moving them alone' }).locator('tbody tr');
  assert.equal(await whyNot.count(), 90 - firstChoices);
  if (90 - firstChoices > 0) assert.match(await textOf(whyNot.first()), /(Swap with .+: [+−±]\d+\.|No exchange)/);
  await expectNoAxeViolations(page, 'the assignment result');
  await expectReflow(page, 'the assignment result');

  // Hand moves: one person from the first group to the second (every group holds 30, so a
  // size limit breaks at once and publishing is refused), then one back the other way.
  const move = async (from, to) => {
    const person = page.getByLabel('Person');
    const option = person.locator('option', { hasText: `(${from})` }).first();
    await person.selectOption(await option.getAttribute('value'));
    await page.getByLabel('Move to').selectOption({ label: to });
    await submitForm(page, page.getByRole('button', { name: 'Move', exact: true }));
    assert.match(await textOf(page.getByRole('status').first()), /^Moved\./);
  };
  await move('Freedom of Expression Online', 'Privacy and Surveillance');
  const broken = await textOf(page.locator('#breaches'));
  assert.match(broken, /Size limit \(must hold to publish\): Privacy and Surveillance has 31 members; it allows 25 to 30\./);
  assert.match(await textOf(page.locator('#objective')), /^\d+$/);
  await expectNoAxeViolations(page, 'the assignment after a hand move');
  await submitForm(page, page.getByRole('button', { name: 'Publish this assignment…' }));
  assert.match(await textOf(page.getByRole('main')), /Every group must be within its size limits before publishing/);
  await expectNoAxeViolations(page, 'the refused publication');
  await page.goBack();
  await move('Privacy and Surveillance', 'Freedom of Expression Online');
  assert.doesNotMatch(await textOf(page.locator('#breaches')), /Size limit/);

  // Sending to 90 people takes a confirmation that says what will happen.
  await submitForm(page, page.getByRole('button', { name: 'Publish this assignment…' }));
  assert.equal(await textOf(page.locator('h1')), 'Publish the assignment');
  assert.match(await textOf(page.getByRole('main')), /90 people get their first working group\./);
  await expectNoAxeViolations(page, 'the publication confirmation');
  await submitForm(page, page.getByRole('button', { name: 'Publish and send 90 e-mail(s)' }));
  assert.match(await textOf(page.getByRole('status').first()), /^Published: 90 people were placed/);
  assert.equal(await page.getByRole('button', { name: 'Publish the changes…' }).count(), 1);
  await expectNoAxeViolations(page, 'the published assignment');
});
