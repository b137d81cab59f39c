#!/usr/bin/env bash
# npm run bench: build and pack, then every measurement into one table (scripts/bench/table.js):
#   Return All of each vendor's node against a bare HTTP loop, time and memory growth (bench.js); the scale
#   curve of one vendor's Return All from 1 000 to 1 000 000 records (scale-curve.js);
#   requests per idle poll of each polling trigger (idle-polls.js); cold require of the built files
#   (cold-require.js); our SSE and CSV parsers against eventsource-parser, csv-parse and papaparse on the
#   same chunked bytes (parsers.js); in a real n8n, nodes against the HTTP Request node with pagination and
#   the webhook trigger against n8n's Webhook node (n8n-compare.js); in queue mode (PostgreSQL and Redis),
#   two workers against one (queue-workers.js). Rounds: BENCH_ROUNDS (7), BENCH_N8N_ROUNDS (5).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p .runtime/pack .runtime/bench
npm run --silent build >/dev/null
PKG_TGZ="$PWD/.runtime/pack/$(npm pack --silent --pack-destination .runtime/pack | tail -1)"
export BENCH_OUT="$PWD/.runtime/bench/results.jsonl"
: >"$BENCH_OUT"
node --expose-gc scripts/bench/bench.js
node scripts/bench/scale-curve.js
node scripts/bench/idle-polls.js
node scripts/bench/cold-require.js
node scripts/bench/parsers.js
bash scripts/setup-n8n.sh >/dev/null
node scripts/bench/n8n-compare.js "$PKG_TGZ"
node scripts/bench/queue-workers.js "$PKG_TGZ"
node scripts/bench/table.js
