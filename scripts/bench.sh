#!/usr/bin/env bash
# npm run bench: build, then compare the node's Return All with a bare HTTP loop on the same sandbox.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
npm run --silent build >/dev/null
node scripts/bench/bench.js
