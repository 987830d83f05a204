#!/usr/bin/env bash
# Makes the examples' build-stage base image without a registry: Debian bookworm with nasm and
# binutils (ld), from Debian's packages via mmdebstrap, then `docker import`. Prints the image name.
#   docker build --build-arg BUILDER_IMAGE="$(scripts/make-builder-image.sh)" examples/http
# Idempotent: nothing happens when the image exists; the rootfs tar is cached in the state dir,
# so re-importing into a fresh engine is a few seconds. On GitHub's runners none of this is needed:
# the Dockerfiles default to debian:bookworm-slim and install nasm themselves.
set -euo pipefail

name=${TSG_BUILDER_IMAGE:-tiny-size-gate/builder:bookworm}
state=${TSG_STATE_DIR:-/tmp/tiny-size-gate}
rootfs="$state/builder-bookworm.tar"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# Debian's client: the classic builder and import; DOCKER_HOST defaults to the private engine.
if [ -z "${DOCKER_HOST:-}" ]; then eval "$("$here/docker-up.sh")"; fi
docker=/usr/bin/docker

if "$docker" image inspect "$name" >/dev/null 2>&1; then
  echo "$name"
  exit 0
fi

mkdir -p "$state"
if [ ! -s "$rootfs" ]; then
  command -v mmdebstrap >/dev/null || { echo "mmdebstrap is missing: apt-get install mmdebstrap (see .ci/run)" >&2; exit 1; }
  start=$(date +%s)
  # --variant=apt: Essential packages + apt, so the Dockerfile's `command -v nasm || apt-get ...` works too.
  # Written beside the cache and renamed, so an interrupted run never leaves a half tar behind.
  mmdebstrap --quiet --variant=apt --include=nasm,binutils bookworm "$rootfs.part.tar" </dev/null >&2
  mv "$rootfs.part.tar" "$rootfs"
  echo "make-builder-image: mmdebstrap took $(($(date +%s) - start)) s ($(stat -c %s "$rootfs") bytes)" >&2
fi

# An imported rootfs has no config: give it the PATH that `RUN` needs.
"$docker" import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'CMD ["/bin/bash"]' \
  "$rootfs" "$name" >/dev/null
echo "$name"
