#!/usr/bin/env bash
# A whole country's reform as one restructure plan: a country of the old size (63 provinces, 693
# districts, 10,395 communes), 3,000 commune merges and every district dissolved into its province
# (3,693 changes). Prints the time to store, preview and apply it. On the embedded database, or on
# PostgreSQL when SPRING_DATASOURCE_URL (and …_USERNAME, …_PASSWORD) point at one.
# Goal: the plan applies in under 10 s.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp test -Dspotless.check.skip=true -Dsurefire.excludedGroups=none \
  -Dtest=RestructureBenchmark 2>&1 | grep "BENCH"
