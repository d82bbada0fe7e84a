"""Checks a running Plenary server's /api/ against its OpenAPI 3.1 description.

usage: /usr/bin/python3 tests/api/check_api.py (BASE_URL | --plenary BINARY) [--spec FILE] [--source DIR]
  BASE_URL     a running server, e.g. http://127.0.0.1:18392 (with the demo loaded)
  --plenary BINARY  start that plenary binary on a free loopback port over a fresh demo database
               in a temporary folder (`plenary demo`, then `plenary serve`), check it, stop it
  --spec FILE  the document to check against (src/web/programme/openapi.json) instead of the one
               the server serves at /api/openapi.json; when the server serves one too, the two
               must be the same
  --source DIR the source tree whose "/api/..." route literals must all be documented
               (default: this checkout)

What it checks, each printed as "ok ..." or "FAIL ...", then "N passed, M failed"; exit 1 on any
failure:
 1. the document: OpenAPI 3.1 with the JSON Schema 2020-12 dialect; every schema in it is a valid
    2020-12 schema; every example in it validates against its schema (python3-jsonschema);
 2. `redocly lint` (tests/api/node_modules, pinned in package.json; config redocly.yaml) passes,
    run offline: telemetry off, no update check;
 3. every "/api/..." route literal under src/ is a documented path;
 4. every documented GET, with every example value of its parameters: the status is documented,
    the body is application/json (UTF-8) and validates against the documented schema of that
    status, documented headers are present when required and match their schema; a 200 with an
    ETag is asked again with If-None-Match and must be a documented 304 without a body;
 5. errors: a parameter that is not a number (400 or 404), a malformed address ("%zz": 400), POST
    and DELETE on each path (405, with an Allow header naming GET), and an unknown /api/ address
    (404) must each be answered with a documented error status and a JSON body of the documented
    Error shape.

JSON Schema validation uses Draft202012Validator with format checks on; Debian 12 has no
rfc3339-validator, so "date-time" is checked here (RFC 3339 section 5.6).
"""
import argparse
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

import jsonschema
from jsonschema import Draft202012Validator, RefResolver

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
REDOCLY = os.path.join(HERE, "node_modules", ".bin", "redocly")
REDOCLY_CONFIG = os.path.join(HERE, "redocly.yaml")
DIALECTS = ("https://json-schema.org/draft/2020-12/schema", "https://spec.openapis.org/oas/3.1/dialect/base")
# Path parameter values no documented schema accepts: the answer must be a documented error.
INVALID_PATH_VALUES = ("abc", "0")
# Sent as they are: not a well-formed address at all ("%" not followed by two hex digits): 400.
MALFORMED_PATH_VALUES = ("%zz",)
UNKNOWN_API_PATH = "/api/no-such-address"

# The same format checks as the schedule feeds' (date-time included where Debian lacks it).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "formats"))
from check_schedule import format_checker  # noqa: E402


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def ok(self, what):
        self.passed += 1
        print("ok   " + what)

    def fail(self, what, details=()):
        self.failed += 1
        print("FAIL " + what)
        for line in details:
            print("       " + line)

    def check(self, what, problems):
        if problems:
            self.fail(what, problems)
        else:
            self.ok(what)


# --- the document -------------------------------------------------------------------------------

def resolve(spec, node):
    """A "#/..." $ref of the document, followed until it is no $ref."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 20:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError("only local references are supported: " + ref)
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        seen += 1
    return node


def validator_for(spec, schema):
    return Draft202012Validator(schema, resolver=RefResolver.from_schema(spec, id_of=lambda s: ""),
                                format_checker=format_checker())


def schema_errors(spec, schema, instance):
    errors = sorted(validator_for(spec, schema).iter_errors(instance), key=lambda e: list(e.absolute_path))
    out = []
    for e in errors:
        where = "$" + "".join("[%d]" % p if isinstance(p, int) else "." + str(p) for p in e.absolute_path)
        out.append("%s: %s" % (where, e.message))
        for sub in sorted(e.context or [], key=lambda s: list(s.absolute_path))[:6]:
            sub_where = "".join("[%d]" % p if isinstance(p, int) else "." + str(p) for p in sub.absolute_path)
            out.append("    %s%s: %s" % (where, sub_where, sub.message))
    return out


def walk_schemas(spec, node, where):
    """Every Schema Object of the document (components and inline, not below other schemas)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "schema" and isinstance(value, dict):
                yield where + "/schema", value
            elif key == "schemas" and where == "#/components" and isinstance(value, dict):
                for name, schema in value.items():
                    yield "#/components/schemas/" + name, schema
            else:
                yield from walk_schemas(spec, value, where + "/" + str(key).replace("/", "~1"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk_schemas(spec, value, "%s/%d" % (where, i))


def walk_media_examples(spec, node, where):
    """(where, schema, value) for every example of a media type or parameter."""
    if isinstance(node, dict):
        if isinstance(node.get("schema"), dict) and ("example" in node or "examples" in node):
            if "example" in node:
                yield where + "/example", node["schema"], node["example"]
            for name, example in (node.get("examples") or {}).items():
                example = resolve(spec, example)
                if isinstance(example, dict) and "value" in example:
                    yield "%s/examples/%s" % (where, name), node["schema"], example["value"]
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from walk_media_examples(spec, value, where + "/" + str(key).replace("/", "~1"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk_media_examples(spec, value, "%s/%d" % (where, i))


def check_document(spec, report):
    problems = []
    if not str(spec.get("openapi", "")).startswith("3.1."):
        problems.append("openapi is %r, not 3.1.x" % spec.get("openapi"))
    if spec.get("jsonSchemaDialect", DIALECTS[1]) not in DIALECTS:
        problems.append("jsonSchemaDialect %r is not JSON Schema 2020-12" % spec.get("jsonSchemaDialect"))
    if not any(s.get("url") == "/" for s in spec.get("servers", [])):
        problems.append('no server with the relative url "/"')
    report.check("the document is OpenAPI 3.1 with the JSON Schema 2020-12 dialect", problems)

    problems = []
    count = 0
    for where, schema in walk_schemas(spec, spec, "#"):
        count += 1
        try:
            Draft202012Validator.check_schema(schema)
        except jsonschema.SchemaError as e:
            problems.append("%s: %s" % (where, e.message))
    report.check("its %d schemas are valid JSON Schema 2020-12" % count, problems)

    problems = []
    count = 0
    for where, schema, value in walk_media_examples(spec, spec, "#"):
        count += 1
        problems += ["%s: %s" % (where, p) for p in schema_errors(spec, schema, value)]
    report.check("its %d examples validate against their schemas" % count, problems)


def run_redocly(spec_path, report):
    if not os.access(REDOCLY, os.X_OK):
        report.fail("redocly lint", ["%s is missing: run `npm ci --no-audit --no-fund` in %s" % (REDOCLY, HERE)])
        return
    env = dict(os.environ, REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true", NO_COLOR="1")
    command = [REDOCLY, "lint", "--config", REDOCLY_CONFIG, spec_path]
    print("$ " + " ".join(command))
    started = time.monotonic()
    try:
        done = subprocess.run(command, cwd=HERE, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, timeout=180)
    except subprocess.TimeoutExpired:
        report.fail("redocly lint", ["did not finish in 180 s"])
        return
    for line in done.stdout.rstrip().split("\n"):
        print("  | " + line)
    what = "redocly lint (exit %d, %.1f s)" % (done.returncode, time.monotonic() - started)
    report.check(what, [] if done.returncode == 0 else ["redocly lint failed: see its output above"])


def check_source_routes(spec, source, report):
    literal = re.compile(r'"(/api/[^"\s]*)"')
    documented = set(spec.get("paths", {}))
    problems = []
    found = 0
    src = os.path.join(source, "src")
    for dirpath, _, filenames in os.walk(src):
        for name in sorted(filenames):
            if not name.endswith((".cc", ".h")) or name.endswith(("_test.cc", "_test.h")):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    code = line.split("//", 1)[0]
                    for route in literal.findall(code):
                        if route.endswith("/"):
                            continue  # a prefix ("/api/"), not a route
                        found += 1
                        if route not in documented:
                            problems.append("%s:%d: %s is not in the document's paths" %
                                            (os.path.relpath(path, source), number, route))
    if found == 0:
        problems.append("no \"/api/...\" literal found under %s: wrong --source?" % src)
    report.check("every /api/ route under src/ is documented (%d literals)" % found, problems)


# --- the server ---------------------------------------------------------------------------------

class Answer:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers  # lower-case name -> value
        self.body = body


def request(base, method, path, headers=None):
    url = urllib.parse.urlsplit(base)
    connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    connection = connection_class(url.hostname, url.port, timeout=15)
    try:
        connection.request(method, url.path.rstrip("/") + path, headers=dict(headers or {}, Accept="application/json"))
        response = connection.getresponse()
        body = response.read()
        return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, body)
    finally:
        connection.close()


def documented_response(operation, status):
    responses = operation.get("responses", {})
    for key in (str(status), "%dXX" % (status // 100), "default"):
        if key in responses:
            return key, responses[key]
    return None, None


def json_body(answer):
    """(document, problems): the body as JSON, checked for an application/json UTF-8 type."""
    problems = []
    content_type = answer.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower()
    if media_type != "application/json":
        problems.append("Content-Type is %r, not application/json" % content_type)
    charset = re.search(r"charset=([^;\s]+)", content_type, re.I)
    if charset and charset.group(1).strip('"').lower() != "utf-8":
        problems.append("charset is %s, not utf-8" % charset.group(1))
    try:
        text = answer.body.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, problems + ["the body is not UTF-8: %s" % e]
    if text.startswith("\ufeff"):
        problems.append("the body starts with a byte order mark")
    if problems:
        return None, problems + ["body: " + text[:200].replace("\n", " ")]

    def no_constants(name):
        raise ValueError("%s is not JSON" % name)
    try:
        return json.loads(text, parse_constant=no_constants), problems
    except ValueError as e:
        return None, problems + ["the body is not JSON: %s" % e, "body: " + text[:200].replace("\n", " ")]


def check_answer(spec, operation, label, answer, report, expect=None):
    """The answer's status is documented (and in `expect`, when given) and it matches the
    documented response: headers, media type and schema. Returns the documented key or None."""
    key, response = documented_response(operation, answer.status)
    if response is None:
        report.fail(label, ["status %d is not documented for this operation (documented: %s)" %
                            (answer.status, ", ".join(operation.get("responses", {})))] +
                    ["body: " + answer.body[:200].decode("utf-8", "replace").replace("\n", " ")])
        return None
    response = resolve(spec, response)
    if expect and answer.status not in expect:
        report.fail("%s -> %d" % (label, answer.status),
                    ["expected %s" % " or ".join(map(str, expect)),
                     "body: " + answer.body[:200].decode("utf-8", "replace").replace("\n", " ")])
        return key
    problems = []
    for name, header in (response.get("headers") or {}).items():
        header = resolve(spec, header)
        value = answer.headers.get(name.lower())
        if value is None:
            if header.get("required"):
                problems.append("header %s is missing" % name)
            continue
        if "schema" in header:
            problems += ["header %s %r: %s" % (name, value, p) for p in schema_errors(spec, header["schema"], value)]
    content = response.get("content")
    if not content:
        if answer.body:
            problems.append("a %d has no body, but %d bytes came" % (answer.status, len(answer.body)))
    else:
        media = content.get("application/json")
        if media is None:
            problems.append("the document gives no application/json content for %s" % key)
        else:
            document, body_problems = json_body(answer)
            problems += body_problems
            if document is not None and "schema" in media:
                problems += schema_errors(spec, media["schema"], document)
    report.check("%s -> %d" % (label, answer.status), problems)
    return key


def path_parameters(spec, path_item, operation):
    params = {}
    for p in (path_item.get("parameters") or []) + (operation.get("parameters") or []):
        p = resolve(spec, p)
        params[(p["name"], p["in"])] = p
    return [p for (name, where), p in params.items() if where == "path"]


def example_values(spec, parameter):
    values = []
    if "example" in parameter:
        values.append(parameter["example"])
    for example in (parameter.get("examples") or {}).values():
        example = resolve(spec, example)
        if "value" in example:
            values.append(example["value"])
    if "example" in (parameter.get("schema") or {}):
        values.append(parameter["schema"]["example"])
    values += (parameter.get("schema") or {}).get("examples", [])
    return values


def fill(path, values):
    for name, value in values.items():
        path = path.replace("{%s}" % name, urllib.parse.quote(str(value), safe=""))
    return path


def check_server(spec, base, report):
    for path, path_item in spec.get("paths", {}).items():
        operation = path_item.get("get")
        if operation is None:
            continue
        params = path_parameters(spec, path_item, operation)
        if len(params) > 1:
            report.fail("GET %s" % path, ["only one path parameter is supported by this checker"])
            continue
        if params:
            name = params[0]["name"]
            values = example_values(spec, params[0])
            if not values:
                report.fail("GET %s" % path, ["parameter %s has no example values to try" % name])
                continue
            urls = [fill(path, {name: v}) for v in values]
            invalid = [fill(path, {name: v}) for v in INVALID_PATH_VALUES]
            malformed = [path.replace("{%s}" % name, v) for v in MALFORMED_PATH_VALUES]
        else:
            urls, invalid, malformed = [path], [], []

        for url in urls:
            try:
                answer = request(base, "GET", url)
            except OSError as e:
                report.fail("GET %s" % url, ["no answer: %s" % e])
                continue
            key = check_answer(spec, operation, "GET %s" % url, answer, report)
            etag = answer.headers.get("etag")
            if key == "200" and etag:
                again = request(base, "GET", url, {"If-None-Match": etag})
                check_answer(spec, operation, "GET %s If-None-Match: %s" % (url, etag), again, report, expect=(304,))

        # A value the parameter's schema refuses: a documented client error, as JSON.
        for url in invalid:
            answer = request(base, "GET", url)
            check_answer(spec, operation, "GET %s (not a valid %s)" % (url, params[0]["name"]), answer, report,
                         expect=(400, 404))

        for url in malformed:
            answer = request(base, "GET", url)
            check_answer(spec, operation, "GET %s (not a well-formed address)" % url, answer, report, expect=(400,))

        # Methods the address does not take: 405, JSON, Allow naming GET.
        for method in ("POST", "DELETE"):
            answer = request(base, method, urls[0], {"Content-Length": "0"})
            check_answer(spec, operation, "%s %s" % (method, urls[0]), answer, report, expect=(405,))
            allow = answer.headers.get("allow", "")
            if answer.status == 405 and allow and "GET" not in [m.strip() for m in allow.split(",")]:
                report.fail("%s %s: Allow names GET" % (method, urls[0]), ["Allow: %r" % allow])

    # An address under /api/ that does not exist: 404 in the documented Error shape.
    not_found = (spec.get("components", {}).get("responses", {}).get("NotFound"))
    if not_found is None:
        report.fail("GET %s" % UNKNOWN_API_PATH, ["the document has no components/responses/NotFound"])
    else:
        answer = request(base, "GET", UNKNOWN_API_PATH)
        check_answer(spec, {"responses": {"404": not_found}}, "GET %s" % UNKNOWN_API_PATH, answer, report,
                     expect=(404,))


def load_spec(args, report):
    """The document to check, and the path of a file holding it (for redocly)."""
    served = None
    try:
        answer = request(args.base_url, "GET", "/api/openapi.json")
        if answer.status == 200:
            served, problems = json_body(answer)
            if problems and not args.spec:
                report.fail("GET /api/openapi.json", problems)
                return None, None
        elif not args.spec:
            report.fail("GET /api/openapi.json", ["status %d" % answer.status])
            return None, None
    except OSError as e:
        report.fail("GET /api/openapi.json", ["no answer from %s: %s" % (args.base_url, e)])
        return None, None
    if args.spec:
        with open(args.spec, encoding="utf-8") as f:
            spec = json.load(f)
        if served is not None:
            report.check("the served /api/openapi.json is %s" % args.spec,
                         [] if served == spec else ["the served document differs from the file"])
        return spec, os.path.abspath(args.spec)
    handle, path = tempfile.mkstemp(prefix="plenary-openapi-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as f:
        json.dump(served, f, indent=2)
    return served, path


class DemoServer:
    """`plenary serve` on a free loopback port over a fresh demo database, for one run."""

    def __init__(self, binary):
        self.binary = os.path.abspath(binary)
        self.folder = tempfile.mkdtemp(prefix="plenary-api-")
        self.process = None
        self.output = []

    def __enter__(self):
        db = "sqlite:" + os.path.join(self.folder, "demo.sqlite")
        subprocess.run([self.binary, "demo", "--db", db], check=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, timeout=120)
        env = dict(os.environ, PLENARY_MAIL_WORKER="false")
        self.process = subprocess.Popen([self.binary, "serve", "--db", db, "--listen", "127.0.0.1:0"], env=env,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True)
        started = threading.Event()
        self.base_url = None

        def drain():  # keeps reading, so the server never blocks on a full pipe
            for line in self.process.stdout:
                self.output.append(line)
                m = re.search(r"serving at (http://127\.0\.0\.1:\d+)/", line)
                if m and not started.is_set():
                    self.base_url = m.group(1)
                    started.set()
            started.set()
        threading.Thread(target=drain, daemon=True).start()
        if not started.wait(30) or self.base_url is None:
            self.__exit__(None, None, None)
            raise RuntimeError("plenary serve did not start:\n" + "".join(self.output))
        return self

    def __exit__(self, *exc):
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base_url", nargs="?")
    parser.add_argument("--plenary", metavar="BINARY")
    parser.add_argument("--spec")
    parser.add_argument("--source", default=REPO)
    args = parser.parse_args()
    if (args.base_url is None) == (args.plenary is None):
        parser.error("give either BASE_URL or --plenary BINARY")
    if args.plenary:
        with DemoServer(args.plenary) as server:
            print("# plenary serve at %s (demo database in %s)" % (server.base_url, server.folder))
            args.base_url = server.base_url
            return check(args)
    return check(args)


def check(args):
    report = Report()
    spec, spec_path = load_spec(args, report)
    if spec is not None:
        try:
            check_document(spec, report)
            run_redocly(spec_path, report)
            check_source_routes(spec, args.source, report)
            check_server(spec, args.base_url, report)
        finally:
            if not args.spec:
                os.unlink(spec_path)
    print("%d passed, %d failed" % (report.passed, report.failed))
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
