#!/usr/bin/env python3
"""Seams of docs/ARCHITECTURE.md that a reviewer would otherwise have to remember, checked on
every file under src/ (code only: a comment may name what a rule forbids).

Usage: source_rules.py [SOURCE_DIR]   (exit 1 and one line per breach)"""
import os
import re
import sys

root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..'))
src = os.path.join(root, 'src')

# (what, pattern, folders where it may stand, why); a folder ending in "_test" stands for the
# tests beside the code.
RULES = [
    ('a raw soci::transaction', re.compile(r'\bsoci::transaction\b'), ['store/core/'],
     'every write goes through store::WriteTransaction (store/core/write_transaction.h), which takes '
     'SQLite\'s write lock first and turns duplicate keys into kConflict'),
    ('the wall clock in a page', re.compile(r'\bNowUtc\(|\btime\(nullptr\)|\bsystem_clock::now|\bSystemClock\b'),
     ['store/', 'domain/', 'engine/', 'report/', 'mail/', 'cli/', 'app/', '_test'],
     'handlers take the time from the request\'s clock (ctx.Now(), domain/core/clock.h), so tests can set it'),
    ('a COIN-OR header', re.compile(r'#include <(Cbc|Osi|Coin|Clp)'), ['engine/milp/'],
     'CBC is reached through engine/milp (the one seam both solvers use)'),
    ('a literal HTTP status in an error page', re.compile(r'ErrorPage\(ctx, \d'), ['_test'],
     'pages answer with an Error (web/server/http_status.cc maps its code to the status)'),
]


def code_lines(text):
    """The lines of a C++ file without // comments (a rule may be named in a comment)."""
    for number, line in enumerate(text.split('\n'), 1):
        yield number, line.split('//', 1)[0]


problems = []
for dirpath, _, filenames in os.walk(src):
    for name in sorted(filenames):
        if not name.endswith(('.h', '.cc')):
            continue
        path = os.path.join(dirpath, name)
        rel = os.path.relpath(path, src)
        text = open(path, encoding='utf-8').read()
        for what, pattern, allowed, why in RULES:
            is_test = rel.endswith(('_test.cc', '_test.h'))
            if any(rel.startswith(a) or (a == '_test' and is_test) for a in allowed):
                continue
            for number, line in code_lines(text):
                if pattern.search(line):
                    problems.append('src/%s:%d: %s: %s' % (rel, number, what, why))

for p in problems:
    print(p)
if problems:
    sys.exit(1)
print('every file under src/ keeps the source rules')
