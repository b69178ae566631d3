#!/bin/sh
# Everything a fresh Debian machine needs before the demo or the tests: the browser engines from
# Debian (test tools' own browser downloads fail here) and the locked npm dependencies.
# - chromium: Chromium, driven over the DevTools protocol;
# - firefox-esr: Firefox ESR, driven by Puppeteer over WebDriver BiDi;
# - webkit2gtk-driver, xvfb, xauth: WebKitGTK's MiniBrowser and WebKitWebDriver, under Xvfb.
# - python3-dateutil: an independent RFC 5545 implementation that test/node checks the recurrence
#   module against.
# `npm test` runs every browser test in all three. SETUP_ENGINES=chromium installs Chromium only
# (enough for `npm run demo` and for `npx web-test-runner`, which runs in Chromium by default).
set -eu
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

engines="${SETUP_ENGINES:-all}"
case "$engines" in
  all | chromium) ;;
  *) echo "SETUP_ENGINES=$engines: use all (the default) or chromium." >&2; exit 2 ;;
esac

missing=""
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing="$missing chromium"
python3 -c 'import dateutil' >/dev/null 2>&1 || missing="$missing python3-dateutil"
if [ "$engines" = all ]; then
  [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing="$missing firefox-esr"
  command -v WebKitWebDriver >/dev/null 2>&1 || missing="$missing webkit2gtk-driver"
  command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb"
  command -v xauth >/dev/null 2>&1 || missing="$missing xauth"
fi

if [ -n "$missing" ]; then
  echo "Installing from Debian:$missing…"
  # shellcheck disable=SC2086
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null; }; then
    echo "Could not install$missing from Debian (see apt-get's message above)." >&2
    echo "npm test runs the browser tests in Chromium, Firefox ESR and WebKitGTK and needs them all" >&2
    echo "(and python3-dateutil for the recurrence tests);" >&2
    echo "install them by hand, or set SETUP_ENGINES=chromium for Chromium alone." >&2
    exit 1
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
