#!/bin/sh
# Install Debian packages as root, or through sudo; otherwise stop with one clear line.
# Usage: sh scripts/apt-install.sh WHO PACKAGE...   (WHO prefixes the messages)
set -eu

who=$1
shift
if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "$who: need root (or sudo) to install: $*" >&2
    exit 1
fi

echo "$who: installing: $*"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "$@"
echo "$who: installed: $*"
