#!/usr/bin/env bash
# Times the appintel generator against OpenAPI Generator, side by side and alternating:
#   1. the cold CLI on the real spec, on a 300-operation spec built from it, and on a spec past
#      3.5 MiB built the same way ("large": the real spec's paths repeated until it is that big);
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
launcher=$root/generator/src/main/dist/appintel
[ -f "$jar" ] || { echo "missing $jar: run ./mvnw -B -DskipTests package first" >&2; exit 1; }

oag_jar=$work/lib/openapi-generator-cli-$oag_version.jar
if [ ! -f "$oag_jar" ]; then
  ./mvnw -B -q -N org.apache.maven.plugins:maven-dependency-plugin:3.11.0:copy \
    -Dartifact=org.openapitools:openapi-generator-cli:$oag_version -DoutputDirectory="$work/lib"
fi

spec30=$root/spec/src/main/resources/openapi/app-intelligence.yaml
spec300=$work/app-intelligence-300.yaml
bench/multiply-spec.sh "$spec30" 10 > "$spec300"
speclarge=$work/app-intelligence-large.yaml
rm -f "$speclarge"
copies=10
until [ -f "$speclarge" ] && [ "$(wc -c < "$speclarge")" -gt $((7 * 1024 * 1024 / 2)) ]; do
  copies=$((copies + 1))
  bench/multiply-spec.sh "$spec30" "$copies" > "$speclarge"
done
echo "large spec: $copies copies of the real spec's paths, $(wc -c < "$speclarge") bytes" >&2

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

for spec_name in 30 300 large; do
  spec_var=spec$spec_name
  spec=${!spec_var}
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$work/out-appintel" "$work/out-oag" "$work/out-launcher"
    record "appintel-java-jar-$spec_name" "$(measure java -jar "$jar" generate --spec "$spec" \
      --target feign-client --out "$work/out-appintel" --package bench.client)"
    # OpenAPI Generator's YAML reader stops at 3 MiB unless told otherwise.
    record "oag-cli-$spec_name" "$(measure java -DmaxYamlCodePoints=$((2 * $(wc -c < "$spec"))) -jar "$oag_jar" \
      generate -i "$spec" -g java --library feign -o "$work/out-oag")"
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

# ---- Maven plugins --------------------------------------------------------------------------
# Runs inside the invoker's local repository, where `./mvnw -B verify` installed this build's
# plugin; other artifacts come from the user's local repository, else Central.
plugin_repo=$root/maven-plugin/target/local-repo
if [ ! -d "$plugin_repo/dev/appintel/appintel-maven-plugin" ]; then
  echo "missing $plugin_repo: run ./mvnw -B verify -pl maven-plugin -am first" >&2
  exit 1
fi
sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" maven-plugin/src/it/settings.xml > "$work/settings.xml"
project=$root/bench/plugin-project

# Prints the milliseconds between the start line of the mojo whose prefix is $1 and the next line
# Maven prints after the mojo's own output (BUILD SUCCESS), read from the timestamps of a build.
mojo_ms() {
  local prefix=$1; shift
  (cd "$project" && "$root/mvnw" -B -s "$work/settings.xml" -Dmaven.repo.local="$plugin_repo" \
      -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
      generate-sources "$@") > "$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
  awk -v prefix="--- $prefix:" '
    function ms(t) { split(t, p, /[:.]/); return ((p[1] * 60 + p[2]) * 60 + p[3]) * 1000 + p[4] }
    index($0, prefix) { start = ms($1); next }
    start && /BUILD SUCCESS/ { print ms($1) - start; exit }' "$work/mvn.log"
}

declare -A mojo
for ((i = 1; i <= runs; i++)); do
  rm -rf "$project/target"
  mojo[appintel-regenerate]+="$(mojo_ms appintel -Pappintel) "
  mojo[appintel-up-to-date]+="$(mojo_ms appintel -Pappintel) "
  mojo[appintel-up-to-date-check-only]+="$(sed -n 's/.*up to date (checked in \([0-9]*\) ms).*/\1/p' "$work/mvn.log") "
  mojo[oag-regenerate]+="$(mojo_ms openapi-generator -Poag) "
done
rm -rf "$project/target"

printf '\n| Maven goal (in one build, 30-operation spec) | runs | median ms | min ms | max ms |\n'
printf '|---|---|---|---|---|\n'
for name in $(printf '%s\n' "${!mojo[@]}" | sort); do
  values=$(tr ' ' '\n' <<< "${mojo[$name]}" | grep .)
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$runs" "$(median <<< "$values")" \
    "$(sort -n <<< "$values" | head -1)" "$(sort -n <<< "$values" | tail -1)"
done
