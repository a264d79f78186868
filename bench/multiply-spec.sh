#!/usr/bin/env bash
# Writes a spec with COPIES times the operations of the input spec, for benchmarks: every path and
# operationId of the `paths` section is repeated with a numeric suffix; components stay shared.
# Usage: bench/multiply-spec.sh INPUT.yaml COPIES > OUTPUT.yaml
set -euo pipefail
input=$1
copies=$2
awk -v copies="$copies" '
  /^paths:/      { in_paths = 1; print; next }
  /^components:/ { in_paths = 0
                   for (c = 2; c <= copies; c++) {
                     for (i = 1; i <= n; i++) {
                       line = block[i]
                       if (line ~ /^  \/[^ ]*:$/) sub(/:$/, "/copy" c ":", line)
                       if (line ~ /^      operationId: /) line = line "Copy" c
                       print line
                     }
                   }
                 }
  in_paths       { block[++n] = $0 }
  { print }
' "$input"
