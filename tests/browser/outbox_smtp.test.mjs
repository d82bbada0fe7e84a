// The outbox against a real SMTP peer on loopback (smtp_peer.mjs) with the mail worker on: an
// invitation to a mailbox the peer refuses with 550 fails on its one attempt and is flagged on
// the hub with the server's answer; one it accepts is sent and counted as sent. axe-core on
// every page reached.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, secretariatPage, submitForm, textOf, useServerAndBrowser } from './server.mjs';
import { REFUSAL, startSmtpPeer } from './smtp_peer.mjs';

const peer = await startSmtpPeer();
after(() => peer.close());

let server;
let page;

useServerAndBrowser(async (s, b) => {
  server = s;
  page = await secretariatPage(b, s);
}, {
  env: {
    PLENARY_MAIL_WORKER: 'true', PLENARY_SMTP_HOST: '127.0.0.1', PLENARY_SMTP_PORT: String(peer.port),
    PLENARY_MAIL_POLL_MS: '100',
  },
});

const HUB = '/manage/editions/24';
const main = () => page.getByRole('main');
const cellsOf = async (row) => (await row.locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

async function invite(email, name) {
  await page.goto(`${server.baseUrl}${HUB}`);
  await main().getByRole('link', { name: 'Invitations', exact: true }).click();
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Send the invitation' }) });
  await form.getByLabel('E-mail', { exact: true }).fill(email);
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Sector', { exact: true }).selectOption({ label: 'Academia' });
  await form.getByLabel('Organisation', { exact: true }).fill('Open Net');
  await form.getByLabel('Country', { exact: true }).selectOption('Mongolia');
  assert.equal((await submitForm(page, form.getByRole('button', { name: 'Send the invitation' }))).status(), 303);
}

// Reloads the outbox until the row for `email` has `status` (the worker polls every 100 ms).
async function rowWhen(email, status) {
  for (let i = 0; i < 100; ++i) {
    await page.goto(`${server.baseUrl}${HUB}/outbox`);
    const row = main().locator('table tbody tr').filter({ hasText: email });
    if (await row.count() === 1 && (await cellsOf(row))[3] === status) return row;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the message to ${email} never became "${status}"`);
}

test('a message the SMTP peer refuses with 550 is flagged with its answer; an accepted one counts as sent', async () => {
  const refused = 'reject.me@example.org';
  await invite(refused, 'Refused Reader');
  const failed = await rowWhen(refused, 'Failed');
  const cells = await cellsOf(failed);
  assert.deepEqual([...cells.slice(0, 5), cells[6]], [
    `Refused Reader ${refused}`, 'Invitation', 'Invitation: Human Rights & Digital Civic Space', 'Failed', '1',
    'None: failed for good',
  ]);
  assert.ok(cells[5].includes(REFUSAL), `the server's answer is shown: ${cells[5]}`);
  await expectNoAxeViolations(page, 'the outbox with a message the peer refused');

  const accepted = 'ana.lee@example.org';
  await invite(accepted, 'Ана Ли');
  await rowWhen(accepted, 'Sent');
  assert.equal(peer.received.length, 1);
  // (The To header's form is issue 13's to correct; the address reaches the peer.)
  assert.match(peer.received[0], /<ana\.lee@example\.org>/);
  assert.match(peer.received[0], /^Subject: Invitation: Human Rights & Digital Civic Space\r$/m);

  // The hub flags the failure (the demo's bounced invitation and this one) and counts the sent one.
  await page.goto(`${server.baseUrl}${HUB}`);
  const attention = main().locator('.error-summary').filter({ has: page.getByRole('heading', { name: 'Mail needs attention' }) });
  assert.equal(await textOf(attention), 'Mail needs attention 2 message(s) failed. See them in the outbox.');
  assert.equal(await textOf(main().getByRole('link', { name: 'Outbox', exact: true }).locator('xpath=..')),
    'Outbox (1 sent, 0 waiting, 2 failed)');
  await expectNoAxeViolations(page, 'the hub with a refused message');
});
