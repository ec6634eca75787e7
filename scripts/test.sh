#!/usr/bin/env bash
# What `npm test` runs: the backing services (reused when already up), then jest, then one plain
# `N passed, N failed` line, because CI reads that line and not jest's summary.
#
#   npm test [-- <jest args>]        e.g. npm test -- --selectProjects unit, npm test -- claims
#   X12GW_SKIP_SERVICES=1  don't start services or read their env file; use the caller's environment
#   X12GW_STOP_SERVICES=1  stop the services afterwards (by default they stay up for the next run)
#   X12GW_TEST_SUMMARY=f   also write the summary line to file f (.ci/run uses it)
# shellcheck disable=SC2016 # the bash -c/node -e snippets get their values as arguments, on purpose
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ${X12GW_SKIP_SERVICES:-} != 1 ]]; then
  bash scripts/services.sh start
  # shellcheck source=/dev/null
  source "${X12GW_SERVICES_DIR:-/tmp/x12gw-services}/env"
fi

json=$(mktemp "${TMPDIR:-/tmp}/x12gw-jest.XXXXXX")
trap 'rm -f "$json"' EXIT

# --outputFile sends the JSON to the file; jest's usual report still goes to stderr.
rc=0
node --experimental-vm-modules node_modules/jest/bin/jest.js --json --outputFile="$json" "$@" || rc=$?

# A suite that could not run (syntax error, crash at import) has no failed tests of its own, and a
# jest that died before writing the JSON has no counts at all: both must read as failures.
summary=$(node -e '
  let r;
  try { r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); }
  catch { console.log("0 passed, 1 failed"); process.exit(); }
  const failed = (r.numFailedTests || 0) + (r.numRuntimeErrorTestSuites || 0);
  console.log(`${r.numPassedTests || 0} passed, ${failed} failed`);
' "$json")
if [[ $summary != *" 0 failed" && $rc == 0 ]]; then rc=1; fi

if [[ ${X12GW_STOP_SERVICES:-} == 1 ]]; then bash scripts/services.sh stop || rc=1; fi
if [[ -n ${X12GW_TEST_SUMMARY:-} ]]; then echo "$summary" >"$X12GW_TEST_SUMMARY"; fi
echo "$summary"
exit "$rc"
