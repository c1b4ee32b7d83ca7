#!/usr/bin/env bash
# npm test: the checks and the full suite on the machine's Node (npm run check), then the subset on Node 24
# (scripts/test-node24.sh). Node 24 and better-sqlite3's build for it are prepared in the background from the
# start: typecheck, lint and format checks run on one core, so the compile takes the other rather than adding
# its minutes at the end.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
bash "$root/scripts/node24-prepare.sh" >"$log" 2>&1 &
prepare=$!

status=0
npm run check || status=$?
# A failed preparation is tried again, with its output, by test-node24.sh itself.
wait "$prepare" || true
cat "$log" >&2
bash "$root/scripts/test-node24.sh" || status=1
exit "$status"
