#!/usr/bin/env bash
# `npm start` (and `npm run start:queue`, which passes --queue): build and pack this package, make
# sure Node 24 and the pinned n8n are installed, then start the sandboxes and a real n8n with the
# package, credentials and example workflows (scripts/start.js).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p .runtime/pack
npm run --silent build
PKG_TGZ=".runtime/pack/$(npm pack --silent --pack-destination .runtime/pack | tail -1)"
bash scripts/setup-n8n.sh >/dev/null
exec node scripts/start.js "$PKG_TGZ" "$@"
