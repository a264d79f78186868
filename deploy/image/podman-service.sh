#!/usr/bin/env bash
# Starts (or stops) podman's Docker-compatible API on a socket of its own, for the container tests:
# Testcontainers talks to it as to Docker. Prints the variables to export, so:
#
#   eval "$(deploy/image/podman-service.sh start target/podman)"    # CONTAINERS_CONF, DOCKER_HOST, ...
#   ./mvnw -B verify -Pimage,container-tests ...
#   deploy/image/podman-service.sh stop target/podman
#
# The containers.conf it writes fits a machine without systemd whose kernel refuses podman's default
# ulimits and crun: no default ulimits, cgroupfs, runc. Needs podman and runc (Debian: apt-get
# install podman runc). Fails, saying why, when podman cannot run a container here.
set -euo pipefail

action="${1:-}"
dir="${2:-target/podman}"
if [[ "$action" != start && "$action" != stop ]]; then
    echo "usage: $0 start|stop [DIR]" >&2
    exit 2
fi
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
socket="$dir/podman.sock"

stop_service() {
    if [[ -f "$dir/podman.pid" ]]; then
        kill "$(cat "$dir/podman.pid")" 2>/dev/null || true
        rm -f "$dir/podman.pid" "$socket"
    fi
}
if [[ "$action" == stop ]]; then
    stop_service
    exit 0
fi
# A second start in the same folder replaces the first service rather than leaving it running.
stop_service

fail() {
    echo "podman-service: $1" >&2
    [[ -f "$dir/service.log" ]] && sed 's/^/  service: /' "$dir/service.log" >&2
    exit 1
}

command -v podman >/dev/null || fail "podman is not installed (Debian: apt-get install -y podman runc)"
command -v runc >/dev/null || fail "runc is not installed (Debian: apt-get install -y runc)"

cat > "$dir/containers.conf" <<'EOF'
[containers]
default_ulimits = []

[engine]
cgroup_manager = "cgroupfs"
runtime = "runc"
EOF
export CONTAINERS_CONF="$dir/containers.conf"

podman info >/dev/null 2>"$dir/info.log" || fail "'podman info' fails: $(cat "$dir/info.log")"

rm -f "$socket"
# --time=0: the service stays up until stopped, however long the build pauses between tests.
nohup podman system service --time=0 "unix://$socket" >"$dir/service.log" 2>&1 &
echo $! > "$dir/podman.pid"
for _ in $(seq 1 100); do
    if podman --remote --url "unix://$socket" version >/dev/null 2>&1; then
        echo "export CONTAINERS_CONF='$dir/containers.conf'"
        echo "export DOCKER_HOST='unix://$socket'"
        # Testcontainers' Ryuk sidecar removes containers a killed JVM leaves; its image comes from
        # a registry, and the tests remove their containers themselves.
        echo "export TESTCONTAINERS_RYUK_DISABLED=true"
        # Where /.dockerenv exists, Testcontainers takes itself to be inside a container and calls
        # the containers at its default gateway; podman publishes their ports on this machine.
        echo "export TESTCONTAINERS_HOST_OVERRIDE=localhost"
        exit 0
    fi
    kill -0 "$(cat "$dir/podman.pid")" 2>/dev/null || fail "podman system service exited"
    sleep 0.1
done
fail "podman system service did not answer on $socket within 10 s"
