#!/usr/bin/env bash
# Stops the private Docker engine and registry that scripts/docker-up.sh started.
state=${TSG_STATE_DIR:-/tmp/tiny-size-gate}
[ -f "$state/docker.pid" ] && kill "$(cat "$state/docker.pid")" 2>/dev/null
pkill -f "docker-registry serve $state/registry.yml" 2>/dev/null
for _ in $(seq 1 40); do [ -S "$state/docker.sock" ] && [ -f "$state/docker.pid" ] || break; sleep 0.25; done
exit 0
