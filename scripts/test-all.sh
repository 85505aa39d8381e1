#!/usr/bin/env bash
# `npm test`: everything a change must pass. Type checks, lint, a production build, then
# every jest suite (unit, property, host, LibreOffice and browser tests, which use the build),
# and the rules core once more at UTC+14 so no date depends on the machine's time zone.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
mkdir -p test-output
echo "== type check" && npm run --silent typecheck
echo "== lint" && npm run --silent lint
echo "== production build" && npx webpack --mode production --no-stats
npx tsc -p tsconfig.cli.json
echo "== tests (TZ=Europe/London)"
TZ=Europe/London npx jest --ci --json --outputFile=test-output/jest-london.json "$@"
echo "== rules core again at UTC+14 (TZ=Pacific/Kiritimati)"
TZ=Pacific/Kiritimati npx jest --ci --json --outputFile=test-output/jest-kiritimati.json \
  --roots='<rootDir>/shared' --roots='<rootDir>/test/core'
# One closing line for both runs, in the plain "N passed, N failed" form.
node -e '
  const runs = ["london", "kiritimati"].map((n) => require(`./test-output/jest-${n}.json`));
  const sum = (k) => runs.reduce((t, r) => t + r[k], 0);
  console.log(`${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed`);
'
