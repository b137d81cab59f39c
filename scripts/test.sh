#!/usr/bin/env bash
# The whole test suite, as `npm test` and CI run it:
# type-check, lint, build, pack, scan (source + tarball), unit + sandbox integration tests, the trigger
# fault suite, the real-n8n end-to-end tests against the packed package, then the real-browser test (the n8n
# editor in Debian's headless Chromium, installed here when missing). Prints one closing "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO="$PWD"
OUT="$REPO/.runtime/test"
rm -rf "$OUT" && mkdir -p "$OUT"
step() { printf '\n=== %s ===\n' "$*"; }

step "type-check (nodes, credentials, tests)"
npx tsc -p tsconfig.json --noEmit
npx tsc -p test/tsconfig.json

step "lint (n8n community-node rules)"
npx n8n-node lint

step "format (Prettier, n8n-nodes-starter's settings)"
npx prettier --check . --log-level warn

step "build"
npm run --silent build

step "pack"
PKG_TGZ="$OUT/$(npm pack --silent --pack-destination "$OUT" | tail -1)"
export PKG_TGZ
echo "$PKG_TGZ"

step "scan (@n8n/scan-community-package rules, offline)"
node scripts/scan.mjs "$PKG_TGZ"

# The pinned n8n runtime first: the scripted model's unit test drives it with the LangChain client
# n8n runs, and the end-to-end tests run n8n itself.
step "real n8n runtime (pinned 2.41.1, Node 24)"
N8N_RUNTIME_DIR="$(bash scripts/setup-n8n.sh | tail -1)"
export N8N_RUNTIME_DIR

step "unit + sandbox integration tests"
npx jest --ci --json --outputFile="$OUT/jest-unit.json"

step "trigger fault suite (seed 20261126, 1000 events per trigger)"
npx jest --ci -c jest.faults.config.js --json --outputFile="$OUT/jest-faults.json"

step "real n8n end-to-end tests (one instance, and queue mode on PostgreSQL and Redis)"
npx jest --ci -c jest.e2e.config.js --json --outputFile="$OUT/jest-e2e.json"

step "real browser: the n8n editor in headless Chromium (screenshots in .runtime/browser)"
bash scripts/ensure-chromium.sh >/dev/null
browser_t0=$SECONDS
npx jest --ci -c jest.browser.config.js --json --outputFile="$OUT/jest-browser.json"
echo "real browser step took $((SECONDS - browser_t0)) s"

node -e '
const files = process.argv.slice(1).map((f) => require(f));
const passed = files.reduce((n, r) => n + r.numPassedTests, 0);
const failed = files.reduce((n, r) => n + r.numFailedTests, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
' "$OUT/jest-unit.json" "$OUT/jest-faults.json" "$OUT/jest-e2e.json" "$OUT/jest-browser.json"
