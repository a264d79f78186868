#!/usr/bin/env bash
# Time from launch to the first 200 of the mock server, as bench/mock-bench.sh measures it (java
# -jar with no flags, GET /v1/ios/apps polled with curl every 10 ms), for one or more builds, runs
# interleaved so that every build sees the same machine, then the median, minimum and maximum of
# each build.
# Usage: bench/first-200.sh [RUNS] [JAR...]     (default 11 runs of mock-server/target/appintel-mock-server.jar)
#   bench/first-200.sh 15 /tmp/before.jar mock-server/target/appintel-mock-server.jar
# The machine's load average is printed before and after: read the times with it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-11}
shift || true
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=(mock-server/target/appintel-mock-server.jar)
host=127.0.0.1
port=18481
path='/v1/ios/apps?app_ids=284882215,310633997&auth_token=t'
for jar in "${jars[@]}"; do
  [ -f "$jar" ] || { echo "missing $jar: build the mock server first" >&2; exit 1; }
done
if curl -s -o /dev/null -m 1 "http://$host:$port/"; then
  echo "port $port is already taken: stop what listens there first" >&2; exit 1
fi

pid=
stop_server() {
  if [ -n "$pid" ]; then
    kill "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
  fi
  pid=
}
trap stop_server EXIT

first_200_ms() { # jar
  local start now code
  start=$(date +%s%N)
  java -jar "$1" --port "$port" > /dev/null 2>&1 &
  pid=$!
  for _ in $(seq 6000); do
    code=$(curl -s -o /dev/null -m 1 -w '%{http_code}' "http://$host:$port$path" || true)
    now=$(date +%s%N)
    if [ "$code" = 200 ]; then echo $(( (now - start) / 1000000 )); stop_server; return; fi
    kill -0 "$pid" 2> /dev/null || { echo "$1 exited before answering" >&2; exit 1; }
    sleep 0.01
  done
  echo "$1 gave no 200 within 60 s" >&2; exit 1
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A times
for _ in $(seq "$runs"); do
  for jar in "${jars[@]}"; do
    times[$jar]="${times[$jar]:-} $(first_200_ms "$jar")"
    sleep 0.3
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for jar in "${jars[@]}"; do
  read -r -a sorted <<< "$(tr ' ' '\n' <<< "${times[$jar]}" | grep . | sort -n | tr '\n' ' ')"
  echo "$jar: median ${sorted[$(( (${#sorted[@]} - 1) / 2 ))]} ms, min ${sorted[0]}, max ${sorted[-1]} ($runs runs:${times[$jar]})"
done
