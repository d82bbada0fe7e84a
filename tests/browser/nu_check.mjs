// The W3C Nu HTML checker (vnu.jar from the npm package `vnu-jar`, run by Debian's Java) on
// every HTML document the browser tests receive from a test server: navigations, form posts
// with their 4xx answers, error pages, and `page.request` fetches. A test file's documents are
// gathered while its tests run (identical ones once) and checked in one run of the checker after
// them, since the JVM takes a few seconds to start. `server.mjs` does this for every test file
// through `useServerAndBrowser`.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { request as apiRequest } from 'playwright-core';

// The package's main export is the path of the jar it ships.
export const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

// A document with one error the checker must find in every run: if it is not reported, the
// check is not working (no Java, a jar that checked nothing, output not understood) and says so
// instead of passing.
const CANARY = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>canary</title></head>' +
  '<body><p id="canary">one</p><p id="canary">two</p></body></html>\n';
const CANARY_MESSAGE = /Duplicate ID “canary”/;

function isHtml(headers) {
  return (headers['content-type'] || '').toLowerCase().startsWith('text/html');
}

// Statuses whose answer has no document: redirects (the page they lead to is checked), 204,
// 205 and 304.
function hasDocument(status) {
  return !(status >= 300 && status < 400) && status !== 204 && status !== 205;
}

// Runs the checker on the files and returns its messages. Its exit status is 1 when it found
// errors, so the JSON on standard output is what counts.
function runVnu(files) {
  return new Promise((resolve, reject) => {
    // Java's default thread stack is enough (-Xss1m is not: the schema overflows it).
    execFile('java', ['-jar', vnuJar,
      '--errors-only', '--format', 'json', '--stdout', ...files],
    { maxBuffer: 64 * 1024 * 1024, timeout: 180_000 }, (error, stdout, stderr) => {
      if (error?.code === 'ENOENT') {
        reject(new Error('the Nu HTML checker needs Java: no `java` on PATH (Debian: default-jre-headless)'));
        return;
      }
      try {
        resolve(JSON.parse(stdout).messages);
      } catch {
        reject(new Error(`the Nu HTML checker gave no JSON report (${error?.message || 'exit 0'}):\n${stdout}\n${stderr}`));
      }
    });
  });
}

function oneLine(text) {
  return text.replace(/\r?\n/g, '↵').replace(/\t/g, ' ');
}

// The extract with the part the message is about between » and «.
function marked({ extract, hiliteStart, hiliteLength }) {
  if (typeof extract !== 'string') return '';
  if (typeof hiliteStart !== 'number' || typeof hiliteLength !== 'number') return oneLine(extract);
  return oneLine(extract.slice(0, hiliteStart)) + '»' +
    oneLine(extract.slice(hiliteStart, hiliteStart + hiliteLength)) + '«' +
    oneLine(extract.slice(hiliteStart + hiliteLength));
}

export class HtmlPages {
  // `fromServer(url)` tells which responses are the test servers' own.
  constructor(fromServer) {
    this.fromServer = fromServer;
    this.documents = new Map(); // body hash -> { file, written, seen: [{ method, url, status }] }
    this.pending = new Set();
    this.unread = []; // responses whose body could not be read: { method, url, status, reason }
    this.dir = null;
  }

  // Every context the browser makes from now on (browser.newContext and browser.newPage, which
  // goes through it) is watched.
  watchBrowser(browser) {
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (...args) => {
      const context = await newContext(...args);
      this.watchContext(context);
      return context;
    };
  }

  watchContext(context) {
    // A body is read after its response arrives; a test that closes its page or context right
    // after a navigation must not take the body with it.
    const settleBefore = (target) => {
      const close = target.close.bind(target);
      target.close = async (...args) => {
        await this.settle();
        return close(...args);
      };
    };
    settleBefore(context);
    const newPage = context.newPage.bind(context);
    context.newPage = async (...args) => {
      const page = await newPage(...args);
      settleBefore(page);
      return page;
    };
    context.on('response', (response) => {
      const request = response.request();
      if (request.method() === 'HEAD' || !this.fromServer(response.url())) return;
      if (!hasDocument(response.status()) || !isHtml(response.headers())) return;
      this.#keep(request.method(), response.url(), response.status(), () => response.body(),
        request.method() === 'GET' ? () => this.#again(context, response.url()) : null);
    });
    // page.request and context.request share one API request context; its get/post/... all go
    // through fetch.
    const api = context.request;
    const fetch = api.fetch.bind(api);
    api.fetch = async (...args) => {
      const response = await fetch(...args);
      const method = (args[1]?.method || (typeof args[0] === 'string' ? 'GET' : args[0].method())).toUpperCase();
      if (method !== 'HEAD' && this.fromServer(response.url()) && hasDocument(response.status()) &&
          isHtml(response.headers())) {
        await this.#keep(method, response.url(), response.status(), () => response.body(), null);
      }
      return response;
    };
  }

  // The browser drops a document's body when its page moves on, and a test that navigates again
  // at once can win that race. A GET page is then asked for again, with the context's cookies
  // but from a request context of its own, so that no cookie the answer sets reaches the test.
  async #again(context, url) {
    const api = await apiRequest.newContext({ storageState: await context.storageState() });
    try {
      const response = await api.get(url, { maxRedirects: 0, failOnStatusCode: false });
      if (!hasDocument(response.status()) || !isHtml(response.headers())) {
        throw new Error(`asked again, it answered ${response.status()} ${response.headers()['content-type'] || ''}`);
      }
      return { status: response.status(), bytes: await response.body() };
    } finally {
      await api.dispose();
    }
  }

  #keep(method, url, status, body, again) {
    const saved = (async () => {
      let bytes;
      try {
        bytes = await body();
      } catch (error) {
        let reason = error.message.split('\n')[0];
        try {
          if (!again) throw new Error('not a GET: not asked again');
          ({ status, bytes } = await again());
          method = `${method} (asked again)`;
        } catch (failed) {
          reason += `; ${failed.message.split('\n')[0]}`;
          this.unread.push({ method, url, status, reason });
          return;
        }
      }
      const hash = createHash('sha256').update(bytes).digest('hex');
      this.dir ??= mkdtemp(path.join(tmpdir(), 'plenary-nu-'));
      const dir = await this.dir;
      let document = this.documents.get(hash);
      if (!document) {
        const file = path.join(dir, `page-${String(this.documents.size + 1).padStart(3, '0')}.html`);
        document = { file, seen: [], written: writeFile(file, bytes) };
        this.documents.set(hash, document);
      }
      await document.written;
      if (!document.seen.some((s) => s.url === url && s.status === status)) document.seen.push({ method, url, status });
    })().catch((error) => {
      this.unread.push({ method, url, status, reason: `not saved: ${error.message}` });
    });
    this.pending.add(saved);
    saved.finally(() => this.pending.delete(saved));
    return saved;
  }

  // Waits until every body seen so far is saved (before the browser closes).
  async settle() {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  // Checks every document gathered in one run and returns the failures as readable text, or
  // null when there are none.
  async errors() {
    await this.settle();
    for (const u of this.unread) {
      console.log(`Nu check: not checked, the body of ${u.method} ${u.url} (${u.status}) could not be read: ${u.reason}`);
    }
    if (this.documents.size === 0) return null;
    const dir = await this.dir;
    const canary = path.join(dir, 'canary.html');
    await writeFile(canary, CANARY);
    const byFile = new Map([...this.documents.values()].map((d) => [d.file, d]));
    // The checker names each file by a file: URL (file:/tmp/...).
    const started = Date.now();
    const raw = await runVnu([canary, ...byFile.keys()]);
    console.log(`Nu check: ${byFile.size} distinct HTML documents checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const messages = raw
      .filter((m) => m.type !== 'info')
      .map((m) => ({ ...m, file: m.url?.startsWith('file:') ? fileURLToPath(m.url) : m.url }));
    const problems = [];
    if (!messages.some((m) => m.file === canary && CANARY_MESSAGE.test(m.message))) {
      problems.push(`the Nu HTML checker did not report the duplicate id in ${canary}: the check is not working`);
    }
    const report = new Map();
    for (const m of messages) {
      if (m.file === canary) continue;
      const document = byFile.get(m.file);
      if (!report.has(document)) report.set(document, []);
      report.get(document).push(m);
    }
    let count = 0;
    for (const [document, found] of report) {
      const [first, ...others] = document?.seen ?? [{ method: '?', url: '(not a gathered page)', status: '?' }];
      const also = others.length === 0 ? '' :
        `\n  (the same HTML also for ${others.slice(0, 3).map((s) => `${s.method} ${s.url}`).join(', ')}` +
        `${others.length > 3 ? ` and ${others.length - 3} more` : ''})`;
      const lines = found.map((m) => {
        const line = m.firstLine ?? m.lastLine;
        const where = line === undefined ? '' : `line ${line}${m.firstColumn ? `, column ${m.firstColumn}` : ''}: `;
        const subtype = m.type === 'error' ? '' : `[${m.type}${m.subType ? ` ${m.subType}` : ''}] `;
        return `  ${subtype}${where}${m.message}${m.extract ? `\n      ${marked(m)}` : ''}`;
      });
      count += found.length;
      problems.push(`${first.method} ${first.url} (${first.status}, ${document ? path.basename(document.file) : found[0].url})${also}\n${lines.join('\n')}`);
    }
    if (problems.length === 0) {
      await rm(dir, { recursive: true, force: true });
      return null;
    }
    return `${path.basename(process.argv[1] || '')}: the Nu HTML checker found ${count} error(s) in ${report.size} of the ${this.documents.size} ` +
      `distinct HTML documents this file's tests received (kept in ${dir}):\n${problems.join('\n')}`;
  }
}
