// The closed-door working group's space (issue 15 item 1): the demo moderator reaches it from
// their own page and finds the topic, the questions, the group's sessions, its roles and the
// Chatham House Rule; a participant outside the group gets "Page not found" at the same address.
// axe-core on every page reached (and the Nu checker, as on every page of the suite).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, newPage, signInWithLink, textOf, useServerAndBrowser } from './server.mjs';

let server;
let browser;

useServerAndBrowser(async (s, b) => {
  server = s;
  browser = b;
});

test('the moderator opens the group space from their page; someone outside gets 404', async () => {
  const moderator = await newPage(browser);
  await signInWithLink(moderator, await server.signInLinkFor('moderator@example.org'));
  await moderator.goto(`${server.baseUrl}/me`);
  await moderator.getByRole('main').getByRole('link', { name: "the group's space" }).first().click();
  const space = new URL(moderator.url()).pathname;
  assert.match(space, /^\/editions\/24\/groups\/\d+$/);
  const main = moderator.getByRole('main');
  assert.equal(await textOf(moderator.getByRole('heading', { level: 1 })), 'Freedom of Expression Online');
  assert.match(await textOf(main.locator('p.notice')), /Chatham House Rule/);
  assert.deepEqual((await main.locator('h2:text-is("Moderator, rapporteurs and note-takers") + ul > li').allInnerTexts()),
    ['Moderator: Demo Moderator', 'Rapporteur: Demo Rapporteur', 'Note-taker: Demo Note-taker']);
  assert.equal(await main.locator('h2:text-is("Sessions") + ul > li').count(), 2);
  assert.ok((await main.locator('h3:text-is("Questions for discussion") + ol > li').count()) >= 1);
  await expectNoAxeViolations(moderator, 'the group space');

  const outsider = await newPage(browser);
  await signInWithLink(outsider, await server.signInLinkFor('participant@example.org'));
  const answer = await outsider.goto(`${server.baseUrl}${space}`);
  assert.equal(answer.status(), 404);
  assert.equal(await textOf(outsider.getByRole('heading', { level: 1 })), 'Page not found');
});
