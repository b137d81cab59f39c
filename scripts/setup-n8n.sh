#!/usr/bin/env bash
# Idempotently installs the pinned real n8n runtime (e2e/n8n-runtime) under Node 24 and builds
# sqlite3 against Node 24 headers. Fast (seconds) when everything is already in place.
# Prints a few progress lines on stderr (npm's own output goes to .runtime/logs/setup-n8n.log) and the
# runtime dir on the last line of stdout.
#
# Notes:
#  * `npm ci` fails with the lock (missing optional darwin packages in this registry) -> `npm install
#    --no-save`, which installs what the lockfile pins and leaves the tracked lockfile as it is.
#  * --ignore-scripts: no install scripts are needed except sqlite3, which is rebuilt explicitly.
#  * npm_config_nodedir must point at Node 24 (~/.npmrc has nodedir=/usr = Node 20 headers).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RT="$REPO/e2e/n8n-runtime"
LOGS="$REPO/.runtime/logs"
mkdir -p "$LOGS"
LOG="$LOGS/setup-n8n.log"
log() { echo "[setup-n8n] $*" >&2; }
# Runs a noisy command with its output in the log; on failure shows the end of it.
quietly() {
  if ! "$@" >>"$LOG" 2>&1; then
    log "failed: $* (last lines of $LOG below)"
    tail -n 40 "$LOG" >&2
    exit 1
  fi
}
t0=$SECONDS

NODE24="$(bash "$REPO/scripts/ensure-node24.sh" 2>>"$LOG")"
export NODE24
export PATH="$NODE24/bin:$PATH"
export npm_config_nodedir="$NODE24"

stamp="$RT/node_modules/.setup-n8n.stamp"
lockhash() { cat "$RT/package.json" "$RT/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1 || true; }
want="$(lockhash)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$RT/node_modules/.bin/n8n" ]; then
  log "n8n runtime up to date"
else
  avail_kb="$(df -Pk "$RT" | awk 'NR==2{print $4}')"
  if [ "${avail_kb:-0}" -lt 4000000 ]; then
    log "WARNING: only $((avail_kb / 1024)) MB free; n8n needs ~3 GB"
  fi
  log "installing n8n $(node -p 'require(process.argv[1]).dependencies.n8n' "$RT/package.json") on Node $(node --version) (2-4 min the first time; log: ${LOG#$REPO/})"
  (cd "$RT" && quietly timeout 1500 npm install --omit=dev --ignore-scripts --no-save --no-audit --no-fund --loglevel=error)
  lockhash > "$stamp"
  log "n8n installed ($((SECONDS - t0)) s)"
fi

sqlite_node="$RT/node_modules/sqlite3/build/Release/node_sqlite3.node"
if [ -f "$sqlite_node" ] && (cd "$RT" && node -e 'require("sqlite3")' 2>/dev/null); then
  :
else
  log "building sqlite3 for Node 24 (about 80 s)"
  t1=$SECONDS
  (cd "$RT" && quietly timeout 1200 npm rebuild sqlite3 --ignore-scripts=false --foreground-scripts)
  (cd "$RT" && quietly node -e 'const s=require("sqlite3");new s.Database(":memory:").get("select sqlite_version() v",(e,r)=>{if(e)throw e;console.log("sqlite "+r.v)})')
  log "sqlite3 built ($((SECONDS - t1)) s)"
fi

echo "$RT"
