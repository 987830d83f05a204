#!/usr/bin/env bash
# Sets up the machine (scripts/setup.sh: packages, npm ci, private Docker engine and registry,
# builder image), then runs the given command with DOCKER_HOST, TSG_REGISTRY and TSG_BUILDER_IMAGE set.
#   bash scripts/with-engine.sh npm run ci
set -euo pipefail
cd "$(dirname "$0")/.."
env_lines=$(bash scripts/setup.sh) # a failed set-up stops here (set -e), before the command runs
eval "$env_lines"
export TSG_BUILDER_IMAGE=${TSG_BUILDER_IMAGE:-tiny-size-gate/builder:bookworm}
exec "$@"
