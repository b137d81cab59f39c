#!/usr/bin/env bash
# npm run bench: build and pack, then (1) each node's Return All against a bare HTTP loop on the same
# sandbox pages, and (2) in a real n8n, the Growsparks node against n8n's HTTP Request node with pagination.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p .runtime/pack
npm run --silent build >/dev/null
PKG_TGZ="$PWD/.runtime/pack/$(npm pack --silent --pack-destination .runtime/pack | tail -1)"
node scripts/bench/bench.js
bash scripts/setup-n8n.sh >/dev/null
node scripts/bench/n8n-compare.js "$PKG_TGZ"
