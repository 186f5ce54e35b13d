#!/usr/bin/env bash
# The heaviest pages (dashboard, yearly summary, models list, showcase) in headless Chromium on a
# link throttled like Chrome's "Fast 3G": bytes transferred and time to the load event, on a first
# visit with an empty cache and on a repeat visit. Needs Chromium and chromedriver (Debian's
# chromium and chromium-driver). Goal: a repeat visit transfers only the page itself.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp test -Dspotless.check.skip=true -Dsurefire.excludedGroups=none \
  -Ddvk.require.browser=true -Dtest=PageWeightBenchmark 2>&1 | grep "BENCH"
