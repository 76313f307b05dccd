#!/usr/bin/env bash
# Installs and starts the real applications Déclic's real-apps tests run on, all on loopback:
# WordPress 6.1 and Roundcube 1.6 from Debian, Etherpad 1.8.14 from npm, behind one Apache
# HTTPS port, each seeded in French and English. Host names, port and logins come from
# tests/e2e/real-apps/apps.json. Idempotent: a second run only checks and restarts what
# is not running. Needs root on Debian 12 (as CI is).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
for part in lib packages tls mariadb wordpress mail roundcube etherpad apache check; do
  # shellcheck source=/dev/null
  . "$HERE/$part.sh"
done

if [ "$(id -u)" != 0 ]; then
  echo "scripts/real-apps/setup.sh installs Debian packages and services: run it as root." >&2
  exit 1
fi

started=$SECONDS
step() {
  local name=$1 t=$SECONDS
  shift
  echo "── real apps: $name"
  "$@"
  log "($((SECONDS - t)) s)"
}

step "Debian packages" install_packages
step "certificate" make_certificate
step "MariaDB" start_mariadb
step "WordPress" setup_wordpress
step "Postfix and Dovecot" setup_mail
step "Roundcube" setup_roundcube
step "Etherpad install" install_etherpad
step "Etherpad" start_etherpad
step "Apache" setup_apache
step "check" check_apps
echo "real apps ready in $((SECONDS - started)) s"
