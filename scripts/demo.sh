#!/usr/bin/env bash
# The first README command: install, build, load the demo edition into an embedded SQLite
# database under data/ and serve it. Prints the local address and a one-time sign-in link.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p data
DB="sqlite:data/demo.sqlite"
LISTEN="${PLENARY_LISTEN:-127.0.0.1:8080}"
./build/plenary migrate --db "$DB"
./build/plenary demo --db "$DB" --base-url "http://${LISTEN}"
exec ./build/plenary serve --db "$DB" --listen "$LISTEN"
