// The selection's scores and rules as the secretariat uses them on the demo's 24th edition:
// scores typed in the table (a bad one refused with the person named and everything kept), a CSV
// file of scores (a bad line refuses the whole file, a good one is saved), the ASEM formula as
// per-partner rules, and the run's published lottery seed with how to repeat it. axe-core on
// every page reached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, secretariatPage, submitForm, textOf, useServerAndBrowser } from './server.mjs';

let server;
let browser;

useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

test('scores in the table and from a CSV file, the ASEM formula and the published lottery', async () => {
  const page = await secretariatPage(browser, server);
  await page.goto(`${server.baseUrl}/manage/editions/24`);
  await page.getByRole('link', { name: 'Selection', exact: true }).click();
  assert.equal(new URL(page.url()).pathname, '/manage/editions/24/selection');
  const rows = page.getByRole('region', { name: 'Registrations and scores' }).locator('tbody tr');
  const first = await rows.nth(0).locator('td').allInnerTexts();
  const second = await rows.nth(1).locator('td').allInnerTexts();
  const [firstId, firstName] = first;
  const [secondId, secondName] = second;

  // Typed in the table: a bad score names the person and keeps every value typed.
  await page.getByLabel(`Score of ${firstName}`, { exact: true }).fill('7');
  await page.getByLabel(`Score of ${secondName}`, { exact: true }).fill('lots');
  const refused = await submitForm(page, page.getByRole('button', { name: 'Save the scores' }));
  assert.equal(refused.status(), 422);
  assert.equal(await textOf(page.locator('.error-summary li')),
    `The score of ${secondName} ("lots") must be a whole number from -10000 to 10000 (empty counts as 0).`);
  assert.equal(await page.getByLabel(`Score of ${firstName}`, { exact: true }).inputValue(), '7');
  assert.equal(await page.getByLabel(`Score of ${secondName}`, { exact: true }).getAttribute('aria-invalid'), 'true');
  await expectNoAxeViolations(page, 'a refused score');
  await page.getByLabel(`Score of ${secondName}`, { exact: true }).fill('3');
  const saved = await submitForm(page, page.getByRole('button', { name: 'Save the scores' }));
  assert.equal(saved.status(), 303);
  assert.equal(await textOf(page.getByRole('status')), 'Scores saved.');
  assert.equal(await page.getByLabel(`Score of ${firstName}`, { exact: true }).inputValue(), '7');

  // From a CSV file: a bad line refuses the whole file; then a good one is saved.
  const file = page.getByLabel('Scores as a CSV file: one line "registration,score" per person (a header line is skipped)');
  await file.setInputFiles({ name: 'scores.csv', mimeType: 'text/csv',
    buffer: Buffer.from(`registration,score\r\n${firstId},20\r\n${secondId},many\r\n`) });
  const bad = await submitForm(page, page.getByRole('button', { name: 'Upload the scores' }));
  assert.equal(bad.status(), 422);
  assert.equal(await textOf(page.locator('.error-summary li')),
    `scores.csv: Line 3 ("${secondId},many") is not "registration id,score" with a whole-number score from -10000 to 10000; correct or remove it.`);
  assert.equal(await page.getByLabel(`Score of ${firstName}`, { exact: true }).inputValue(), '7', 'nothing was saved');
  await expectNoAxeViolations(page, 'a refused score file');
  await file.setInputFiles({ name: 'scores.csv', mimeType: 'text/csv',
    buffer: Buffer.from(`registration,score\r\n${firstId},20\r\n${secondId},-5\r\n`) });
  assert.equal((await submitForm(page, page.getByRole('button', { name: 'Upload the scores' }))).status(), 303);
  assert.equal(await textOf(page.getByRole('status')), 'Scores saved for 2 registration(s) from the file.');
  assert.equal(await page.getByLabel(`Score of ${firstName}`, { exact: true }).inputValue(), '20');
  assert.equal(await page.getByLabel(`Score of ${secondName}`, { exact: true }).inputValue(), '-5');

  // The ASEM formula: one official and one or two civil-society participants per partner.
  await page.getByLabel('At least (government officials per partner)').fill('1');
  await page.getByLabel('At most (government officials per partner)').fill('1');
  await page.getByLabel('At least (civil-society participants per partner)').fill('1');
  await page.getByLabel('At most (civil-society participants per partner)').fill('2');
  await expectNoAxeViolations(page, 'the rules with the ASEM formula');
  await submitForm(page, page.getByRole('button', { name: 'Run the selection' }));
  // The demo's partners do not all have an official and a civil-society applicant: the page
  // says which rules to loosen, in words, never in the engine's names.
  await page.getByText('No selection meets every rule').first().waitFor({ timeout: 60_000 });
  const infeasible = page.locator('main .clashes');
  assert.equal(await textOf(infeasible.locator('p').first()),
    'The rules cannot all be met at once; the smallest change to them that makes a selection possible is below.');
  const changes = await infeasible.locator('li').allInnerTexts();
  assert.ok(changes.length > 0);
  for (const change of changes) {
    assert.match(change, /^(Select at least \d+ instead of \d+ (civil-society participants|government officials) from [^.]+|Allow \d+ instead of \d+ (civil-society participants|government officials) from [^.]+)\.$/);
  }
  assert.doesNotMatch(await textOf(page.getByRole('main')), /partner_sector|country=/);
  await expectNoAxeViolations(page, 'the selection run with the ASEM formula');

  // With the default rules the run finds a selection and publishes its seed.
  await page.goto(`${server.baseUrl}/manage/editions/24/selection`);
  await submitForm(page, page.getByRole('button', { name: 'Run the selection' }));
  await page.locator('main p', { hasText: 'a lottery decided' }).waitFor({ timeout: 60_000 });
  assert.match(await textOf(page.locator('main p', { hasText: 'a lottery decided' })),
    /^Among people with equal scores, a lottery decided with the published seed [A-Za-z0-9_-]{16}: /);
  await expectNoAxeViolations(page, 'the selection result with its lottery');
});
