// The secretariat creates an edition: a rejected form comes back with every error next to its
// field and everything typed kept; corrected, it is saved and published in its own time zone.
// Then the background paper upload, refusing what is not a PDF, and a working group in use
// with a member removed only once the secretariat says where its member, sessions and appointed
// people go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  expectFocus, expectNoAxeViolations, textOf, newPage, signInWithLink, submitForm, useServerAndBrowser, secretariatPage,
} from './server.mjs';
import { edition25, fillEditionForm, expectEditionForm } from './edition_form.mjs';

let server;
let browser;
let page;

useServerAndBrowser(async (s, b) => {
  server = s;
  browser = b;
  page = await secretariatPage(b, s);
});

const END_BEFORE_START = 'The last day (2028-05-14) is before the first day (2028-05-16); swap them or correct one.';
const DEADLINE_AFTER_START = 'The registration deadline must fall before the seminar opens on 16 May 2028; set it at least a day earlier.';

// The error shown for a field: its aria-describedby target, which must sit in the field's own group.
async function fieldError(field) {
  assert.equal(await field.getAttribute('aria-invalid'), 'true', 'the field is marked invalid');
  const id = await field.getAttribute('aria-describedby');
  assert.ok(id, 'the field points to its error message');
  const message = page.locator(`[id="${id}"]`);
  const group = field.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " field ")][1]');
  assert.equal(await group.locator(`[id="${id}"]`).count(), 1,
    'the message is next to its field');
  return textOf(message);
}

test('an edition with its dates the wrong way round comes back with both errors and everything typed', async () => {
  await Promise.all([
    page.waitForURL(`${server.baseUrl}/manage/editions/new`),
    page.getByRole('link', { name: 'New edition' }).click(),
  ]);
  const data = edition25();
  await fillEditionForm(page, data);
  const response = await submitForm(page, page.getByRole('button', { name: 'Save the edition' }));
  assert.equal(response.status(), 422);
  assert.equal(new URL(page.url()).pathname, '/manage/editions');

  const summary = page.locator('#error-summary');
  assert.equal(await summary.getAttribute('role'), 'alert');
  // The summary takes the focus, so keyboard and screen-reader users start from it.
  await expectFocus(summary, 'the summary has the focus');
  assert.equal(await textOf(summary.getByRole('heading')), '2 thing(s) to correct before this can be saved');
  const links = summary.getByRole('link');
  assert.deepEqual(await links.allInnerTexts(), [END_BEFORE_START, DEADLINE_AFTER_START]);
  assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ['#end_date', '#registration_deadline']);

  assert.equal(await fieldError(page.getByLabel('Last day (YYYY-MM-DD, local)')), END_BEFORE_START);
  assert.equal(await fieldError(page.getByLabel("Registration deadline (YYYY-MM-DD HH:MM in the edition's time zone)")),
    DEADLINE_AFTER_START);
  assert.equal(await page.locator('[aria-invalid="true"]').count(), 2, 'only the two wrong fields are marked invalid');

  await expectEditionForm(page, data);
  await expectNoAxeViolations(page, 'the rejected edition form');

  // Following a link in the summary brings the reader to the field.
  await page.locator('#error-summary a[href="#end_date"]').click();
  assert.equal(new URL(page.url()).hash, '#end_date');
  assert.ok(await page.locator('#end_date').isVisible());

  // Correct the two fields and save.
  await page.getByLabel('Last day (YYYY-MM-DD, local)').fill('2028-05-18');
  await page.getByLabel("Registration deadline (YYYY-MM-DD HH:MM in the edition's time zone)").fill('2028-04-30 23:59');
  const saved = await submitForm(page, page.getByRole('button', { name: 'Save the edition' }));
  assert.equal(saved.status(), 303);
  assert.equal(page.url(), `${server.baseUrl}/manage/editions/25?saved=1`);
  assert.equal(await textOf(page.getByRole('status')), 'Saved.');
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), '25th edition: Human Rights & Migration <in> "Europe"');
  assert.deepEqual(await page.locator('h2:has-text("Working groups") + ul > li').allInnerTexts(), [
    'Labour Migration (20–28 participants)',
    'Statelessness (15–25 participants)',
    'Climate Displacement (10–20 participants)',
    'สิทธิของผู้ลี้ภัย (12–18 participants)',
  ]);

  // The public page gives the deadline in the edition's own zone and names the zone.
  await page.goto(`${server.baseUrl}/editions/25`);
  const facts = page.locator('dl.facts');
  assert.equal(await textOf(facts.locator('dt:has-text("Dates") + dd')), '16-18 May 2028');
  assert.equal(await textOf(facts.locator('dt:has-text("Place") + dd')), 'Tallinn, Estonia and online');
  assert.equal(await textOf(facts.locator('dt:has-text("Format") + dd')), 'Hybrid');
  assert.equal(await textOf(facts.locator('dt:has-text("Time zone") + dd')), 'All times are Europe/Tallinn unless stated.');
  assert.equal(await textOf(facts.locator('dt:has-text("Registration deadline") + dd')),
    '30 April 2028, 23:59 Tallinn time (Europe/Tallinn, UTC+03:00)');
  assert.deepEqual(await facts.locator('dt:has-text("Hosted by") + dd li').allInnerTexts(),
    ['Ministry of Foreign Affairs of Estonia', 'Улаанбаатар хотын захиргаа']);
  assert.deepEqual(await page.locator('h2:has-text("Concept note") ~ p').first().innerText(),
    'First paragraph: mobility & rights.');
  assert.equal(await page.locator('section.working-group').count(), 4);

  // The edit form shows the saved edition exactly as typed, line breaks included.
  await page.goto(`${server.baseUrl}/manage/editions/25/edit`);
  await expectEditionForm(page, { ...data, end_date: '2028-05-18', registration_deadline: '2028-04-30 23:59' });
});

test('a second edition numbered 24 is refused with a message on the number field', async () => {
  await page.goto(`${server.baseUrl}/manage/editions/new`);
  const data = { ...edition25(), number: '24', end_date: '2028-05-18', registration_deadline: '2028-04-30 23:59' };
  await fillEditionForm(page, data);
  const response = await submitForm(page, page.getByRole('button', { name: 'Save the edition' }));
  assert.equal(response.status(), 409);
  const message = 'Edition number 24 is taken; choose another number or edit that edition.';
  assert.equal(await fieldError(page.getByLabel('Number', { exact: true })), message);
  assert.deepEqual(await page.locator('#error-summary a').allInnerTexts(), [message]);
  assert.equal(await page.locator('#error-summary a').getAttribute('href'), '#number');
  await expectEditionForm(page, data);
  // The 24th edition is unchanged.
  await page.goto(`${server.baseUrl}/editions/24`);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Human Rights & Digital Civic Space');
});

// Every link in the error summary leads to exactly one element, and no id is used twice.
async function expectSummaryLeadsToFields() {
  const hrefs = await page.locator('#error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 0, 'the summary has links');
  for (const href of hrefs) {
    assert.equal(await page.locator(`[id="${href.slice(1)}"]`).count(), 1, `the summary link ${href} leads to one element`);
  }
  const duplicates = await page.evaluate(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  assert.deepEqual(duplicates, [], 'every id is unique');
}

test('an empty form: every error in the summary leads to its field, and axe passes', async () => {
  await page.goto(`${server.baseUrl}/manage/editions/new`);
  // "In person" is chosen by default; clear it so that no format is sent either.
  await page.getByRole('radio', { name: 'In person', exact: true }).evaluate((radio) => { radio.checked = false; });
  const response = await submitForm(page, page.getByRole('button', { name: 'Save the edition' }));
  assert.equal(response.status(), 422);
  const count = await page.locator('#error-summary a').count();
  assert.ok(count >= 8, `an empty form has many errors (${count})`);
  assert.equal(await textOf(page.locator('#error-summary h2')), `${count} thing(s) to correct before this can be saved`);
  await expectSummaryLeadsToFields();
  // No format was chosen: the radio group is described by its error.
  const format = page.getByRole('group', { name: 'Format', exact: true });
  const describedBy = await format.getAttribute('aria-describedby');
  assert.ok(describedBy, 'the format group points to its error');
  assert.equal(await textOf(page.locator(`[id="${describedBy}"]`)), 'Choose in person, online or hybrid.');
  assert.equal(await page.locator('#error-summary a', { hasText: 'Choose in person, online or hybrid.' }).count(), 1);
  await expectNoAxeViolations(page, 'the empty edition form, rejected');
});

test('two people edit the 24th edition at once: the second save is refused, with what they typed kept', async () => {
  const first = await page.context().newPage();
  const second = await page.context().newPage();
  try {
    await first.goto(`${server.baseUrl}/manage/editions/24/edit`);
    await second.goto(`${server.baseUrl}/manage/editions/24/edit`);
    assert.equal(await textOf(first.getByRole('heading', { level: 1 })), 'Edit the 24th edition');
    assert.equal(await first.getByLabel('Topic', { exact: true }).inputValue(), 'Human Rights & Digital Civic Space');

    await first.getByLabel('Venue', { exact: true }).fill('Government Palace, Ulaanbaatar');
    const saved = await submitForm(first, first.getByRole('button', { name: 'Save the edition' }));
    assert.equal(saved.status(), 303);
    assert.equal(first.url(), `${server.baseUrl}/manage/editions/24?saved=1`);

    await second.getByLabel('Venue', { exact: true }).fill('State Opera House, Ulaanbaatar');
    const refused = await submitForm(second, second.getByRole('button', { name: 'Save the edition' }));
    assert.equal(refused.status(), 409);
    const alert = second.getByRole('alert');
    assert.equal(await textOf(alert), 'Not saved Someone else saved this edition while you were editing it. ' +
      'Reload the page to see their changes, then make yours again.');
    await expectFocus(alert, 'the message has the focus');
    assert.equal(await second.getByLabel('Venue', { exact: true }).inputValue(), 'State Opera House, Ulaanbaatar');
    await expectNoAxeViolations(second, 'the edit form refused for a conflict');

    await second.goto(`${server.baseUrl}/editions/24`);
    assert.equal(await textOf(second.locator('dl.facts dt:has-text("Venue") + dd')), 'Government Palace, Ulaanbaatar');
  } finally {
    await first.close();
    await second.close();
  }
});

// A smallest valid PDF: header, one empty page, cross-reference table, trailer, end marker.
function tinyPdf() {
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n',
  ];
  let body = '%PDF-1.4\n';
  const offsets = [];
  for (const o of objects) { offsets.push(body.length); body += o; }
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

test('the background paper: a text file named .pdf is refused, a real PDF is kept', async () => {
  await page.goto(`${server.baseUrl}/manage/editions/24`);
  const upload = page.getByLabel('Upload the background paper (PDF, at most', { exact: false });
  assert.equal(await page.locator('text=uploaded').count(), 0, 'no paper yet');

  await upload.setInputFiles({ name: 'background.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Just some notes, not a PDF.\n') });
  const refused = await submitForm(page, page.getByRole('button', { name: 'Upload', exact: true }));
  assert.equal(refused.status(), 422);
  const message = 'That file is not a PDF (its content does not read as one, whatever its name). Export the background paper as PDF and upload that.';
  assert.equal(await fieldError(page.locator('#paper-file')), message);
  await expectFocus(page.locator('#paper-file'), 'the refused field has the focus');
  assert.equal(await page.locator('h2#paper + p').count(), 0, 'nothing was stored');
  await expectNoAxeViolations(page, 'the edition page after a refused upload');

  const pdf = tinyPdf();
  await page.locator('#paper-file').setInputFiles({ name: 'background-paper-24.pdf', mimeType: 'application/pdf', buffer: pdf });
  const accepted = await submitForm(page, page.getByRole('button', { name: 'Upload', exact: true }));
  assert.equal(accepted.status(), 303);
  assert.equal(page.url(), `${server.baseUrl}/manage/editions/24?saved=1`);
  assert.equal(await page.locator('#paper-file').getAttribute('aria-invalid'), null);
  const shown = await textOf(page.locator('h2#paper + p'));
  assert.match(shown, /^background-paper-24\.pdf, 1 KB, uploaded \d{1,2} \w+ \d{4}, \d{2}:\d{2} .*Download$/);
  // The stored file is the one uploaded, byte for byte.
  const download = await page.request.get(`${server.baseUrl}/editions/24/background-paper`);
  assert.equal(download.status(), 200);
  assert.equal(download.headers()['content-type'], 'application/pdf');
  assert.ok(Buffer.compare(await download.body(), pdf) === 0, 'the download is the uploaded PDF');
});

test('too few working groups: every error in the summary leads to an element, with no duplicate ids', async () => {
  await page.goto(`${server.baseUrl}/manage/editions/new`);
  const data = edition25();
  data.number = '26';
  data.end_date = '2028-05-18';
  data.registration_deadline = '2028-04-30 23:59';
  // One row only, and that row has no name.
  data.groups = [
    { name: '', description: 'A row without a name.', min_size: '10', max_size: '20', questions: '' },
    ...Array.from({ length: 3 }, () => ({ name: '', description: '', min_size: '', max_size: '', questions: '' })),
  ];
  await fillEditionForm(page, data);
  const response = await submitForm(page, page.getByRole('button', { name: 'Save the edition' }));
  assert.equal(response.status(), 422);
  const summary = page.locator('#error-summary a');
  assert.deepEqual(await summary.allInnerTexts(), [
    'Give this working group a name, or clear the row.',
    'An edition has 2 to 4 working groups; this form has 1. Fill in more rows.',
  ]);
  await expectSummaryLeadsToFields();
  assert.equal(await fieldError(page.getByRole('group', { name: 'Working group 1', exact: true }).getByLabel('Name', { exact: true })),
    'Give this working group a name, or clear the row.');
  const groups = page.locator('fieldset#working_groups');
  assert.equal(await textOf(page.locator(`[id="${await groups.getAttribute('aria-describedby')}"]`)),
    'An edition has 2 to 4 working groups; this form has 1. Fill in more rows.');
  await expectEditionForm(page, data);
  await expectNoAxeViolations(page, 'the edition form with too few working groups');
});

// Makes one demo registration an accepted member of the 24th edition's first working group, as a
// published assignment leaves it (written to the SQLite file with Python's sqlite3: the
// assignment's own flow is assignment.test.mjs). Returns the member's name and address.
async function seedGroupMember() {
  const file = server.db.replace(/^sqlite:/, '');
  const script = `
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
edition, = db.execute("SELECT id FROM editions WHERE number = 24").fetchone()
group, = db.execute("SELECT id FROM working_groups WHERE edition_id = ? ORDER BY position LIMIT 1", (edition,)).fetchone()
reg, account, name = db.execute("SELECT id, account_id, full_name FROM registrations WHERE edition_id = ? ORDER BY id LIMIT 1 OFFSET 3", (edition,)).fetchone()
email, = db.execute("SELECT email FROM accounts WHERE id = ?", (account,)).fetchone()
db.execute("UPDATE registrations SET status = 'accepted', working_group_id = ? WHERE id = ?", (group, reg))
db.execute("INSERT INTO role_grants (account_id, role, scope_kind, scope_id, created_at) VALUES (?, 'group_member', 'working_group', ?, ?)", (account, group, int(time.time())))
db.commit()
print(name + "\\t" + email)
`;
  const { stdout } = await promisify(execFile)('python3', ['-c', script, file]);
  const [name, email] = stdout.trim().split('\t');
  return { name, email };
}

test('a working group in use is removed only once the secretariat says where its people and sessions go', async () => {
  const { name: member, email: memberEmail } = await seedGroupMember();
  await page.goto(`${server.baseUrl}/manage/editions/24`);
  await page.getByRole('link', { name: 'Edit the edition' }).click();
  assert.equal(new URL(page.url()).pathname, '/manage/editions/24/edit');
  const first = page.getByRole('group', { name: 'Working group 1', exact: true });
  assert.equal(await first.getByLabel('Name', { exact: true }).inputValue(), 'Freedom of Expression Online');
  for (const label of ['Name', 'Description', 'Smallest size', 'Largest size', 'Questions for discussion, one per line']) {
    await first.getByLabel(label, { exact: true }).fill('');
  }
  const asked = await submitForm(page, page.getByRole('button', { name: 'Save the edition' }));
  assert.equal(asked.status(), 409);
  const removed = page.getByRole('group', { name: 'Where do the people and sessions of “Freedom of Expression Online” go?' });
  assert.match(await textOf(removed.locator('p')), /^You removed this working group\. It has 1 member\(s\);/);
  assert.deepEqual(await removed.getByRole('listitem').allInnerTexts(), [
    member, 'Session: Working group session I', 'Session: Working group session II: recommendations',
    'Appointed: Demo Moderator (Moderator)', 'Appointed: Demo Note-taker (Note-taker)', 'Appointed: Demo Rapporteur (Rapporteur)',
  ]);
  await expectNoAxeViolations(page, 'the edition form asking where a group\'s people go');
  // Nothing changed yet.
  const visitor = await newPage(browser);
  await visitor.goto(`${server.baseUrl}/editions/24/programme`);
  assert.match(await textOf(visitor.getByRole('main')), /Freedom of Expression Online/);

  await removed.getByLabel('Move them to').selectOption({ label: 'Privacy and Surveillance' });
  const saved = await submitForm(page, page.getByRole('button', { name: 'Save the edition' }));
  assert.equal(saved.status(), 303);
  assert.equal(page.url(), `${server.baseUrl}/manage/editions/24?saved=1`);
  await visitor.reload();
  const text = await textOf(visitor.getByRole('main'));
  assert.doesNotMatch(text, /Freedom of Expression Online/);
  assert.doesNotMatch(text, /working group ""/);
  await visitor.context().close();
  await page.goto(`${server.baseUrl}/manage/editions/24/roles`);
  const appointed = page.getByRole('region', { name: 'Appointed' }).locator('tbody tr').filter({ hasText: 'Demo Moderator' });
  assert.equal(await textOf(appointed.locator('td').nth(1)), 'the working group "Privacy and Surveillance"');
  await expectNoAxeViolations(page, 'the roles after the group was removed');
  // The member moved with the group: their own page names their new group.
  const person = await newPage(browser);
  await signInWithLink(person, await server.signInLinkFor(memberEmail));
  assert.ok((await person.locator('h2:text-is("Your roles") + ul > li').allInnerTexts())
    .includes("Working-group member – Privacy and Surveillance (24th edition): open the group's space"));
  await expectNoAxeViolations(person, "the moved member's page");
  await person.context().close();
});
