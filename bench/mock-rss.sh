#!/usr/bin/env bash
# Peak resident memory of the mock server under a mixed load with faults, started as the README
# starts it (java -jar, plus any JVM flags given here): the varied workload of mock-bench.sh (every
# body made anew) on 64 connections, with 20% 500s, 10% 429s, 5% dropped connections and 0-20 ms
# of latency, while a second client reads the admin API's journal in a loop.
#
#   bench/mock-rss.sh [SECONDS] [JVM FLAGS...]      e.g. bench/mock-rss.sh 60 -Xmx256m
#
# Prints the peak (the kernel's VmHWM of the server process), the resident size when the load
# ends and five seconds later, and the requests served. Installs wrk with apt-get when missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-60}
shift || true
host=127.0.0.1
port=${PORT:-4077}
jar=mock-server/target/appintel-mock-server.jar
work=$(mktemp -d)

[ -f "$jar" ] || ./mvnw -B -q package -pl mock-server -am -DskipTests -Dinvoker.skip=true
if ! command -v wrk > /dev/null; then
  apt-get install -y wrk || { apt-get update && apt-get install -y wrk; }
fi
if curl -s -o /dev/null -m 1 "http://$host:$port/"; then
  echo "port $port is already taken: stop what listens there first (or set PORT)" >&2; exit 1
fi

java "$@" -jar "$jar" --port "$port" --fault-rate 0.2 --throttle-rate 0.1 --drop-rate 0.05 --latency 0-20 \
  > "$work/server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2> /dev/null || true; kill "${admin_pid:-0}" 2> /dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 600); do curl -sf -o /dev/null "http://$host:$port/__admin/health" && break; sleep 0.1; done

rss_mb() { awk -v field="$1:" '$1 == field { printf "%d", $2 / 1024 }' "/proc/$pid/status"; }

( while :; do curl -s -o /dev/null "http://$host:$port/__admin/requests?limit=1000" || true; done ) &
admin_pid=$!
wrk -t2 -c64 -d"${seconds}s" -s bench/varied-sales.lua "http://$host:$port" -- 0 > "$work/wrk.txt" 2>&1
kill "$admin_pid" 2> /dev/null || true
end_mb=$(rss_mb VmRSS)
sleep 5
later_mb=$(rss_mb VmRSS)
peak_mb=$(rss_mb VmHWM)
requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
echo "jvm flags: ${*:-none}; load: ${seconds} s, ${requests} requests"
echo "peak RSS (VmHWM): ${peak_mb} MB; at the end of the load: ${end_mb} MB; 5 s later: ${later_mb} MB"
