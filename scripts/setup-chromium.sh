#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (idempotent; CI runs it before `npm test`).
# The tests drive it through playwright-core with executablePath=/usr/bin/chromium: no browser download.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "setup-chromium: /usr/bin/chromium present ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
/usr/bin/chromium --version || true
