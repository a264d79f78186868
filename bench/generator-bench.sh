#!/usr/bin/env bash
# Times the appintel generator against OpenAPI Generator, side by side and alternating:
#   1. the cold CLI on the real spec and on a 300-operation spec built from it;
#   2. the Maven plugins inside one build: appintel's up-to-date check, and a full regeneration
#      by each plugin (the time between a mojo's start line and the next line Maven prints).
# Usage: bench/generator-bench.sh [RUNS]      (default 5 runs of each, alternating)
# Needs: a built project (./mvnw -B -DskipTests package) and network access to Maven Central.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
runs=${1:-5}
work=$root/bench/target
oag_version=7.17.0
mkdir -p "$work"

jar=$root/generator/target/appintel-generator.jar
launcher=$root/generator/target/appintel
[ -f "$jar" ] || { echo "missing $jar: run ./mvnw -B -DskipTests package first" >&2; exit 1; }

oag_jar=$work/lib/openapi-generator-cli-$oag_version.jar
if [ ! -f "$oag_jar" ]; then
  ./mvnw -B -q -N org.apache.maven.plugins:maven-dependency-plugin:3.11.0:copy \
    -Dartifact=org.openapitools:openapi-generator-cli:$oag_version -DoutputDirectory="$work/lib"
fi

spec30=$root/spec/src/main/resources/openapi/app-intelligence.yaml
spec300=$work/app-intelligence-300.yaml
bench/multiply-spec.sh "$spec30" 10 > "$spec300"

# Prints "<wall ms> <max RSS MB>" for one run of the command; its output goes to $work/last.log.
measure() {
  local start end rss
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/rss.txt" "$@" > "$work/last.log" 2>&1 || {
    echo "command failed: $*" >&2; cat "$work/last.log" >&2; exit 1; }
  end=$(date +%s%N)
  rss=$(tail -n 1 "$work/rss.txt")
  echo "$(( (end - start) / 1000000 )) $(( rss / 1024 ))"
}

# Median of the numbers on stdin.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

declare -A wall rss
record() { # name "ms mb"
  wall[$1]+="${2% *} "
  rss[$1]+="${2#* } "
}

for spec_name in 30 300; do
  spec_var=spec$spec_name
  spec=${!spec_var}
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$work/out-appintel" "$work/out-oag" "$work/out-launcher"
    record "appintel-java-jar-$spec_name" "$(measure java -jar "$jar" generate --spec "$spec" \
      --target feign-client --out "$work/out-appintel" --package bench.client)"
    record "oag-cli-$spec_name" "$(measure java -jar "$oag_jar" generate -i "$spec" -g java \
      --library feign -o "$work/out-oag")"
    if [ -x "$launcher" ]; then
      record "appintel-launcher-$spec_name" "$(measure "$launcher" generate --spec "$spec" \
        --target feign-client --out "$work/out-launcher" --package bench.client)"
    fi
  done
done

printf '\n| command | spec operations | runs | median wall ms | min ms | max ms | median max RSS MB |\n'
printf '|---|---|---|---|---|---|---|\n'
for name in $(printf '%s\n' "${!wall[@]}" | sort); do
  values=$(tr ' ' '\n' <<< "${wall[$name]}" | grep .)
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "${name%-*}" "${name##*-}" "$runs" \
    "$(median <<< "$values")" "$(sort -n <<< "$values" | head -1)" "$(sort -n <<< "$values" | tail -1)" \
    "$(tr ' ' '\n' <<< "${rss[$name]}" | grep . | median)"
done
