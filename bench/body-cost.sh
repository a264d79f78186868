#!/usr/bin/env bash
# What one made-up body costs in the mock server, without HTTP: CPU time and bytes allocated per
# distinct sales-estimate request in one thread, and a CRC of all bodies (bench/body-cost/).
# Builds compared byte for byte should print the same CRC. Runs each jar twice, alternating.
# Usage: bench/body-cost.sh [JAR...]     (default mock-server/target/appintel-mock-server.jar)
#   WORKLOAD=apps bench/body-cost.sh      the metadata of two apps, other ids each time
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=(mock-server/target/appintel-mock-server.jar)
for round in 1 2; do
  for jar in "${jars[@]}"; do
    [ -f "$jar" ] || { echo "missing $jar: build the mock server first" >&2; exit 1; }
    classes=bench/target/body-cost/$(basename "$jar" .jar)-$round
    rm -rf "$classes"
    javac -d "$classes" -cp "$jar" bench/body-cost/dev/appintel/mock/http/BodyCost.java
    echo "$jar: $(java -cp "$jar:$classes" dev.appintel.mock.http.BodyCost "${WORKLOAD:-sales}" | tail -n 1)"
  done
done
