#!/bin/sh
# Everything a fresh Debian machine needs before the demo or the tests: browser engines from Debian
# (test tools' own browser downloads fail here) and the locked npm dependencies.
# - chromium: Chromium, driven over the DevTools protocol;
# - firefox-esr: Firefox ESR, driven by Puppeteer over WebDriver BiDi;
# - webkit2gtk-driver, xvfb, xauth: WebKitGTK's MiniBrowser and WebKitWebDriver, under Xvfb.
set -eu
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
install() {
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}
# Chromium runs `npm test`: without it nothing can be tested.
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Chromium from Debian…"
  install chromium
fi
# Firefox ESR and WebKitGTK run `npm run test:engines` (which sets SETUP_ENGINES=all); `npm test`
# and the demo need only Chromium.
others=""
if [ "${SETUP_ENGINES:-}" = all ]; then
  [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || others="$others firefox-esr"
  command -v WebKitWebDriver >/dev/null 2>&1 || others="$others webkit2gtk-driver"
  command -v xvfb-run >/dev/null 2>&1 || others="$others xvfb"
  command -v xauth >/dev/null 2>&1 || others="$others xauth"
fi
if [ -n "$others" ]; then
  echo "Installing from Debian for the other engines:$others…"
  # shellcheck disable=SC2086
  install $others || echo "Could not install$others: npm run test:engines needs them; npm test does not."
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
