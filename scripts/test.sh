#!/usr/bin/env bash
# Everything the tests need, then every test: data validation, passage check, unit tests,
# production build, type check, browser tests. Reads nothing outside the project. Works on a fresh Debian machine with Node >= 20.9.
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

echo "== data validation, and every passage checked against evidence/"
npm run --silent validate

echo "== unit tests"
npx vitest run

echo "== static bundle (npm run export → out/), for the static-server browser test"
npm run export

echo "== production build (validates the data, draws the charts, builds the site; after the export, which reuses .next/)"
# With a public origin, as a real deployment has (the export above has none: its addresses stay relative).
SITE_URL=https://kz-accountability.example npm run build

echo "== type check"
npx tsc --noEmit

echo "== browser tests (Chromium, JavaScript on and off)"
npx playwright test
