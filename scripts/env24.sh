# shellcheck shell=bash
# Usage: source scripts/env24.sh
# Ensures Node 24 is installed under .runtime/node24 and puts it first on PATH for this shell.
# npm_config_nodedir overrides ~/.npmrc "nodedir=/usr" (Node 20 headers) so native builds target Node 24.
_env24_repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE24="$(bash "$_env24_repo/scripts/ensure-node24.sh")" || return 1 2>/dev/null || exit 1
export NODE24
export PATH="$NODE24/bin:$PATH"
export npm_config_nodedir="$NODE24"
export N8N_RUNTIME_DIR="$_env24_repo/e2e/n8n-runtime"
unset _env24_repo
