#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (Playwright cannot download
# its own browser on these machines). Needs root or sudo for apt-get.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
echo "Chromium not found at /usr/bin/chromium: installing it with apt-get (a few minutes on a new machine)"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
