#!/usr/bin/env bash
# Sets up a fresh Debian machine for tiny-size-gate: the system packages the tests and the demo use,
# the npm dependencies, a private Docker engine and registry, and the builder image the examples
# build from (made from Debian's packages, since no image registry is reachable here).
# Prints the `export` lines for the engine, like scripts/docker-up.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(docker.io skopeo buildah nasm mmdebstrap docker-registry git curl ca-certificates tar gzip zstd isal apache2-utils openssl wrk nginx-light busybox)
missing=()
for p in "${packages[@]}"; do
  # A machine with another Docker engine package (GitHub's runners have moby) keeps its own.
  [ "$p" = docker.io ] && command -v dockerd >/dev/null && continue
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund >&2
fi

env_lines=$(bash scripts/docker-up.sh)
eval "$env_lines"
bash scripts/make-builder-image.sh >&2
echo "$env_lines"
