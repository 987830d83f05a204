#!/usr/bin/env bash
# Requests per second of the assembly HTTP server (examples/http, in its container with
# --network host) beside nginx serving the same index.html on the same machine, in the same run,
# both measured by wrk with the same settings. A benchmark, not a test: it prints figures.
#
#   scripts/bench-http.sh                 # 5 s per server
#   DURATION=10s CONNECTIONS=64 scripts/bench-http.sh
#
# Both sides are one process (nginx: worker_processes 1), and every request carries
# "Connection: close": the assembly server answers HTTP/1.0 and closes, so keep-alive on one side
# only would compare connection reuse, not serving.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
duration=${DURATION:-5s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
asm_port=${ASM_PORT:-18481}
ref_port=${REF_PORT:-18482}
image=examples-http:bench
container=examples-http-bench

for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install wrk nginx-light" >&2; exit 1; }
done
if [ -z "${DOCKER_HOST:-}" ]; then eval "$("$here/docker-up.sh")"; fi
docker=/usr/bin/docker

work=$(mktemp -d /tmp/examples-bench.XXXXXX)
chmod 755 "$work"
cleanup() {
  "$docker" rm -f "$container" >/dev/null 2>&1 || true
  if [ -s "$work/nginx.pid" ]; then kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

builder=$("$here/make-builder-image.sh")
"$docker" build -q --build-arg BUILDER_IMAGE="$builder" -t "$image" "$root/examples/http" >/dev/null
"$docker" rm -f "$container" >/dev/null 2>&1 || true
"$docker" run -d --name "$container" --network host "$image" "$asm_port" >/dev/null

mkdir -p "$work/www"
cp "$root/examples/http/index.html" "$work/www/index.html"
chmod -R a+rX "$work/www"
cat >"$work/nginx.conf" <<CONF
daemon on;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/tmp;
  default_type text/html;
  server {
    listen 127.0.0.1:$ref_port;
    root $work/www;
    location = / { try_files /index.html =404; }
  }
}
CONF
mkdir -p "$work/tmp"
nginx -q -c "$work/nginx.conf" -p "$work"

wait_for() {
  for _ in $(seq 1 50); do
    curl -fsS -o /dev/null "http://127.0.0.1:$1/" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "nothing answers on port $1" >&2
  exit 1
}
wait_for "$asm_port"
wait_for "$ref_port"

# The same bytes must come back from both, or the comparison means nothing.
cmp -s <(curl -fsS "http://127.0.0.1:$asm_port/") <(curl -fsS "http://127.0.0.1:$ref_port/") ||
  { echo "the two servers answer different pages" >&2; exit 1; }

# Prints requests/s; warns on errors wrk saw.
measure() {
  local name=$1 port=$2 out
  out=$(timeout 120 wrk -t"$threads" -c"$connections" -d"$duration" -H 'Connection: close' "http://127.0.0.1:$port/")
  if grep -Eq 'Socket errors|Non-2xx' <<<"$out"; then
    echo "warning: $name: $(grep -E 'Socket errors|Non-2xx' <<<"$out" | tr -s ' ')" >&2
  fi
  awk '/^Requests\/sec:/ { print $2 }' <<<"$out"
}

asm=$(measure asm "$asm_port")
ref=$(measure nginx "$ref_port")
printf 'wrk: %s threads, %s connections, %s per server, Connection: close, page %s bytes\n' \
  "$threads" "$connections" "$duration" "$(stat -c %s "$root/examples/http/index.html")"
printf '%-44s %12s requests/s\n' "asm http (examples/http, one process)" "$asm"
printf '%-44s %12s requests/s\n' "nginx $(nginx -v 2>&1 | sed 's/.*nginx\///') (worker_processes 1)" "$ref"
awk -v a="$asm" -v r="$ref" 'BEGIN { printf "%-44s %12.2f\n", "ratio asm / nginx", a / r }'
