#!/bin/sh
# Install what the browser tests need, only if it is missing: Debian's chromium
# and Thai fonts (fonts-thai-tlwg, also used for the follow-up letter's PDF).
# Idempotent; prints what it did.
# Usage: sh scripts/setup-browser.sh [--fonts-only]   (needs root or sudo for apt-get)
set -eu

missing=""
if [ "${1:-}" != "--fonts-only" ] && ! command -v chromium >/dev/null 2>&1 \
        && [ ! -x /usr/bin/chromium ]; then
    missing="$missing chromium"
fi
if ! dpkg-query -W -f='${Status}' fonts-thai-tlwg 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing fonts-thai-tlwg"
fi

if [ -z "$missing" ]; then
    echo "setup-browser: nothing to install"
    exit 0
fi

# shellcheck disable=SC2086  # word splitting of the package list is intended
sh "$(dirname "$0")/apt-install.sh" setup-browser $missing
