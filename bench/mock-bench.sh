#!/usr/bin/env bash
# Loads the appintel mock server and its peers with the same bounded loopback load, one server at
# a time, side by side in one run:
#   ceiling     a minimal Undertow handler answering a constant 1 KB body (bench/ceiling)
#   appintel    mock-server/target/appintel-mock-server.jar, no flags
#   wiremock    WireMock standalone 3.13.2, static stubs holding appintel's bodies
#   mockserver  MockServer 7.6.0, the same bodies as exact expectations
#   prism       Prism 5.16.0 (static mode: the spec's examples), same spec, logging off
# Workloads:
#   repeated      GET /v1/ios/apps?app_ids=284882215,310633997&auth_token=t, again and again
#   varied-4000   bench/varied-sales.lua cycling through 4,000 distinct sales estimate requests
#   varied-new    bench/varied-sales.lua with every request new (nothing can be cached)
# For each server and workload: launch, time to the first 200 (polled every 10 ms), a warm-up of
# WARMUP seconds (default 15: on two cores a JVM's optimising compiler takes about 10 s of the
# load's CPU before a server reaches its steady state; appintel's varied-new served 2.7k
# requests/s in its first 2 s and 23-26k from its 12th s on), then wrk -t2 -c32 -d SECONDS --latency, the server's RSS right after the load (VmRSS) and again
# after IDLE seconds without requests (default 5; what a server gives back once the load is over).
# Usage: bench/mock-bench.sh [SECONDS]     (default 10)
#   SERVERS="appintel ceiling" bench/mock-bench.sh    only those servers
#   APPINTEL_JAR=other.jar bench/mock-bench.sh         another build of the mock server
#   IDLE=10 bench/mock-bench.sh                         wait longer before the second RSS reading
#   WARMUP=3 bench/mock-bench.sh                        a shorter warm-up (figures include JIT compiling)
# Needs: a built mock server (./mvnw -B -q package -pl mock-server -am -DskipTests
# -Dinvoker.skip=true), Java 17, Node.js with npm, network access to Maven Central and npm.
# Installs wrk with apt-get when it is missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
seconds=${1:-10}
warmup=${WARMUP:-15}
idle=${IDLE:-5}
work=$root/bench/target/mock-bench
lib=$root/bench/target/lib
host=127.0.0.1
port=18480
threads=2
connections=32
wiremock_version=3.13.2
mockserver_version=7.6.0
prism_version=5.16.0
mkdir -p "$work" "$lib"

jar=${APPINTEL_JAR:-$root/mock-server/target/appintel-mock-server.jar}
[ -f "$jar" ] || { echo "missing $jar: build the mock server first" >&2; exit 1; }

# ---- tools and peers --------------------------------------------------------------------------
if ! command -v wrk > /dev/null; then
  apt-get install -y wrk || { apt-get update && apt-get install -y wrk; }
fi
fetch() { # groupId:artifactId:version[:packaging:classifier] file
  [ -f "$lib/$2" ] || ./mvnw -B -q -N org.apache.maven.plugins:maven-dependency-plugin:3.11.0:copy \
    -Dartifact="$1" -DoutputDirectory="$lib"
}
fetch org.wiremock:wiremock-standalone:$wiremock_version wiremock-standalone-$wiremock_version.jar
fetch org.mock-server:mockserver-netty:$mockserver_version:jar:jar-with-dependencies \
  mockserver-netty-$mockserver_version-jar-with-dependencies.jar
prism=$root/bench/target/prism/node_modules/.bin/prism
if [ ! -x "$prism" ] || ! "$prism" --version | grep -qx "$prism_version"; then
  npm install --prefix "$root/bench/target/prism" --no-audit --no-fund "@stoplight/prism-cli@$prism_version" > /dev/null
fi
spec=$root/spec/src/main/resources/openapi/app-intelligence.yaml

repeated_path='/v1/ios/apps?app_ids=284882215,310633997&auth_token=t'
varied_sample='/v1/ios/sales_report_estimates?app_ids=284882215,285175218&countries=US&date_granularity=daily&start_date=2022-01-01&end_date=2022-01-01&auth_token=t'

pid=
stop_server() {
  if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then
    kill "$pid" 2> /dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
  fi
  pid=
}
trap stop_server EXIT

start_server() { # name; sets pid
  local name=$1 log=$work/$1.log
  case $name in
    ceiling) java -cp "$jar" "$root/bench/ceiling/CeilingServer.java" "$port" > "$log" 2>&1 & ;;
    appintel) java -jar "$jar" --port "$port" > "$log" 2>&1 & ;;
    wiremock) java -jar "$lib/wiremock-standalone-$wiremock_version.jar" --port "$port" --bind-address "$host" \
        --root-dir "$work/wiremock" --disable-request-logging --no-request-journal --disable-banner > "$log" 2>&1 & ;;
    mockserver) (cd "$work" && exec java -Dmockserver.localBoundIP="$host" -Dmockserver.logLevel=OFF \
        -Dmockserver.disableSystemOut=true -Dmockserver.initializationJsonPath="$work/mockserver.json" \
        -jar "$lib/mockserver-netty-$mockserver_version-jar-with-dependencies.jar" -serverPort "$port") > "$log" 2>&1 & ;;
    prism) "$prism" mock --host "$host" --port "$port" -v silent "$spec" > "$log" 2>&1 & ;;
  esac
  pid=$!
}

# Sets launch_ms: milliseconds from launch to the first 200 for $2, polled every 10 ms, 60 s at most.
launch() { # name path
  local start now code
  if curl -s -o /dev/null -m 1 "http://$host:$port/"; then
    echo "port $port is already taken: stop what listens there first" >&2; exit 1
  fi
  start=$(date +%s%N)
  start_server "$1"
  for _ in $(seq 6000); do
    code=$(curl -s -o /dev/null -m 1 -w '%{http_code}' "http://$host:$port$2" || true)
    now=$(date +%s%N)
    if [ "$code" = 200 ]; then launch_ms=$(( (now - start) / 1000000 )); return; fi
    kill -0 "$pid" 2> /dev/null || { echo "$1 exited: $(tail -5 "$work/$1.log")" >&2; exit 1; }
    (( now - start < 60000000000 )) || { echo "$1 gave no 200 for $2 within 60 s" >&2; exit 1; }
    sleep 0.01
  done
}

# ---- stubs for the peers: appintel's own bodies -----------------------------------------------
start_server appintel
for _ in $(seq 600); do curl -sf -o /dev/null "http://$host:$port/__admin/health" && break; sleep 0.1; done
curl -sf "http://$host:$port$repeated_path" > "$work/apps.json"
curl -sf "http://$host:$port$varied_sample" > "$work/sales.json"
# Every request of the varied workload must be valid: a sample of its paths, checked with curl.
wrk -t1 -c1 -d1s -s bench/varied-sales.lua "http://$host:$port" -- 0 0 400 | grep '^/v1/' > "$work/varied-paths.txt"
bad=0
while read -r path; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://$host:$port$path")
  [ "$code" = 200 ] || { echo "not 200 ($code): $path" >&2; bad=$((bad + 1)); }
done < "$work/varied-paths.txt"
echo "varied workload: $(wc -l < "$work/varied-paths.txt") sample paths checked with curl, $bad not 200" >&2
stop_server
(( bad == 0 )) || exit 1

body_string() { jq -Rs . < "$1"; } # the file as one JSON string
rm -rf "$work/wiremock" && mkdir -p "$work/wiremock/mappings"
cat > "$work/wiremock/mappings/apps.json" <<EOF
{"request": {"method": "GET", "urlPath": "/v1/ios/apps",
   "queryParameters": {"app_ids": {"equalTo": "284882215,310633997"}, "auth_token": {"equalTo": "t"}}},
 "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": $(body_string "$work/apps.json")}}
EOF
cat > "$work/wiremock/mappings/sales.json" <<EOF
{"request": {"method": "GET", "urlPathPattern": "/v1/(ios|android|unified)/sales_report_estimates"},
 "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": $(body_string "$work/sales.json")}}
EOF
cat > "$work/mockserver.json" <<EOF
[{"httpRequest": {"method": "GET", "path": "/v1/ios/apps",
   "queryStringParameters": {"app_ids": ["284882215,310633997"], "auth_token": ["t"]}},
  "httpResponse": {"statusCode": 200, "headers": {"Content-Type": ["application/json"]},
   "body": $(body_string "$work/apps.json")}},
 {"httpRequest": {"method": "GET", "path": "/v1/.*/sales_report_estimates"},
  "httpResponse": {"statusCode": 200, "headers": {"Content-Type": ["application/json"]},
   "body": $(body_string "$work/sales.json")}}]
EOF

# ---- load -------------------------------------------------------------------------------------
to_ms() { # wrk's 123.45us / 1.23ms / 1.02s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/) n *= 1000; printf "%.2f", n }'
}

declare -A result
read -r -a servers <<< "${SERVERS:-ceiling appintel wiremock mockserver prism}"
workloads=(repeated varied-4000 varied-new)
for workload in "${workloads[@]}"; do
  case $workload in
    repeated) args=("http://$host:$port$repeated_path"); first=$repeated_path ;;
    varied-4000) args=(-s bench/varied-sales.lua "http://$host:$port" -- 4000); first=$varied_sample ;;
    varied-new) args=(-s bench/varied-sales.lua "http://$host:$port" -- 0); first=$varied_sample ;;
  esac
  for server in "${servers[@]}"; do
    launch "$server" "$first"
    ms=$launch_ms
    # varied-new warms up on other requests than those it measures (from index 50,000,000 on).
    case $workload in
      varied-new) wrk -t$threads -c$connections -d${warmup}s -s bench/varied-sales.lua "http://$host:$port" -- 0 50000000 > /dev/null ;;
      *) wrk -t$threads -c$connections -d${warmup}s "${args[@]}" > /dev/null ;;
    esac
    wrk -t$threads -c$connections -d"${seconds}s" --latency "${args[@]}" > "$work/wrk-$server-$workload.txt"
    rss=$(awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")
    sleep "$idle"
    rss_idle=$(awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")
    stop_server
    out=$work/wrk-$server-$workload.txt
    rps=$(awk '/^Requests\/sec/ { printf "%d", $2 }' "$out")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    total=$(awk '/requests in/ { print $1 }' "$out")
    non2xx=$(awk '/Non-2xx/ { print $NF }' "$out"); non2xx=${non2xx:-0}
    errors=$(awk '/Socket errors/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$out"); errors=${errors:-0}
    result[$server,$workload]="$rps|$p50|$p99|$ms|$rss|$rss_idle|$total|$non2xx|$errors"
    echo "$server $workload: $rps req/s, p50 $p50 ms, p99 $p99 ms, first 200 after $ms ms, RSS $rss MB" \
      "($rss_idle MB ${idle} s later), $non2xx non-2xx of $total, $errors socket errors" >&2
  done
done

printf '\n| workload | server | requests/s | p50 ms | p99 ms | launch to first 200 ms | RSS after load MB | RSS %s s later MB | requests | non-2xx | socket errors |\n' "$idle"
printf '|---|---|---|---|---|---|---|---|---|---|---|\n'
for workload in "${workloads[@]}"; do
  for server in "${servers[@]}"; do
    IFS='|' read -r rps p50 p99 ms rss rss_idle total non2xx errors <<< "${result[$server,$workload]}"
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$workload" "$server" "$rps" "$p50" "$p99" \
      "$ms" "$rss" "$rss_idle" "$total" "$non2xx" "$errors"
  done
done
