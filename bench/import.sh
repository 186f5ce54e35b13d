#!/usr/bin/env bash
# Imports a registration workbook of 10,000 rows (bench.rows) into the embedded database with the
# heap capped at 512 MB, and prints the time and the peak heap. Goal: < 10 s, < 512 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp test -Dspotless.check.skip=true -Dsurefire.excludedGroups=none \
  -Dtest=ImportExportBenchmark -DargLine="-Xmx512m -Dbench.rows=${1:-10000}" 2>&1 | grep "BENCH"
