#!/usr/bin/env bash
# Debian packages the tests need and npm cannot provide: poppler-utils (pdftotext, pdftoppm) reads the generated PDFs;
# chromium runs the browser tests (driven by playwright-core; a test tool's own browser download is never used).
# Installed from Debian's own archive when missing; without root, prints the exact command instead.
set -euo pipefail
declare -A PACKAGE_OF=([pdftoppm]=poppler-utils [pdftotext]=poppler-utils [chromium]=chromium)
missing=()
for cmd in "${!PACKAGE_OF[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${PACKAGE_OF[$cmd]}")
done
(( ${#missing[@]} == 0 )) && exit 0
packages=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
  echo "Missing Debian packages: $packages. Install them with: sudo apt-get install -y $packages" >&2
  exit 1
fi
echo "[system] apt-get install $packages"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q --no-install-recommends $packages >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $packages >/dev/null; }
