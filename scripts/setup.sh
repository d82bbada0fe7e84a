#!/usr/bin/env bash
# Installs every Debian and npm package Plenary needs that is missing, then builds.
# Idempotent: a second run installs nothing and rebuilds only what changed.
# Used by scripts/demo.sh, scripts/test.sh and therefore by CI.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Why each package is here: docs/ARCHITECTURE.md, "Dependencies".
PACKAGES=(
  build-essential cmake pkg-config git ca-certificates curl
  libpoco-dev libsoci-dev libboost-dev libctemplate-dev coinor-libcbc-dev libicu-dev
  libsodium-dev libmd4c-dev libmd4c-html0-dev libhowardhinnant-date-dev tzdata
  libxlsxwriter-dev nlohmann-json3-dev libtomlplusplus-dev
  libgtest-dev libgmock-dev libbenchmark-dev clang libclang-rt-14-dev
  postgresql python3 python3-aiosmtpd python3-icalendar libxml2-utils postfix openssl
  python3-jsonschema python3-rfc3987 python3-webcolors python3-lxml default-jre-headless
  chromium fonts-noto-core fonts-noto-cjk
)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$package")
  fi
done
if ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  # Postfix is for tests only (tests/mail/postfix_instance.py runs private instances on
  # loopback): "No configuration" makes the package ask nothing and write no
  # /etc/postfix/main.cf, so no system Postfix is set up or listens on port 25.
  if [[ " ${missing[*]} " == *" postfix "* ]]; then
    echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
  fi
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

# Browser tests: playwright-core drives Debian's chromium; it never downloads a browser.
if [ ! -d tests/browser/node_modules ] ||
   [ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]; then
  (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

# The API description's independent validator (redocly), pinned in tests/api.
if [ ! -d tests/api/node_modules ] ||
   [ tests/api/package-lock.json -nt tests/api/node_modules/.package-lock.json ]; then
  (cd tests/api && npm ci --no-audit --no-fund --loglevel=error)
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
