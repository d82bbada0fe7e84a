// Shared helpers for the browser tests: a throwaway Plenary server on a fresh demo database,
// Debian's chromium driven by playwright-core, axe-core checks with readable failures, and the
// Nu HTML checker on every HTML document a test file's tests received (`nu_check.mjs`).
import { spawn, execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { HtmlPages } from './nu_check.mjs';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));

export const binary = process.env.PLENARY_BINARY
  ? path.resolve(process.env.PLENARY_BINARY)
  : path.resolve(here, '../../build/plenary');

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Runs `plenary demo` against the database and returns the one-time sign-in link it prints.
// The first run loads the demo data; every run prints a new link.
async function demoLink(db, baseUrl) {
  const { stdout } = await run(binary, ['demo', '--db', db, '--base-url', baseUrl, '--registration-open'], { timeout: 60_000 });
  const match = stdout.match(/(http:\/\/\S+\/sign-in\/link\?token=\S+)/);
  if (!match) throw new Error(`plenary demo printed no sign-in link:\n${stdout}`);
  return match[1];
}

// Runs `plenary sign-in-link` for any account (e.g. a demo participant) and returns the link.
async function accountLink(db, baseUrl, email) {
  const { stdout } = await run(binary, ['sign-in-link', '--db', db, '--email', email, '--base-url', baseUrl], { timeout: 60_000 });
  const match = stdout.match(/(http:\/\/\S+\/sign-in\/link\?token=\S+)/);
  if (!match) throw new Error(`plenary sign-in-link printed no link for ${email}:\n${stdout}`);
  return match[1];
}

// The origins of the servers this process started: their HTML is what the Nu check covers.
const serverOrigins = new Set();
const fromServer = (url) => {
  try { return serverOrigins.has(new URL(url).origin); } catch { return false; }
};

// Servers still running when this process ends (a failed or interrupted run) are stopped with it.
const liveServers = new Set();
function stopLiveServers() {
  for (const child of liveServers) child.kill('SIGKILL');
}
process.once('exit', stopLiveServers);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => { stopLiveServers(); process.exit(128 + (signal === 'SIGINT' ? 2 : 15)); });
}

// Starts `plenary serve` on a free loopback port over a fresh demo database.
// Returns { baseUrl, db, signInLink, newSignInLink(), signInLinkFor(email), stop() }. With { demo: false } the database
// stays empty (a fresh install) and there is no sign-in link; `env` adds to (or overrides) the
// server's environment (a test with an SMTP peer turns the mail worker on).
export async function startServer({ demo = true, env = {} } = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), 'plenary-browser-'));
  const db = `sqlite:${path.join(dir, 'db.sqlite')}`;
  // No mail worker: there is no SMTP server here, and a worker trying one would move queued
  // messages through "Being sent" while a page shows them (the mail tests use a real peer).
  const child = spawn(binary, ['serve', '--db', db, '--listen', '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PLENARY_MAIL_WORKER: 'false', ...env },
  });
  let output = '';
  const baseUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`plenary serve did not start in 20 s:\n${output}`)), 20_000);
    const onData = (chunk) => {
      output += chunk.toString();
      const m = output.match(/serving at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`plenary serve exited (${code}):\n${output}`)); });
  });
  child.removeAllListeners('exit');
  serverOrigins.add(new URL(baseUrl).origin);
  liveServers.add(child);
  child.once('exit', () => liveServers.delete(child));
  // Keep draining the pipes so the server never blocks on a full pipe.
  child.stdout.resume();
  child.stderr.resume();
  const signInLink = demo ? await demoLink(db, baseUrl) : null;
  return {
    baseUrl,
    db,
    signInLink,
    newSignInLink: () => demoLink(db, baseUrl),
    signInLinkFor: (email) => accountLink(db, baseUrl, email),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

// Signs in with a one-time link: opens it, presses "Sign in", waits for the landing page.
export async function signInWithLink(page, link) {
  await page.goto(link);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/sign-in')),
    page.getByRole('main').getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

function describeViolations(violations) {
  return violations.map((v) => {
    const nodes = v.nodes.map((n) => `    at ${n.target.join(' ')}\n      ${n.html}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`);
    return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
  }).join('\n');
}

// Runs axe-core (WCAG 2.0/2.1 A and AA) on the page and fails with every violation spelled out.
export async function expectNoAxeViolations(page, label = page.url()) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.equal(results.violations.length, 0,
    `axe found ${results.violations.length} violation(s) on ${label}:\n${describeViolations(results.violations)}`);
}

// WCAG 1.4.10 (reflow): at 320 CSS px wide the page scrolls only vertically. Restores the
// 1280 x 720 window afterwards.
export async function expectReflow(page, label) {
  await page.setViewportSize({ width: 320, height: 640 });
  try {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
    }));
    assert.ok(scrollWidth <= innerWidth, `${label} is ${scrollWidth} px wide in a ${innerWidth} px window`);
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
  }
}

// Asserts that the element has the focus. Autofocus is applied when the browser next renders,
// which on a busy machine can come after the load event, so this waits up to 5 s for it.
export async function expectFocus(locator, message) {
  const focused = await locator.evaluate((el) => new Promise((resolve) => {
    const deadline = Date.now() + 5000;
    const check = () => {
      if (el === document.activeElement) resolve(true);
      else if (Date.now() > deadline) resolve(false);
      else setTimeout(check, 20);
    };
    check();
  }));
  assert.ok(focused, message);
}

// Presses a submit button and waits until the page it leads to has loaded.
// Returns the response to the form's request (e.g. 422 for a rejected form, 303 for a redirect).
export async function submitForm(page, button) {
  const responded = page.waitForResponse((r) => r.request().isNavigationRequest() &&
    r.request().method() === 'POST' && r.frame() === page.mainFrame());
  const loaded = page.waitForEvent('load');
  await button.click();
  const [response] = await Promise.all([responded, loaded]);
  return response;
}

// The text of a locator with runs of white space collapsed, as a reader sees it.
export async function textOf(locator) {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

// A page in its own browser context (axe-core needs pages made from a context).
export async function newPage(browser, options = {}) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(15_000);
  return context.newPage();
}

// Starts a throwaway server and a browser before a test file's tests and stops both after
// them. `ready(server, browser)` runs once both are up: to keep them, or to sign in.
// Every HTML document the browser's contexts receive from a test server (pages, form answers,
// error pages, page.request fetches) is kept, and after the tests the Nu HTML checker runs once
// on all of them: any error fails the file, listed by URL, line, message and extract.
export function useServerAndBrowser(ready, options = {}) {
  let server;
  let browser;
  let pages;
  before(async () => {
    pages = new HtmlPages(fromServer);
    server = await startServer(options);
    browser = await launchBrowser();
    pages.watchBrowser(browser);
    await ready(server, browser);
  });
  after(async () => {
    try {
      await pages?.settle();
    } finally {
      await browser?.close();
      await server?.stop();
    }
    const errors = await pages?.errors();
    if (errors) throw new Error(errors);
  });
}

// A new page signed in as the demo secretariat, landed on /manage.
export async function secretariatPage(browser, server) {
  const page = await newPage(browser);
  await signInWithLink(page, server.signInLink);
  assert.equal(new URL(page.url()).pathname, '/manage');
  return page;
}
