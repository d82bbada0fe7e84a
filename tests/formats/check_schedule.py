"""Validates a frab/pentabarf schedule.xml and schedule.json against the c3voc validator
schemas vendored in tests/formats/c3voc/ (see the README there), the ones conference apps
are checked against. Prints every error with where it is; exit 1 if there is any.

usage: /usr/bin/python3 check_schedule.py [--xml FILE] [--json FILE] [--formats]
       (at least one of --xml/--json; FILE may be "-" for standard input)

As a module:
    import check_schedule
    errors = check_schedule.xml_errors(xml_bytes)    # ["/schedule/day[1]/...: line 7: ...", ...]
    errors = check_schedule.json_errors(json_text)   # ["$.schedule.conference.days[0]...: ...", ...]

XML: lxml (python3-lxml) with the XSD, or `xmllint --noout --schema` where lxml is missing.
JSON: python3-jsonschema with the validator the schema's "$schema" names (draft-06) and
format checks on (jsonschema.FormatChecker(): every format whose checker is installed).
Debian 12 has no python3-rfc3339-validator, so "date-time" would go unchecked; this file
adds a strict RFC 3339 date-time check of its own when jsonschema has none.
"""
import argparse
import datetime
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
XSD = os.path.join(HERE, "c3voc", "schedule.xml.xsd")
JSON_SCHEMA = os.path.join(HERE, "c3voc", "schema.json")

# The formats the vendored JSON schema uses, and the Debian package jsonschema needs to check
# each (date and uuid need none; date-time is checked here, below, when jsonschema cannot).
SCHEMA_FORMATS = ("date", "date-time", "uri", "uuid", "color")
FORMAT_PACKAGES = {"uri": "python3-rfc3987", "color": "python3-webcolors"}

_RFC3339_DATE_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$")


def _is_rfc3339_date_time(value):
    """RFC 3339 section 5.6 date-time; a leap second (:60) is accepted, as the RFC does."""
    if not isinstance(value, str):
        return True  # formats only constrain strings
    m = _RFC3339_DATE_TIME.match(value)
    if not m:
        return False
    year, month, day, hour, minute, second = (int(m.group(i)) for i in range(1, 7))
    if m.group(9) is not None and (int(m.group(9)) > 23 or int(m.group(10)) > 59):
        return False
    try:
        datetime.datetime(year, month, day, hour, minute, min(second, 59))
    except ValueError:
        return False
    return second <= 60


def format_checker():
    """jsonschema's checker for every format it can check here, plus date-time if missing."""
    checker = jsonschema.FormatChecker()
    if "date-time" not in checker.checkers:
        checker.checks("date-time")(_is_rfc3339_date_time)
    return checker


def active_formats():
    """(checked, unchecked) among the formats the JSON schema uses."""
    checked = set(format_checker().checkers)
    return ([f for f in SCHEMA_FORMATS if f in checked], [f for f in SCHEMA_FORMATS if f not in checked])


def _json_path(error):
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}" if re.match(r"^[A-Za-z_$][\w$]*$", part) \
            else f"[{json.dumps(part)}]"
    return path


def _describe(error, indent="  "):
    """The error, and for oneOf/anyOf the reason each alternative failed."""
    lines = [f"{_json_path(error)}: {error.message} [{error.validator}]"]
    for sub in sorted(error.context or [], key=lambda e: (list(e.relative_schema_path), e.message)):
        where = f"{_json_path(sub)}: " if sub.absolute_path else ""
        lines.append(f"{indent}- alternative {'/'.join(map(str, sub.relative_schema_path))}: {where}{sub.message}")
    return "\n".join(lines)


def json_errors(text, schema_path=JSON_SCHEMA):
    """Every schema error in a schedule.json (str or bytes), each with its JSON path."""
    try:
        document = json.loads(text)
    except ValueError as error:
        return [f"$: not JSON: {error}"]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=format_checker())
    errors = sorted(validator.iter_errors(document), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    return [_describe(e) for e in errors]


def _xml_errors_lxml(data, schema_path):
    from lxml import etree
    schema = etree.XMLSchema(etree.parse(schema_path))
    try:
        document = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True),
                                    base_url="schedule.xml")
    except etree.XMLSyntaxError as error:
        return [f"/: line {error.lineno}: not well-formed XML: {error.msg}"]
    if schema.validate(document):
        return []
    # libxml2 follows each failed facet with "Warning: No precomputed value available, ..."
    # about the same attribute: not an error of its own.
    return [f"{e.path or '/'}: line {e.line}: {e.message}" for e in schema.error_log
            if "No precomputed value available" not in e.message]


def _xml_errors_xmllint(data, schema_path):
    xmllint = shutil.which("xmllint")
    if not xmllint:
        raise RuntimeError("neither python3-lxml nor xmllint is installed")
    with tempfile.NamedTemporaryFile(suffix=".xml") as f:
        f.write(data)
        f.flush()
        run = subprocess.run([xmllint, "--noout", "--nonet", "--schema", schema_path, f.name],
                             capture_output=True, text=True)
    if run.returncode == 0:
        return []
    # "FILE:LINE: element event: Schemas validity error : Element 'event', attribute 'guid': ..."
    errors = [line.replace(f.name, "schedule.xml", 1) for line in run.stderr.splitlines()
              if line and not line.endswith(" fails to validate") and "No precomputed value available" not in line]
    return errors or [run.stderr.strip() or f"xmllint exited {run.returncode}"]


def xml_errors(data, schema_path=XSD):
    """Every schema error in a schedule.xml (bytes or str), each with its element path and line."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if importlib.util.find_spec("lxml") is None:
        return _xml_errors_xmllint(data, schema_path)
    return _xml_errors_lxml(data, schema_path)


def _read(name):
    if name == "-":
        return sys.stdin.buffer.read()
    with open(name, "rb") as f:
        return f.read()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--xml", metavar="FILE", help="a schedule.xml to check against c3voc/schedule.xml.xsd")
    parser.add_argument("--json", metavar="FILE", help="a schedule.json to check against c3voc/schema.json")
    parser.add_argument("--formats", action="store_true", help="say which JSON formats are checked here")
    parser.add_argument("--allow-unchecked-formats", action="store_true",
                        help="check JSON even if a format the schema uses cannot be checked here")
    args = parser.parse_args(argv)
    checked, unchecked = active_formats()
    if args.formats:
        print(f"JSON formats checked: {', '.join(checked) or 'none'}; not checked: {', '.join(unchecked) or 'none'}")
        if not (args.xml or args.json):
            return 0
    if not (args.xml or args.json):
        parser.error("give --xml FILE and/or --json FILE")
    failed = False
    if args.json and unchecked and not args.allow_unchecked_formats:
        missing = sorted({FORMAT_PACKAGES.get(f, "?") for f in unchecked})
        print(f"cannot check the JSON formats {', '.join(unchecked)}: install {' '.join(missing)} "
              f"(or pass --allow-unchecked-formats)")
        failed = True
    for kind, name, check in (("xml", args.xml, xml_errors), ("json", args.json, json_errors)):
        if not name:
            continue
        errors = check(_read(name))
        if errors:
            failed = True
            print(f"{name}: {len(errors)} error(s) against the c3voc {kind} schema")
            for error in errors:
                print(f"  {error}")
        else:
            print(f"{name}: valid against the c3voc {kind} schema")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
