#!/usr/bin/env bash
# The main job on a fresh Debian machine: set up (packages, npm, a private Docker engine, the
# builder base image), then build this repository's example images and gate them with
# tiny-size-gate against tiny-size.yml, printing the table.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash scripts/with-engine.sh node dist/cli/index.js check --config tiny-size.yml "$@"
