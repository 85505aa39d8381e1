#!/usr/bin/env bash
# `npm test`: everything a change must pass. Type checks, lint, a production build, then
# every jest suite (unit, property, host, LibreOffice and browser tests, which use the build).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
echo "== type check" && npm run --silent typecheck
echo "== lint" && npm run --silent lint
echo "== production build" && npx webpack --mode production --no-stats
npx tsc -p tsconfig.cli.json
echo "== tests (TZ=Europe/London)" && TZ=Europe/London npx jest --ci "$@"
echo "== rules core again at UTC+14 (TZ=Pacific/Kiritimati)"
TZ=Pacific/Kiritimati npx jest --ci --roots='<rootDir>/shared' --roots='<rootDir>/test/core'
