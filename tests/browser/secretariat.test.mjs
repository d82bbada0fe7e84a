// Every page the secretariat can reach passes axe; names in several scripts come through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFocus, expectNoAxeViolations, textOf, submitForm, useServerAndBrowser, secretariatPage } from './server.mjs';

let server;
let browser;
let page;
let mongoliaPath;

useServerAndBrowser(async (s, b) => {
  server = s;
  browser = b;
  page = await secretariatPage(b, s);
});

test('the partners page lists 53 partners and the Mongolian focal point in Cyrillic', async () => {
  const response = await page.goto(`${server.baseUrl}/manage/partners`);
  assert.equal(response.status(), 200);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Partners and focal points');
  assert.equal(await page.locator('main a[href^="/manage/partners/"]').count(), 53);
  const mongolia = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Mongolia', exact: true }) });
  assert.equal(await mongolia.count(), 1);
  assert.match(await textOf(mongolia), /Батбаяр Дорж \(demo focal point\)/);
  assert.equal(await page.getByText('Батбаяр Дорж (demo focal point)').count() > 0, true);
  mongoliaPath = await mongolia.getByRole('link', { name: 'Mongolia', exact: true }).getAttribute('href');
  assert.match(mongoliaPath, /^\/manage\/partners\/\d+$/);

  await page.goto(`${server.baseUrl}${mongoliaPath}`);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Mongolia');
  // Each focal point's form is a group named after the person, so its "Name" field is not ambiguous.
  const row = page.getByRole('group', { name: 'Focal point: Батбаяр Дорж (demo focal point)' });
  const name = row.getByRole('textbox', { name: 'Name', exact: true });
  assert.equal(await name.inputValue(), 'Батбаяр Дорж (demo focal point)');
  assert.equal(await page.getByRole('button', { name: 'Remove Батбаяр Дорж (demo focal point)' }).count(), 1);
});

const PAGES = [
  ['/manage', 'Secretariat'],
  ['/manage/editions/new', 'New edition'],
  ['/manage/editions/24', '24th edition: Human Rights & Digital Civic Space'],
  ['/manage/editions/24/edit', 'Edit the 24th edition'],
  ['/manage/partners', 'Partners and focal points'],
  [() => mongoliaPath, 'Mongolia'],
  ['/manage/audit', 'Audit log'],
  ['/me', null],
];

for (const [path, heading] of PAGES) {
  const name = typeof path === 'function' ? "/manage/partners/<Mongolia's id>" : path;
  test(`axe: ${name} has no WCAG 2.1 A/AA violations`, async () => {
    const target = typeof path === 'function' ? path() : path;
    assert.ok(target, 'the partners test found the Mongolia page first');
    const response = await page.goto(`${server.baseUrl}${target}`);
    assert.equal(response.status(), 200);
    assert.equal(new URL(page.url()).pathname, target);
    const h1 = await textOf(page.getByRole('heading', { level: 1 }));
    if (heading) assert.equal(h1, heading);
    else assert.ok(h1.length > 0);
    await expectNoAxeViolations(page, name);
  });
}

test('reflow: at 320 CSS pixels wide the secretariat pages need no sideways scrolling (WCAG 1.4.10)', async () => {
  await page.setViewportSize({ width: 320, height: 640 });
  try {
    for (const target of ['/manage', '/manage/editions/new', '/manage/editions/24', '/manage/partners', mongoliaPath, '/manage/audit', '/me']) {
      await page.goto(`${server.baseUrl}${target}`);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
      }));
      assert.ok(scrollWidth <= innerWidth, `${target} is ${scrollWidth} px wide in a ${innerWidth} px window`);
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

test('a focal point without a name is refused next to the field, what was typed is kept, and axe passes', async () => {
  await page.goto(`${server.baseUrl}${mongoliaPath}`);
  const add = page.locator(`form[action="${mongoliaPath}/contacts"]`);
  await add.getByLabel('E-mail', { exact: true }).fill('second.point@mfa.mn.example');
  await add.getByLabel('Position', { exact: true }).fill('Хүний эрхийн хэлтэс');
  const response = await submitForm(page, add.getByRole('button', { name: 'Add', exact: true }));
  assert.equal(response.status(), 422);
  const name = page.locator('#new_name');
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  const message = await textOf(page.locator(`[id="${await name.getAttribute('aria-describedby')}"]`));
  assert.equal(message, "Give the focal point's name.");
  assert.deepEqual(await page.locator('.error-summary a').allInnerTexts(), [message]);
  assert.equal(await page.locator('.error-summary a').getAttribute('href'), '#new_name');
  await expectFocus(page.locator('.error-summary'), 'the summary has the focus');
  assert.equal(await page.locator('#new_email').inputValue(), 'second.point@mfa.mn.example');
  assert.equal(await page.locator('#new_title').inputValue(), 'Хүний эрхийн хэлтэс');
  // The existing focal point's form is untouched.
  assert.equal(await page.locator('[aria-invalid="true"]').count(), 1);
  await expectNoAxeViolations(page, 'the partner page with a refused focal point');
});
