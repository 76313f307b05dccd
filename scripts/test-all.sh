#!/usr/bin/env bash
# Every check Déclic has, in the order a failure is cheapest to read: format and lint, types,
# both builds and what they contain, Firefox's linter, unit tests, then end-to-end tests in Debian's Chromium and
# Firefox ESR.
# Ends with one line "N passed, N failed" (vitest and Playwright combined).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/unit.json test-results/build.json test-results/e2e.json
failed_steps=()
step() {
  local name=$1
  shift
  echo "── $name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

step "browser" bash scripts/ensure-chromium.sh
step "firefox" bash scripts/ensure-firefox.sh
step "real apps (WordPress, Roundcube, Etherpad)" bash scripts/real-apps/setup.sh
step "format and lint (biome)" npx biome check .
step "types (tsc)" npx tsc --noEmit
step "build (chrome-mv3, firefox-mv3)" npm run build --silent
step "build output tests (vitest)" npx vitest run --config vitest.build.config.ts --reporter=default --reporter=json --outputFile.json=test-results/build.json
step "firefox lint (web-ext)" node scripts/firefox-lint.mjs
step "unit tests (vitest)" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
step "end-to-end tests (playwright)" npx playwright test
# The policy tests remove their managed-policy files themselves; this covers a run that was killed.
rm -f /etc/chromium/policies/managed/declic-e2e-test.json
# Firefox has a single policies.json: removed only when the mark beside it says the tests wrote it.
if [ -e /etc/firefox/policies/declic-e2e-test.mark ]; then
  rm -f /etc/firefox/policies/policies.json /etc/firefox/policies/declic-e2e-test.mark
fi

node scripts/count-results.mjs
counted=$?
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "Failed steps: ${failed_steps[*]}" >&2
  exit 1
fi
exit $counted
