#!/usr/bin/env python3
"""Turns hand-annotated notes into the guard corpus: NAME.annotated.md -> NAME.md (plain text)
and NAME.expected.tsv (kind, start, end, participant, text; UTF-8 byte offsets, end exclusive).

Annotation: [[k:ID|text]] with k = n (name), a (affiliation), d (description); several ids
(k:ID1,ID2) when one span names several participants (a shared family name). The offsets come
from the annotation alone, never from the engine, so the corpus test can disagree with it.
Run from this directory after editing an annotated file."""
import glob
import re

KINDS = {"n": "name", "a": "affiliation", "d": "description"}
MARK = re.compile(r"\[\[([nad]):([^|\]]+)\|(.*?)\]\]", re.S)

for source in sorted(glob.glob("*.annotated.md")):
    text = open(source, encoding="utf-8").read()
    plain = bytearray()
    rows = []
    pos = 0
    for m in MARK.finditer(text):
        plain += text[pos:m.start()].encode()
        start = len(plain)
        plain += m.group(3).encode()
        for pid in m.group(2).split(","):
            rows.append((start, len(plain), pid, KINDS[m.group(1)], m.group(3)))
        pos = m.end()
    plain += text[pos:].encode()
    base = source[: -len(".annotated.md")]
    open(base + ".md", "wb").write(bytes(plain))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    with open(base + ".expected.tsv", "w", encoding="utf-8") as out:
        out.write("# kind\tstart\tend\tparticipant\ttext (newlines as \\n)\n")
        for start, end, pid, kind, t in rows:
            out.write(f"{kind}\t{start}\t{end}\t{pid}\t{t.replace(chr(10), chr(92) + 'n')}\n")
    print(base, len(rows), "findings")
