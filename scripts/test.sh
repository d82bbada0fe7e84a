#!/usr/bin/env bash
# The second README command: install, build and run every test (unit, integration against a
# real server and real SQLite + PostgreSQL, mail against a real SMTP peer, browser, fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 900
