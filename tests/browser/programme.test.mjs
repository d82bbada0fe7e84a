// The programme pages of the demo's 24th edition (Asia/Ulaanbaatar, 8-10 June 2027, 18 sessions):
// the public and printable programme, the secretariat's builder (a refused session, a room clash,
// the draft published only with a reason for the clash, edit and remove, published again), each member's own programme in their time zone with a private calendar
// address, and the same pages with JavaScript switched off. axe-core on every page reached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFocus, expectNoAxeViolations, expectReflow, textOf, newPage, signInWithLink, submitForm, useServerAndBrowser } from './server.mjs';

let server;
let browser;

useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const DAYS = ['8 June 2027', '9 June 2027', '10 June 2027'];
const GROUPS = ['Freedom of Expression Online', 'Privacy and Surveillance', 'Participation and Civic Space'];
const CLOSING_PANEL = 'Closing panel: from recommendations to practice';
const JOIN_URL = 'https://meet.example.org/asem-hr-24-closing';
const SAVED = 'Saved in the draft. Publish the programme to show the change.';
const WEBCAST_URL = 'https://webcast.example.org/asem-hr-24';
// The twelve sessions every member follows (plenaries, panels, breaks), in order.
const COMMON = [
  'Opening Plenary: opening remarks', 'Keynote panel: keeping civic space open online', 'Coffee break',
  'Presentation of the Background Paper', 'Lunch', 'Panel: digital public services and human rights',
  'Introduction to the working groups', 'Lunch', "Closing Plenary: the rapporteurs' snapshots and recommendations",
  'Coffee break', CLOSING_PANEL, 'Closing remarks',
];
const PROGRAMME_PATH = '/manage/editions/24/programme';

// The sessions on a programme page: one list item per session, its title the level-3 heading.
const sessionTitles = (page) => page.locator('main li.session h3').allInnerTexts();
const sessionItem = (page, title) =>
  page.locator('main li.session').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

// The session form as a person fills it: by the fields' labels.
async function fillSession(form, s) {
  await form.getByLabel('Title', { exact: true }).fill(s.title);
  await form.getByLabel('Kind', { exact: true }).selectOption({ label: s.kind });
  await form.getByLabel('Day (YYYY-MM-DD)').fill(s.day);
  await form.getByLabel('Starts (HH:MM, Asia/Ulaanbaatar)').fill(s.start);
  await form.getByLabel('Ends (HH:MM)').fill(s.end);
  await form.getByLabel('Room', { exact: true }).fill(s.room);
  await form.getByLabel('Public webcast link').fill(s.webcast ?? '');
  await form.getByLabel('Chair', { exact: true }).fill(s.chair ?? '');
  await form.getByLabel('Speakers, one per line').fill(s.speakers ?? '');
  await form.getByLabel('Description').fill(s.description ?? '');
}

async function expectSessionForm(page, s) {
  const values = await page.evaluate(() => Object.fromEntries(
    ['s_title', 's_kind', 's_day', 's_start', 's_end', 's_room', 's_join_url', 's_webcast_url', 's_chair', 's_speakers', 's_description']
      .map((id) => [id, document.getElementById(id).value])));
  assert.deepEqual(values, {
    s_title: s.title, s_kind: s.kindValue, s_day: s.day, s_start: s.start, s_end: s.end, s_room: s.room,
    s_join_url: '', s_webcast_url: s.webcast ?? '', s_chair: s.chair ?? '', s_speakers: s.speakers ?? '',
    s_description: s.description ?? '',
  });
}

// A refused end time: the message sits in the "Ends" field, is its description, is the one entry of
// the error summary (which has the focus, without scripts too), and nothing else is marked invalid.
async function expectEndRefused(page, start, end) {
  const message = `The session ends (${end}) before it starts (${start}); correct the times, or split a session that runs past midnight.`;
  const ends = page.getByLabel('Ends (HH:MM)');
  assert.equal(await ends.getAttribute('aria-invalid'), 'true');
  const describedBy = await ends.getAttribute('aria-describedby');
  assert.equal(await textOf(page.locator(`[id="${describedBy}"]`)), message);
  assert.equal(await page.locator(`[id="${describedBy}"]`).evaluate(
    (el) => el.closest('.field').contains(document.querySelector('label[for="s_end"]'))), true,
  'the message is in the "Ends" field');
  assert.deepEqual(await page.locator('.error-summary a').allInnerTexts(), [message]);
  assert.equal(await textOf(page.locator('.error-summary').getByRole('heading', { level: 2 })),
    '1 thing(s) to correct before this session can be saved');
  assert.equal(await page.locator('.error-summary a').getAttribute('href'), '#s_end');
  await expectFocus(page.locator('.error-summary'), 'the error summary has the focus');
  assert.deepEqual(await page.locator('[aria-invalid="true"]').evaluateAll((els) => els.map((e) => e.id)), ['s_end']);
}

test('public programme: three days, 18 sessions, closed working groups, webcasts but no join link; printable tables', async () => {
  const page = await newPage(browser);
  const response = await page.goto(`${server.baseUrl}/editions/24/programme`);
  assert.equal(response.status(), 200);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Programme: Human Rights & Digital Civic Space');
  assert.deepEqual(await page.getByRole('heading', { level: 2 }).allInnerTexts(), DAYS);
  // Each day is a region named by its heading.
  const perDay = [];
  for (const day of DAYS) perDay.push(await page.getByRole('region', { name: day }).locator('li.session').count());
  assert.deepEqual(perDay, [7, 7, 4]);
  assert.equal((await sessionTitles(page)).length, 18);

  const closed = sessionItem(page, 'Working group session I');
  assert.equal(await closed.count(), 3);
  assert.deepEqual((await closed.locator('.closed').allInnerTexts()).map((t) => t.trim()),
    GROUPS.map((g) => `Closed session of the working group “${g}”, under the Chatham House Rule.`));
  assert.deepEqual(await closed.locator('.meta').allInnerTexts(), ['Working group (closed) · Room A', 'Working group (closed) · Room B', 'Working group (closed) · Room C']);
  assert.equal(await page.locator('.closed').count(), 6);

  // The join link stays with registered participants: not in the page, not even in its markup.
  assert.equal((await page.content()).includes('meet.example.org'), false);
  assert.equal(await page.getByRole('link', { name: 'Join online' }).count(), 0);
  assert.equal(await textOf(sessionItem(page, CLOSING_PANEL).locator('p.meta').last()),
    'Online: registered participants find the join link in their programme and receive it by e-mail on the day.');
  const webcasts = page.getByRole('link', { name: 'Watch the webcast' });
  assert.equal(await webcasts.count(), 6);
  assert.deepEqual(new Set(await webcasts.evaluateAll((as) => as.map((a) => a.href))), new Set([WEBCAST_URL]));
  await expectNoAxeViolations(page, 'the public programme');
  await expectReflow(page, 'the public programme');

  const print = await page.goto(`${server.baseUrl}/editions/24/programme/print`);
  assert.equal(print.status(), 200);
  assert.deepEqual(await page.locator('main table caption').allInnerTexts(), DAYS.map((d) => `Sessions on ${d}`));
  assert.deepEqual(await page.locator('main table').evaluateAll((ts) => ts.map((t) => t.tBodies[0].rows.length)), [7, 7, 4]);
  assert.equal((await page.content()).includes('meet.example.org'), false);
  assert.equal(await textOf(page.getByRole('row').filter({ hasText: 'Room A' }).filter({ hasText: 'Working group session I (' })),
    '09:00–12:30 Working group session I (Working group (closed)): Freedom of Expression Online Room A');
  await expectNoAxeViolations(page, 'the printable programme');
  await expectReflow(page, 'the printable programme');
  await page.context().close();
});

test('secretariat builds the programme: a refused session, a room clash, edit and remove', async () => {
  const page = await newPage(browser);
  await signInWithLink(page, server.signInLink);
  const response = await page.goto(`${server.baseUrl}${PROGRAMME_PATH}`);
  assert.equal(response.status(), 200);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Programme: Human Rights & Digital Civic Space');
  const rows = page.locator('main table tbody tr');
  assert.equal(await rows.count(), 18);
  assert.equal(await page.locator('.clashes').count(), 0, 'the demo programme has no clash');
  await expectNoAxeViolations(page, PROGRAMME_PATH);

  const addForm = () => page.locator(`form[action="${PROGRAMME_PATH}"]`);
  const clinic = {
    title: 'Side event: digital security clinic <for> "defenders" & journalists', kind: 'Panel', kindValue: 'panel',
    day: '2027-06-08', start: '17:30', end: '17:00', room: 'Room A', webcast: 'https://webcast.example.org/clinic',
    chair: 'Ganbold Tsetsegmaa', speakers: 'Сүхбаатар Болд\nMarie Dupont', description: 'Hands-on advice;\nbring a laptop.',
  };
  await fillSession(addForm(), clinic);
  const refused = await submitForm(page, addForm().getByRole('button', { name: 'Add the session' }));
  assert.equal(refused.status(), 422);
  await expectEndRefused(page, '17:30', '17:00');
  await expectSessionForm(page, clinic);
  assert.equal(await rows.count(), 18, 'nothing was added');
  await expectNoAxeViolations(page, 'the refused session form');
  await expectReflow(page, 'the refused session form');

  await addForm().getByLabel('Ends (HH:MM)').fill('18:30');
  const saved = await submitForm(page, addForm().getByRole('button', { name: 'Add the session' }));
  assert.equal(saved.status(), 303);
  assert.equal(page.url(), `${server.baseUrl}${PROGRAMME_PATH}?saved=1`);
  assert.equal(await textOf(page.getByRole('status')), SAVED);
  assert.equal(await rows.count(), 19);
  const clinicRow = rows.filter({ hasText: clinic.title });
  assert.deepEqual((await clinicRow.locator('td').allInnerTexts()).slice(0, 5),
    ['8 June 2027', '17:30–18:30', clinic.title, 'Panel', 'Room A']);
  assert.equal(await page.locator('.clashes').count(), 0);

  // A press briefing in the Main Hall during the opening plenary is saved, and the clash is named.
  const briefing = { title: 'Press briefing', kind: 'Plenary', kindValue: 'plenary', day: '2027-06-08', start: '09:15', end: '09:30', room: 'Main Hall' };
  await fillSession(addForm(), briefing);
  assert.equal((await submitForm(page, addForm().getByRole('button', { name: 'Add the session' }))).status(), 303);
  assert.equal(await rows.count(), 20);
  const clashes = page.getByRole('region', { name: '1 clash(es) to fix before publishing' });
  assert.deepEqual(await clashes.getByRole('listitem').allInnerTexts(), [
    'The room "Main Hall" is used twice at once: "Opening Plenary: opening remarks" (8 June 2027, 09:00–09:45) and ' +
    '"Press briefing" (8 June 2027, 09:15–09:30). Give one of them another room.']);
  await expectNoAxeViolations(page, 'the programme with a room clash');
  await expectReflow(page, 'the programme with a room clash');

  // Nothing of it is public yet; publishing with the clash takes a reason.
  const visitor = await newPage(browser);
  await visitor.goto(`${server.baseUrl}/editions/24/programme`);
  assert.equal((await sessionTitles(visitor)).length, 18);
  const publication = page.getByRole('region', { name: 'Draft and published programme' });
  assert.match(await textOf(publication), /^Draft and published programme Published .* \(18 session\(s\)\)\. The draft has 2 change\(s\) not yet published\. Publish the programme…$/);
  const asked = await submitForm(page, publication.getByRole('button', { name: 'Publish the programme…' }));
  assert.equal(asked.status(), 200);
  assert.equal(new URL(page.url()).pathname, `${PROGRAMME_PATH}/publish`);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Publish the programme');
  assert.deepEqual(await page.locator('ul.changes li').allInnerTexts(), [
    'New: "Press briefing" on 8 June 2027, 09:15 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00), Main Hall.',
    `New: "${clinic.title}" on 8 June 2027, 17:30 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00), Room A.`,
  ]);
  const publishClashes = page.getByRole('region', { name: '1 clash(es) in the programme' });
  assert.equal(await publishClashes.getByRole('listitem').count(), 1);
  await expectNoAxeViolations(page, 'the confirmation to publish with a clash');
  const publish = page.getByRole('button', { name: 'Publish 20 session(s)' });
  const noReason = await submitForm(page, publish);
  assert.equal(noReason.status(), 422);
  assert.equal(await textOf(page.locator('.error-summary li')),
    'The programme has clashes: give the reason for publishing it with them (it is recorded), or fix them first.');
  const why = page.getByLabel('Why publish with these clashes (recorded in the audit log)');
  assert.equal(await why.getAttribute('aria-invalid'), 'true');
  await expectNoAxeViolations(page, 'publishing refused without a reason');
  await visitor.reload();
  assert.equal((await sessionTitles(visitor)).length, 18, 'a refused publication changes nothing');
  await why.fill('The briefing uses the hall before the plenary starts speaking.');
  const published = await submitForm(page, page.getByRole('button', { name: 'Publish 20 session(s)' }));
  assert.equal(published.status(), 303);
  assert.equal(page.url(), `${server.baseUrl}${PROGRAMME_PATH}?published=1`);
  assert.equal(await textOf(page.getByRole('status')), 'The programme is published; the people the changes affect are being written to.');
  assert.match(await textOf(publication), /The published programme is the draft as it stands\.$/);
  assert.equal(await publication.getByRole('button').count(), 0);
  await visitor.reload();
  assert.equal((await sessionTitles(visitor)).length, 20);
  await visitor.context().close();

  // Edit it through its Edit link.
  await Promise.all([
    page.waitForURL(new RegExp(`${PROGRAMME_PATH}/\\d+$`)),
    page.getByRole('link', { name: 'Edit Press briefing', exact: true }).click(),
  ]);
  const editPath = new URL(page.url()).pathname;
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Edit “Press briefing”');
  await expectSessionForm(page, briefing);
  await expectNoAxeViolations(page, 'the session edit form');
  await expectReflow(page, 'the session edit form');
  await page.getByLabel('Title', { exact: true }).fill('Press briefing for accredited media');
  const updated = await submitForm(page, page.getByRole('button', { name: 'Save the session' }));
  assert.equal(updated.status(), 303);
  assert.equal(page.url(), `${server.baseUrl}${PROGRAMME_PATH}?saved=1`);
  assert.equal(await textOf(page.getByRole('status')), SAVED);
  assert.equal(await rows.filter({ hasText: 'Press briefing for accredited media' }).count(), 1);
  assert.equal((await page.locator('main table tbody td:nth-child(3)').allInnerTexts()).includes('Press briefing'), false);
  assert.match(await textOf(clashes), /"Press briefing for accredited media" \(8 June 2027, 09:15–09:30\)/);

  // Remove both sessions again; the programme is the demo's 18 without a clash.
  await page.goto(`${server.baseUrl}${editPath}`);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Edit “Press briefing for accredited media”');
  assert.equal((await submitForm(page, page.getByRole('button', { name: 'Remove this session' }))).status(), 303);
  assert.equal(page.url(), `${server.baseUrl}${PROGRAMME_PATH}?saved=1`);
  assert.equal(await rows.count(), 19);
  assert.equal(await rows.filter({ hasText: 'Press briefing' }).count(), 0);
  assert.equal(await page.locator('.clashes').count(), 0);
  await Promise.all([
    page.waitForURL(new RegExp(`${PROGRAMME_PATH}/\\d+$`)),
    page.getByRole('link', { name: `Edit ${clinic.title}`, exact: true }).click(),
  ]);
  await expectSessionForm(page, { ...clinic, end: '18:30' });
  assert.equal((await submitForm(page, page.getByRole('button', { name: 'Remove this session' }))).status(), 303);
  assert.equal(await rows.count(), 18);
  assert.equal((await page.goto(`${server.baseUrl}${editPath}`)).status(), 404);

  // Published again: both are cancelled (under the titles people saw), without a clash to explain.
  await page.goto(`${server.baseUrl}${PROGRAMME_PATH}`);
  await submitForm(page, publication.getByRole('button', { name: 'Publish the programme…' }));
  assert.deepEqual(await page.locator('ul.changes li').allInnerTexts(), [
    'Cancelled: "Press briefing", which was on 8 June 2027, 09:15 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00).',
    `Cancelled: "${clinic.title}", which was on 8 June 2027, 17:30 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00).`,
  ]);
  assert.equal(await page.getByLabel('Why publish with these clashes (recorded in the audit log)').count(), 0);
  await expectNoAxeViolations(page, 'the confirmation to publish cancellations');
  assert.equal((await submitForm(page, page.getByRole('button', { name: 'Publish 18 session(s)' }))).status(), 303);
  await page.goto(`${server.baseUrl}/editions/24/programme`);
  assert.equal((await sessionTitles(page)).length, 18);
  await page.context().close();
});

test('the moderator sees the plenaries and their own group in Europe/Copenhagen, with a private calendar address', async () => {
  const page = await newPage(browser);
  await signInWithLink(page, await server.signInLinkFor('moderator@example.org'));
  await page.goto(`${server.baseUrl}/me`);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Demo Moderator');
  await page.getByLabel('Time zone (IANA name, e.g. Europe/Copenhagen)').fill('Europe/Copenhagen');
  const zoneSaved = await submitForm(page, page.getByRole('button', { name: 'Save the time zone' }));
  assert.equal(zoneSaved.status(), 303);
  assert.equal(page.url(), `${server.baseUrl}/me?saved=1`);
  assert.equal(await textOf(page.getByRole('status')), 'Saved.');
  assert.equal(await page.getByLabel('Time zone (IANA name, e.g. Europe/Copenhagen)').inputValue(), 'Europe/Copenhagen');
  await expectNoAxeViolations(page, '/me');
  await expectReflow(page, '/me');

  const mine = `${server.baseUrl}/editions/24/my-programme`;
  assert.equal((await page.goto(mine)).status(), 200);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'My programme');
  const titles = await sessionTitles(page);
  assert.equal(titles.length, 14);
  const own = ['Working group session I', 'Working group session II: recommendations'];
  assert.deepEqual(titles, [...COMMON.slice(0, 7), own[0], COMMON[7], own[1], ...COMMON.slice(8)]);
  assert.deepEqual((await page.locator('.closed').allInnerTexts()).map((t) => t.trim()),
    [`Your working group “${GROUPS[0]}”, under the Chatham House Rule.`, `Your working group “${GROUPS[0]}”, under the Chatham House Rule.`]);
  assert.equal(await page.getByText(/Room B|Room C/).count(), 0, 'no other group\'s session');
  // Ulaanbaatar is UTC+8, Copenhagen in June UTC+2.
  assert.equal(await textOf(sessionItem(page, COMMON[0]).locator('.when')),
    '09:00–09:45 (your time: 03:00–03:45, Europe/Copenhagen)');
  const closing = sessionItem(page, CLOSING_PANEL);
  assert.equal(await textOf(closing.locator('.when')), '11:00–12:00 (your time: 05:00–06:00, Europe/Copenhagen)');
  assert.equal(await page.locator('.your-time').count(), 14);
  const join = page.getByRole('link', { name: 'Join online' });
  assert.equal(await join.count(), 1);
  assert.equal(await closing.getByRole('link', { name: 'Join online' }).getAttribute('href'), JOIN_URL);
  await expectNoAxeViolations(page, 'my programme');

  // A private calendar address: shown once, serves the same 14 sessions, stops when stopped.
  const made = await submitForm(page, page.getByRole('button', { name: 'Make a private calendar address' }));
  // Shown in the response to the POST itself: the token never appears in a page address.
  assert.equal(made.status(), 200);
  assert.match(new URL(page.url()).pathname, /^\/editions\/24\/my-programme\/calendar$/);
  const notice = page.getByRole('status');
  const address = await textOf(notice.locator('code'));
  assert.match(address, /^http:\/\/[^/]+\/calendar\/[A-Za-z0-9_-]{20,}\.ics$/);
  assert.match(await textOf(notice), /^Your private calendar address \(keep it to yourself; anyone with it sees your programme\): http/);
  assert.equal(await page.getByText('You have a private calendar address. Making a new one stops the old one.').count(), 1);
  await expectNoAxeViolations(page, 'my programme with a new calendar address');
  await expectReflow(page, 'my programme with a new calendar address');
  // The address names the port the server actually bound, so it works as shown.
  assert.ok(address.startsWith(`${server.baseUrl}/calendar/`), address);
  const feedUrl = address;
  const feed = await page.request.get(feedUrl);
  assert.equal(feed.status(), 200);
  assert.equal(feed.headers()['content-type'], 'text/calendar; charset=utf-8');
  const ics = await feed.text();
  assert.equal(ics.match(/^BEGIN:VEVENT\r?$/gm)?.length, 14);
  assert.ok(ics.includes(JOIN_URL), 'the closing panel\'s join link is in the private calendar');

  const stopped = await submitForm(page, page.getByRole('button', { name: 'Stop my calendar address' }));
  assert.equal(stopped.status(), 303);
  assert.equal(page.url(), mine);
  assert.equal(await page.getByRole('status').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Stop my calendar address' }).count(), 0);
  assert.equal((await page.request.get(feedUrl)).status(), 404);
  await page.context().close();
});

test('a participant without a working group sees the 12 common sessions and no working-group session', async () => {
  const page = await newPage(browser);
  await signInWithLink(page, await server.signInLinkFor('participant@example.org'));
  assert.equal((await page.goto(`${server.baseUrl}/editions/24/my-programme`)).status(), 200);
  assert.deepEqual(await sessionTitles(page), COMMON);
  assert.equal(await page.locator('.closed').count(), 0);
  assert.equal(await page.locator('li.session.working_group').count(), 0);
  assert.equal(await page.getByText(/Working group session/).count(), 0);
  assert.equal(await page.locator('.your-time').count(), 0, 'no own time zone set');
  assert.equal(await sessionItem(page, CLOSING_PANEL).getByRole('link', { name: 'Join online' }).getAttribute('href'), JOIN_URL);
  await expectNoAxeViolations(page, "the participant's programme");
  await page.context().close();
});

test('without JavaScript: the public programme renders and a refused session comes back as typed', async () => {
  const page = await newPage(browser, { javaScriptEnabled: false });
  await page.goto(`${server.baseUrl}/`);
  await page.setContent('<p id="p">off</p><script>document.getElementById("p").textContent = "on"</script>');
  assert.equal(await page.locator('#p').textContent(), 'off');

  assert.equal((await page.goto(`${server.baseUrl}/editions/24/programme`)).status(), 200);
  assert.deepEqual(await page.getByRole('heading', { level: 2 }).allInnerTexts(), DAYS);
  assert.equal((await sessionTitles(page)).length, 18);

  await signInWithLink(page, await server.newSignInLink());
  await page.goto(`${server.baseUrl}${PROGRAMME_PATH}`);
  const form = page.locator(`form[action="${PROGRAMME_PATH}"]`);
  const late = {
    title: 'Evening reception', kind: 'Break', kindValue: 'break', day: '2027-06-09', start: '19:00', end: '18:00',
    room: 'Terrace', description: 'Hosted by the National Human Rights Commission.',
  };
  await fillSession(form, late);
  const refused = await submitForm(page, form.getByRole('button', { name: 'Add the session' }));
  assert.equal(refused.status(), 422);
  await expectEndRefused(page, '19:00', '18:00');
  await expectSessionForm(page, late);
  assert.equal(await page.locator('main table tbody tr').count(), 18);
  await page.context().close();
});
