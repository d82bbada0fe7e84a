#!/usr/bin/python3
"""Checks delivered mail strictly, as a picky receiver would (stdlib only).

For each message prints one JSON object on a line: file, from, to (decoded display names
and addresses), subject (decoded), auto_submitted, and problems (empty when fine). Exit
code 1 if any message has a problem (2 on bad usage).

Checks: line ends (raw SMTP data: CRLF only, no bare LF or CR; a Maildir message, whose
line ends Postfix has made LF: LF only and no CR at all); no line over 998 octets; no 8-bit
byte in the header; MIME-Version: 1.0; a charset on every text part; Date parses, with a
numeric zone (+0000, not GMT/UT); one Message-ID of the form <left@domain>; every RFC 2047
encoded-word at most 75 characters, decoding on its own to valid text in its charset (no
character split across two words), on header lines of at most 76 characters; no 8-bit data
in a part unless its Content-Transfer-Encoding is 8bit or binary; the parser's
defects (email.policy.strict stops at the first: reported as "strict parse: ..."; then the
message and header defects that email.policy.default collects are all listed).

usage: /usr/bin/python3 strict_check.py [--line-ends crlf|lf|auto] PATH...
PATH: a message file, a Maildir (a folder with new/ or cur/; its messages are LF) or a
folder of *.eml files (tls_smtpd.py's output: raw SMTP data, CRLF). auto (default): LF
inside a Maildir, CRLF elsewhere.
Python: strict_check.check(data: bytes, crlf: bool) -> dict as printed.
"""
import argparse
import base64
import binascii
import email
import email.header
import email.policy
import email.utils
import json
import os
import re
import sys

ENCODED_WORD = re.compile(rb"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
NUMERIC_ZONE = re.compile(r"[+-]\d{4}\s*(\([^()]*\))?\s*$")
MESSAGE_ID = re.compile(r"^<[^<>@\s]+@[^<>@\s]+>$")


def split_lines(data, crlf):
    """Returns (lines without their ends, problems about line ends)."""
    problems = []
    if crlf:
        lines = data.split(b"\r\n")
        if lines and lines[-1] == b"":
            lines.pop()
        elif data:
            problems.append("does not end with CRLF")
        bare_lf = sum(line.count(b"\n") for line in lines)
        bare_cr = sum(line.count(b"\r") for line in lines)
        if bare_lf:
            problems.append(f"{bare_lf} bare LF (line end without CR)")
        if bare_cr:
            problems.append(f"{bare_cr} bare CR")
        lines = [piece for line in lines for piece in re.split(rb"\r|\n", line)]
    else:
        lines = data.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        if b"\r" in data:
            problems.append(f"{data.count(13)} CR in a Maildir message (LF line ends expected)")
        lines = [line.rstrip(b"\r") for line in lines]
    return lines, problems


def check_encoded_words(header_lines):
    problems = []
    for line in header_lines:
        words = list(ENCODED_WORD.finditer(line))
        if words and len(line) > 76:
            problems.append(f"header line with encoded-words is {len(line)} > 76 characters: "
                            f"{line[:40]!r}...")
        for word in words:
            text = word.group(0).decode("ascii", "replace")
            if len(word.group(0)) > 75:
                problems.append(f"encoded-word of {len(word.group(0))} > 75 characters: {text}")
            charset, encoding, payload = (g.decode("ascii", "replace") for g in word.groups())
            try:
                if encoding in "bB":
                    raw = base64.b64decode(payload + "=" * (-len(payload) % 4), validate=True)
                else:
                    raw = binascii.a2b_qp(payload.replace("_", " "), header=True)
                raw.decode(charset.split("*")[0], "strict")
            except LookupError:
                problems.append(f"unknown charset in encoded-word: {text}")
            except (ValueError, binascii.Error) as e:  # UnicodeDecodeError is a ValueError
                problems.append(f"encoded-word does not decode on its own ({e}): {text}")
    return problems


def check(data, crlf):
    problems = []
    lines, line_problems = split_lines(data, crlf)
    problems += line_problems
    long_lines = [len(line) for line in lines if len(line) > 998]
    if long_lines:
        problems.append(f"{len(long_lines)} line(s) over 998 octets (longest {max(long_lines)})")
    header_lines = lines[:lines.index(b"")] if b"" in lines else lines
    if any(b > 0x7F for line in header_lines for b in line):
        problems.append("raw 8-bit byte(s) in the header")
    problems += check_encoded_words(header_lines)

    try:
        strict = email.message_from_bytes(data, policy=email.policy.strict)
        for part in strict.walk():
            for name, value in part.items():
                str(value)
    except Exception as e:
        problems.append(f"strict parse: {type(e).__name__}: {e}")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        problems += [f"defect: {type(d).__name__}: {d}" for d in part.defects]
        for name, value in part.items():
            problems += [f"defect in {name}: {type(d).__name__}: {d}"
                         for d in getattr(value, "defects", ())]
        cte = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
        payload = part._payload if not part.is_multipart() else ""  # raw: 8-bit as surrogates
        if cte not in ("8bit", "binary") and isinstance(payload, str) and \
                any("\udc80" <= c <= "\udcff" for c in payload):
            problems.append(f"8-bit data in a part whose Content-Transfer-Encoding is {cte}")
        if part.get_content_maintype() == "text":
            if "Content-Type" not in part:
                problems.append("text part without Content-Type")
            elif part.get_param("charset") is None:
                problems.append(f"no charset in Content-Type: {part['Content-Type']}")

    raw = email.message_from_bytes(data, policy=email.policy.compat32)  # values as sent
    if (raw.get("MIME-Version") or "").strip() != "1.0":
        problems.append(f"MIME-Version is {raw.get('MIME-Version')!r}, not 1.0")
    date = raw.get("Date")
    if date is None:
        problems.append("no Date")
    else:
        try:
            email.utils.parsedate_to_datetime(date)
        except (TypeError, ValueError):
            problems.append(f"Date does not parse: {date!r}")
        if not NUMERIC_ZONE.search(date):
            problems.append(f"Date has no numeric zone: {date!r}")
    ids = raw.get_all("Message-ID") or []
    if len(ids) != 1:
        problems.append(f"{len(ids)} Message-ID headers")
    elif not MESSAGE_ID.match(ids[0].strip()):
        problems.append(f"Message-ID not of the form <left@domain>: {ids[0]!r}")

    to = getattr(msg.get("To"), "addresses", ())
    return {
        "from": str(msg.get("From", "")),
        # Python's address parser keeps the folding space between two encoded-words of a display
        # name (its own output does not survive a round trip); RFC 2047 section 6.2 drops it, as
        # email.header.decode_header does: "to_decoded" is the To header read that way.
        "to": [a.display_name for a in to],
        "to_decoded": rfc2047(raw.get("To", "")),
        "from_decoded": rfc2047(raw.get("From", "")),
        "to_addresses": [a.addr_spec for a in to],
        "subject": str(msg.get("Subject", "")),
        "auto_submitted": str(msg["Auto-Submitted"]) if "Auto-Submitted" in msg else None,
        "problems": problems,
    }


def rfc2047(value):
    """A header value decoded per RFC 2047: whitespace between adjacent encoded-words dropped."""
    return str(email.header.make_header(email.header.decode_header(value.replace("\r\n", "").replace("\n", ""))))


def message_files(path):
    """(file, in a Maildir) for a file, a Maildir or a folder of *.eml files."""
    if not os.path.isdir(path):
        parent = os.path.basename(os.path.dirname(os.path.abspath(path)))
        return [(path, parent in ("new", "cur"))]
    subs = [os.path.join(path, s) for s in ("new", "cur") if os.path.isdir(os.path.join(path, s))]
    if subs:
        return [(os.path.join(s, n), True) for s in subs for n in sorted(os.listdir(s))]
    return [(os.path.join(path, n), False) for n in sorted(os.listdir(path)) if n.endswith(".eml")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--line-ends", choices=("crlf", "lf", "auto"), default="auto")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    failed = False
    for path in args.paths:
        for file, in_maildir in message_files(path):
            with open(file, "rb") as f:
                data = f.read()
            crlf = args.line_ends == "crlf" or (args.line_ends == "auto" and not in_maildir)
            result = {"file": file, **check(data, crlf)}
            failed = failed or bool(result["problems"])
            print(json.dumps(result, ensure_ascii=False))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
