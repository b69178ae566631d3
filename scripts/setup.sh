#!/bin/sh
# Everything a fresh Debian machine needs before the demo or the tests: the three browser engines
# from Debian (test tools' own browser downloads fail here) and the locked npm dependencies.
# - chromium: Chromium, driven over the DevTools protocol;
# - firefox-esr: Firefox ESR, driven by Puppeteer over WebDriver BiDi;
# - webkit2gtk-driver, xvfb, xauth: WebKitGTK's MiniBrowser and WebKitWebDriver, under Xvfb.
set -eu
cd "$(dirname "$0")/.."
missing=""
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing="$missing chromium"
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing="$missing firefox-esr"
command -v WebKitWebDriver >/dev/null 2>&1 || missing="$missing webkit2gtk-driver"
command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb"
command -v xauth >/dev/null 2>&1 || missing="$missing xauth"
if [ -n "$missing" ]; then
  echo "Installing from Debian:$missing…"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
