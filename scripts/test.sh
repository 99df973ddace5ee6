#!/usr/bin/env bash
# Everything the tests need, then every test: data validation, passage check, unit tests,
# production build, type check, browser tests. Works on a fresh Debian machine with Node >= 20.9.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CI="${CI:-true}"

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "== installing Debian's chromium (Playwright cannot download browsers here)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

echo "== npm ci"
npm ci --no-audit --no-fund

echo "== data validation"
npm run --silent validate

if [ -f ../shared/tools/check-quotes.mjs ]; then
  echo "== passage check (../shared/tools/check-quotes.mjs)"
  node ../shared/tools/check-quotes.mjs data
else
  echo "== passage check: ../shared/tools not present; the data audit in the unit tests still needs SOURCE_TEXTS_DIR"
fi

echo "== unit tests"
npx vitest run

echo "== production build (validates the data, draws the charts, builds the site)"
npm run build

echo "== type check"
npx tsc --noEmit

echo "== browser tests (Chromium, JavaScript on and off)"
npx playwright test
