#!/usr/bin/env bash
# The end-to-end tests drive Debian's own Chromium (Playwright cannot download browsers here).
set -euo pipefail
if [ -x /usr/bin/chromium ] && command -v openssl >/dev/null; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Déclic's tests need Chromium and openssl: run 'sudo apt-get install -y chromium openssl' first." >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium openssl >/dev/null
