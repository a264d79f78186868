#!/usr/bin/env bash
# The mock's image under podman, in a 512 MiB container: its size, the time from `podman run` to
# the first 200 of the health check, and the peak memory under mock-rss.sh's mixed load with faults
# (the varied workload on 64 connections, 20% 500s, 10% 429s, 5% dropped connections, 0-20 ms of
# latency, while a second client reads the journal in a loop).
#
#   bench/mock-container.sh [SECONDS] [STARTS]       e.g. bench/mock-container.sh 60 5
#
# Needs the image in podman (the build's -Pimage tarball, `podman load -i
# mock-image/target/appintel-mock-server-image.tar`) and CONTAINERS_CONF as deploy/image/README.md
# says. Prints the peak resident size of the server process (VmHWM) and of the container's memory
# cgroup (page cache included), and whether the kernel killed it for memory.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-60}
starts=${2:-5}
image=${IMAGE:-appintel/mock-server:0.1.0-SNAPSHOT}
port=${PORT:-4078}
work=$(mktemp -d)
name=appintel-bench-$$

command -v wrk > /dev/null || { apt-get update && apt-get install -y wrk; }
cleanup() { podman rm -f "$name" > /dev/null 2>&1 || true; kill "${admin_pid:-0}" 2> /dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

millis() { date +%s%3N; }
echo "image: $image, $(podman image inspect --format '{{.Size}}' "$image" | awk '{ printf "%.1f MB", $1 / 1e6 }') unpacked"
[ -f mock-image/target/appintel-mock-server-image.tar ] \
  && echo "tarball: $(du -m mock-image/target/appintel-mock-server-image.tar | cut -f1) MB"

for i in $(seq "$starts"); do
  start=$(millis)
  podman run -d --name "$name" --memory 512m -p "127.0.0.1:$port:4010" "$image" > /dev/null 2> "$work/run.err"
  until curl -sf -o /dev/null "http://127.0.0.1:$port/__admin/health"; do sleep 0.01; done
  echo "start $i: $(( $(millis) - start )) ms from podman run to the first 200"
  podman rm -f "$name" > /dev/null 2>&1
done

podman run -d --name "$name" --memory 512m -p "127.0.0.1:$port:4010" "$image" \
  --fault-rate 0.2 --throttle-rate 0.1 --drop-rate 0.05 --latency 0-20 > /dev/null 2> "$work/run.err"
until curl -sf -o /dev/null "http://127.0.0.1:$port/__admin/health"; do sleep 0.05; done
pid=$(podman inspect --format '{{.State.Pid}}' "$name")
cgroup=/sys/fs/cgroup/memory$(awk -F: '$2 == "memory" { print $3 }' "/proc/$pid/cgroup")
echo "heap limit: $(podman exec "$name" java -XX:MaxRAMPercentage=50 -XX:+PrintFlagsFinal -version 2> /dev/null \
  | awk '$2 == "MaxHeapSize" { printf "%d MiB", $4 / 1048576 }')"

( while :; do curl -s -o /dev/null "http://127.0.0.1:$port/__admin/requests?limit=1000" || true; done ) &
admin_pid=$!
wrk -t2 -c64 -d"${seconds}s" -s bench/varied-sales.lua "http://127.0.0.1:$port" -- 0 > "$work/wrk.txt" 2>&1
kill "$admin_pid" 2> /dev/null || true
rss_mb() { awk -v field="$1:" '$1 == field { printf "%d", $2 / 1024 }' "/proc/$pid/status"; }
end_mb=$(rss_mb VmRSS)
sleep 5
later_mb=$(rss_mb VmRSS)
echo "load: ${seconds} s, $(awk '/requests in/ { print $1 }' "$work/wrk.txt") requests"
echo "server process: peak RSS (VmHWM) $(rss_mb VmHWM) MB; at the end of the load ${end_mb} MB; 5 s later ${later_mb} MB"
if [ -r "$cgroup/memory.max_usage_in_bytes" ]; then
  echo "container cgroup: peak $(( $(cat "$cgroup/memory.max_usage_in_bytes") / 1048576 )) MiB of 512 MiB, page cache included"
fi
echo "killed for memory: $(podman inspect --format '{{.State.OOMKilled}}' "$name")"
