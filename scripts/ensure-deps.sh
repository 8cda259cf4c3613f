#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than package-lock.json (shared by start and test).
set -euo pipefail
cd "$(dirname "$0")/.."
need_major=20 need_minor=19
IFS=. read -r major minor _ <<<"$(node -p 'process.versions.node' 2>/dev/null || echo 0.0.0)"
if (( major < need_major || (major == need_major && minor < need_minor) )); then
  echo "Node.js >= ${need_major}.${need_minor} is required (found $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "[deps] npm install (first time: about a minute)…"
  # `npm install`, not `npm ci`: this registry serves only this platform's optional binaries (@swc/core-*, …),
  # which npm 11's `ci` insists on finding in the lock file; `install` keeps the locked versions all the same.
  npm install --no-audit --no-fund
fi
