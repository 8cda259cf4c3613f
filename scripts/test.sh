#!/usr/bin/env bash
# npm test: everything, in the order that fails fastest. Real servers only, on their own free ports and data,
# so it runs beside a running `npm start`.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
step() { echo; echo "== $* ($((SECONDS - started)) s)"; }
mkdir -p test-output
rm -f test-output/jest-*.json
jest_group() { local group=$1; shift; npx --no-install jest --selectProjects "$group" --ci --json --outputFile="test-output/jest-$group.json" "$@"; }

bash scripts/ensure-deps.sh
bash scripts/ensure-system-packages.sh

step "toolchain: Temporal CLI (dev server) and Temporal's Java test server"
npx --no-install tsx scripts/ensure-toolchain.ts

step "lint (ESLint + Nx import boundaries)"
npm run --silent lint  # computes the Nx project graph first: without it the boundary rule is skipped

step "typecheck (tsc, strict: server code, then the web UI)"
npx --no-install tsc -p tsconfig.json --noEmit
npx --no-install tsc -p apps/web/tsconfig.json

step "build (SWC + the prebuilt workflow bundle)"
npx --no-install tsx scripts/build.ts

step "unit tests"
jest_group unit

step "web UI component tests (jsdom)"
# CPU-bound files with no servers: one per core halves the group's time (jest's default keeps a core for itself).
jest_group web --maxWorkers=2

step "workflow tests (time-skipping test server)"
jest_group workflows

step "integration tests (PostgreSQL + Temporal dev server, through HTTP)"
jest_group integration --runInBand

step "browser tests (the built web UI in Debian's Chromium, real stack; screenshots in test-output/screenshots)"
jest_group e2e --runInBand

step "all tests passed in $((SECONDS - started)) s"
node -e '
  const fs = require("fs");
  const runs = fs.readdirSync("test-output").filter((f) => /^jest-.*\.json$/.test(f)).map((f) => JSON.parse(fs.readFileSync("test-output/" + f, "utf8")));
  const sum = (k) => runs.reduce((n, r) => n + r[k], 0);
  console.log(`tests: ${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed`);
' 
