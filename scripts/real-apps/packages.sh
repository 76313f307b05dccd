# Debian packages of the real applications, in one apt run (one dpkg pass is the fast path).
# Sourced by setup.sh after lib.sh.
PACKAGES=(
  apache2 libapache2-mod-php
  mariadb-server wordpress wordpress-l10n wordpress-theme-twentytwentythree
  roundcube roundcube-core roundcube-sqlite3 roundcube-plugins
  php-mbstring php-xml php-intl
  postfix dovecot-imapd
  curl openssl
)

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "packages already installed"
    return 0
  fi
  # Answers to the packages' questions, so nothing prompts. Postfix delivers locally only;
  # Roundcube keeps its database in SQLite and leaves Apache alone (our vhosts serve it).
  debconf-set-selections <<DEBCONF
postfix postfix/main_mailer_type select Local only
postfix postfix/mailname string $(app roundcube.fr.host)
roundcube-core roundcube/dbconfig-install boolean true
roundcube-core roundcube/database-type select sqlite3
roundcube-core roundcube/reconfigure-webserver multiselect
roundcube-core roundcube/restart-webserver boolean false
roundcube-core roundcube/hosts string localhost:143
DEBCONF
  # Packages start their daemons at install on a machine without a policy-rc.d, before our
  # loopback-only configuration exists: forbid that for the install (we start them ourselves).
  local own_policy=''
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
  fi
  log "installing ${missing[*]}"
  # Lists older than a day (or none, on a fresh machine) are refreshed first.
  if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mtime -1 -print -quit)" ]; then
    apt-get update -qq
  fi
  apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
  [ -z "$own_policy" ] || rm -f /usr/sbin/policy-rc.d
}
