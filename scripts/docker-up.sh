#!/usr/bin/env bash
# Starts a private Docker engine (and a local registry) for tests and the demo, unless one already answers.
# Prints the `export` lines to use it:  eval "$(scripts/docker-up.sh)"
# Debian's docker.io runs here as root without iptables or a bridge; vfs storage works on any filesystem.
set -euo pipefail
state=${TSG_STATE_DIR:-/tmp/tiny-size-gate}
sock="$state/docker.sock"
registry_port=${TSG_REGISTRY_PORT:-5555}
mkdir -p "$state"

if ! DOCKER_HOST="unix://$sock" /usr/bin/docker version >/dev/null 2>&1; then
  command -v dockerd >/dev/null || { echo "dockerd is missing: apt-get install docker.io (see .ci/run)" >&2; exit 1; }
  nohup dockerd --iptables=false --ip6tables=false --bridge=none --storage-driver=vfs \
    --data-root "$state/docker-data" --exec-root "$state/docker-exec" --pidfile "$state/docker.pid" \
    --host "unix://$sock" >"$state/dockerd.log" 2>&1 &
  for _ in $(seq 1 60); do
    DOCKER_HOST="unix://$sock" /usr/bin/docker version >/dev/null 2>&1 && break
    sleep 0.5
  done
  DOCKER_HOST="unix://$sock" /usr/bin/docker version >/dev/null 2>&1 || { echo "dockerd did not start; log: $state/dockerd.log" >&2; tail -20 "$state/dockerd.log" >&2; exit 1; }
fi

# A plain registry on loopback: the source of truth for compressed sizes after `docker push`.
if ! curl -fsS "http://127.0.0.1:$registry_port/v2/" >/dev/null 2>&1; then
  command -v docker-registry >/dev/null || { echo "docker-registry is missing: apt-get install docker-registry" >&2; exit 1; }
  cat >"$state/registry.yml" <<YAML
version: 0.1
log: { level: warn }
storage: { filesystem: { rootdirectory: $state/registry-data }, delete: { enabled: true } }
http: { addr: 127.0.0.1:$registry_port }
YAML
  nohup docker-registry serve "$state/registry.yml" >"$state/registry.log" 2>&1 &
  for _ in $(seq 1 40); do curl -fsS "http://127.0.0.1:$registry_port/v2/" >/dev/null 2>&1 && break; sleep 0.25; done
  curl -fsS "http://127.0.0.1:$registry_port/v2/" >/dev/null || { echo "docker-registry did not start; log: $state/registry.log" >&2; exit 1; }
fi

echo "export DOCKER_HOST=unix://$sock"
echo "export TSG_REGISTRY=127.0.0.1:$registry_port"
