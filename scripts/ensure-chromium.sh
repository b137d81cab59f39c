#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the real-browser test (test/browser): does nothing
# when $CHROMIUM_PATH (default /usr/bin/chromium) exists, otherwise installs the `chromium` package
# with apt-get (as root, or through sudo). Prints the browser path on the last line of stdout.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
log() { echo "[ensure-chromium] $*" >&2; }

if [ ! -x "$CHROMIUM" ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      log "$CHROMIUM is missing and this is not root: install the chromium package"
      exit 1
    fi
    SUDO="sudo"
  fi
  log "installing Debian's chromium package (apt-get)"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >&2
  [ -x "$CHROMIUM" ] || { log "apt-get finished but $CHROMIUM is still missing"; exit 1; }
fi
log "$("$CHROMIUM" --version 2>/dev/null | head -1)"
echo "$CHROMIUM"
