#!/usr/bin/env bash
# The trigger fault suite on its own: `npm run faults -- --events 10000 --seed 7`.
# npm test runs it with the defaults (1000 events per trigger, seed 20261126).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
while [ $# -gt 0 ]; do
	case "$1" in
		--events) export FAULT_EVENTS="$2"; shift 2 ;;
		--seed) export FAULT_SEED="$2"; shift 2 ;;
		*) echo "usage: npm run faults -- [--events N] [--seed S]" >&2; exit 2 ;;
	esac
done
exec npx jest -c jest.faults.config.js
