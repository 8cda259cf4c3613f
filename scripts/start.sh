#!/usr/bin/env bash
# npm start: install what is missing, build, then bring up PostgreSQL, Temporal, the worker and the API.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
echo "[build] compiling…"
npx --no-install tsx scripts/build.ts >/dev/null
exec node --enable-source-maps dist/scripts/start-stack.js
