#!/usr/bin/env bash
# Idempotently installs the pinned real n8n runtime (e2e/n8n-runtime) under Node 24 and builds
# sqlite3 against Node 24 headers. Fast (seconds) when everything is already in place.
# Prints the runtime dir on the last line of stdout.
#
# Notes:
#  * `npm ci` fails with the lock (missing optional darwin packages in this registry) -> `npm install`.
#  * --ignore-scripts: no install scripts are needed except sqlite3, which is rebuilt explicitly.
#  * npm_config_nodedir must point at Node 24 (~/.npmrc has nodedir=/usr = Node 20 headers).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RT="$REPO/e2e/n8n-runtime"
log() { echo "[setup-n8n] $*" >&2; }
t0=$SECONDS

NODE24="$(bash "$REPO/scripts/ensure-node24.sh")"
export NODE24
export PATH="$NODE24/bin:$PATH"
export npm_config_nodedir="$NODE24"
log "node $(node --version) ($NODE24), npm $(npm --version)"

stamp="$RT/node_modules/.setup-n8n.stamp"
lockhash() { cat "$RT/package.json" "$RT/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1 || true; }
want="$(lockhash)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$RT/node_modules/.bin/n8n" ]; then
  log "n8n dependencies up to date (stamp matches package.json + package-lock.json)"
else
  avail_kb="$(df -Pk "$RT" | awk 'NR==2{print $4}')"
  if [ "${avail_kb:-0}" -lt 4000000 ]; then
    log "WARNING: only $((avail_kb / 1024)) MB free; n8n needs ~3 GB"
  fi
  log "npm install in $RT (takes ~2-3 min fresh) ..."
  (cd "$RT" && timeout 1500 npm install --omit=dev --ignore-scripts --no-audit --no-fund >&2)
  # the lock may have just been created: stamp with the final content
  lockhash > "$stamp"
  log "npm install done ($((SECONDS - t0)) s)"
fi

sqlite_node="$RT/node_modules/sqlite3/build/Release/node_sqlite3.node"
if [ -f "$sqlite_node" ] && (cd "$RT" && node -e 'require("sqlite3")' 2>/dev/null); then
  log "sqlite3 native module present and loads under Node 24"
else
  log "npm rebuild sqlite3 (compiles SQLite from source, ~80 s) ..."
  t1=$SECONDS
  (cd "$RT" && timeout 1200 npm rebuild sqlite3 --ignore-scripts=false --foreground-scripts >&2)
  (cd "$RT" && node -e 'const s=require("sqlite3");new s.Database(":memory:").get("select sqlite_version() v",(e,r)=>{if(e)throw e;console.error("[setup-n8n] sqlite "+r.v)})' >&2)
  log "sqlite3 built ($((SECONDS - t1)) s)"
fi

ver="$(node -p 'require(process.argv[1]).version' "$RT/node_modules/n8n/package.json")"
log "n8n $ver ready in $RT (total $((SECONDS - t0)) s)"
echo "$RT"
