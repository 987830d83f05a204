#!/usr/bin/env bash
# The main job on a fresh Debian machine: set up (packages, npm, a private Docker engine, the
# builder base image), then build this repository's example images and gate them with
# tiny-size-gate against tiny-size.yml, printing the table.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(bash scripts/setup.sh)"
export TSG_BUILDER_IMAGE=${TSG_BUILDER_IMAGE:-tiny-size-gate/builder:bookworm}
node dist/cli/index.js check --config tiny-size.yml "$@"
