#!/usr/bin/env bash
# The Firefox end-to-end tests drive Debian's Firefox ESR (puppeteer-core downloads no browser).
# Its French language pack makes Firefox French in the French runs: Déclic's 'auto' language
# follows Firefox's own language there, which an en-US-only Firefox cannot switch.
set -euo pipefail
if [ -x /usr/bin/firefox-esr ] && dpkg -s firefox-esr-l10n-fr >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Déclic's tests need Firefox ESR and its French language pack: run 'sudo apt-get install -y firefox-esr firefox-esr-l10n-fr' first." >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr firefox-esr-l10n-fr >/dev/null
