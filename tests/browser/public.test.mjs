// The public pages: the series home with its archive, archived and current edition pages,
// their accessibility and their weight.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, expectNoAxeViolations, textOf, newPage, useServerAndBrowser } from './server.mjs';

let server;
let browser;

useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

test('the home page lists the 23 archived editions and the 24th as current', async () => {
  const page = await newPage(browser);
  const response = await page.goto(`${server.baseUrl}/`);
  assert.equal(response.status(), 200);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Informal ASEM Seminar on Human Rights');

  const current = page.locator('section.current');
  assert.equal(await textOf(current.getByRole('heading', { level: 2 })),
    '24th edition: Human Rights & Digital Civic Space');
  assert.match(await textOf(current), /8-10 June 2027 · Ulaanbaatar, Mongolia/);
  assert.equal(await current.getByRole('link', { name: 'About the 24th edition' }).getAttribute('href'), '/editions/24');

  const table = page.getByRole('table', { name: 'Every edition since 1997, newest first' });
  const rows = table.locator('tbody tr');
  assert.equal(await rows.count(), 23);
  const firstCells = await rows.locator('td:first-child').allInnerTexts();
  assert.deepEqual(firstCells.map((s) => s.trim()), Array.from({ length: 23 }, (_, i) => {
    const n = 23 - i;
    const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
    return `${n}${suffix}`;
  }));
  assert.equal(await table.locator('tbody a[href="/editions/24"]').count(), 0, 'the current edition is not in the archive');
  const last = rows.last().locator('td');
  assert.deepEqual((await last.allInnerTexts()).slice(0, 5).map((s) => s.trim()), ['1st', '1997', 'December', 'Lund', 'Sweden']);

  const contact = page.getByRole('contentinfo').getByRole('link', { name: 'humanrights.seminar@asef.org' });
  assert.equal(await contact.getAttribute('href'), 'mailto:humanrights.seminar@asef.org');

  await expectNoAxeViolations(page, 'the home page');
  await page.context().close();
});

test('the 1st edition (1997, Lund) opens from the archive and shows its three topics', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.baseUrl}/`);
  await Promise.all([
    page.waitForURL(`${server.baseUrl}/editions/1`),
    page.getByRole('link', { name: '1st edition, 1997' }).click(),
  ]);
  assert.equal(await textOf(page.locator('.kicker')), '1st Informal ASEM Seminar on Human Rights');
  const facts = page.locator('dl.facts');
  assert.equal(await textOf(facts.locator('dt:has-text("Dates") + dd')), 'December 1997');
  assert.equal(await textOf(facts.locator('dt:has-text("Place") + dd')), 'Lund, Sweden');
  assert.equal(await textOf(page.getByRole('heading', { level: 2, name: 'Topics' })), 'Topics');
  const topics = page.locator('h2:has-text("Topics") + ul > li');
  assert.deepEqual(await topics.allInnerTexts(), [
    'Access to Justice',
    'Regional & National Particularities in the Administration of Justice',
    'Monitoring the Administration of Justice',
  ]);
  await expectNoAxeViolations(page, 'the 1st edition page');
  await page.context().close();
});

test('the 23rd edition shows its dates and its 3 working groups', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.baseUrl}/`);
  await Promise.all([
    page.waitForURL(`${server.baseUrl}/editions/23`),
    page.getByRole('link', { name: '23rd edition, 2025' }).click(),
  ]);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Human Rights & Artificial Intelligence');
  assert.equal(await textOf(page.locator('dl.facts dt:has-text("Dates") + dd')), '29-31 October 2025');
  assert.equal(await textOf(page.locator('dl.facts dt:has-text("Place") + dd')), 'Copenhagen, Denmark');
  const groups = page.locator('section.working-group h3');
  assert.deepEqual(await groups.allInnerTexts(), [
    'Privacy and Data Protection',
    'Equality and Non-Discrimination',
    'Remedies and Access to Justice',
  ]);
  assert.deepEqual((await page.locator('section.working-group .meta').allInnerTexts()).map((s) => s.trim()),
    ['25–30 participants', '25–30 participants', '25–30 participants']);
  await expectNoAxeViolations(page, 'the 23rd edition page');
  await page.context().close();
});

test('the 24th edition page names its time zone and deadline', async () => {
  const page = await newPage(browser);
  const response = await page.goto(`${server.baseUrl}/editions/24`);
  assert.equal(response.status(), 200);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Human Rights & Digital Civic Space');
  assert.equal(await textOf(page.locator('dl.facts dt:has-text("Registration deadline") + dd')),
    '30 April 2027, 23:59 Ulaanbaatar time (Asia/Ulaanbaatar, UTC+08:00)');
  assert.equal(await page.locator('section.working-group').count(), 3);
  await expectNoAxeViolations(page, 'the 24th edition page');
  await page.context().close();
});

test('an unknown edition is a 404 page that says so', async () => {
  const page = await newPage(browser);
  const response = await page.goto(`${server.baseUrl}/editions/99`);
  assert.equal(response.status(), 404);
  await expectNoAxeViolations(page, 'the 404 page');
  await page.context().close();
});

// Loads the page in a fresh context (nothing cached) and adds up the bytes that came over the wire.
async function weigh(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  const htmlDone = page.waitForEvent('requestfinished', (r) => r.isNavigationRequest());
  const cssDone = page.waitForEvent('requestfinished', (r) => r.url().endsWith('/static/site.css'));
  const response = await page.goto(`${server.baseUrl}${path}`);
  await Promise.all([htmlDone, cssDone]);
  assert.equal(response.status(), 200);
  const byType = { document: 0, stylesheet: 0, other: 0 };
  let transferred = 0;
  for (const request of finished) {
    const sizes = await request.sizes();
    const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
    transferred += bytes;
    const type = request.resourceType();
    byType[type in byType ? type : 'other'] += sizes.responseBodySize;
  }
  await context.close();
  return { transferred, html: byType.document, css: byType.stylesheet, other: byType.other };
}

test('page weight: the home page and an edition page stay small', async (t) => {
  for (const path of ['/', '/editions/24']) {
    const w = await weigh(path);
    const line = `page weight ${path}: ${w.transferred} bytes transferred (HTML body ${w.html} B, CSS body ${w.css} B, other ${w.other} B)`;
    t.diagnostic(line);
    assert.ok(w.html > 0 && w.css > 0, `both the HTML and the CSS were measured for ${path}`);
    assert.ok(w.html < 30 * 1024, `the HTML of ${path} is ${w.html} bytes, over 30 KB`);
    assert.equal(w.other, 0, `${path} loads nothing but its HTML and CSS`);
  }
});

test('keyboard: the first Tab shows the skip link, which leads to the main content', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.baseUrl}/editions/24`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  assert.ok(await skip.evaluate((el) => el === document.activeElement), 'the skip link has the focus');
  const box = await skip.boundingBox();
  assert.ok(box && box.x >= 0 && box.y >= 0, `the focused skip link is on screen (${JSON.stringify(box)})`);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${server.baseUrl}/editions/24#main`);
  await page.context().close();
});

test('reflow: at 320 CSS pixels wide the public pages need no sideways scrolling (WCAG 1.4.10)', async () => {
  const page = await newPage(browser, { viewport: { width: 320, height: 640 } });
  for (const path of ['/', '/editions/1', '/editions/24', '/sign-in']) {
    await page.goto(`${server.baseUrl}${path}`);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
    }));
    assert.ok(scrollWidth <= innerWidth, `${path} is ${scrollWidth} px wide in a ${innerWidth} px window`);
  }
  await page.context().close();
});

test('a fresh install without a series says so, with no empty contact link', async () => {
  const empty = await startServer({ demo: false });
  try {
    const page = await newPage(browser);
    const response = await page.goto(`${empty.baseUrl}/`);
    assert.equal(response.status(), 503);
    assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Not set up yet');
    assert.equal(await page.locator('footer a[href="mailto:"]').count(), 0, 'no link to an empty address');
    await expectNoAxeViolations(page, 'the home page of a fresh install');
    await page.goto(`${empty.baseUrl}/sign-in`);
    await expectNoAxeViolations(page, 'the sign-in page of a fresh install');
    await page.context().close();
  } finally {
    await empty.stop();
  }
});

test('the accessibility check itself fails on a page with a violation', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.baseUrl}/sign-in`);
  await page.evaluate(() => { document.querySelector('label[for="password"]').remove(); });
  await assert.rejects(expectNoAxeViolations(page, 'a sign-in page without its password label'),
    (error) => /axe found \d+ violation\(s\)/.test(error.message) && /label/.test(error.message) && /#password/.test(error.message));
  await page.context().close();
});
