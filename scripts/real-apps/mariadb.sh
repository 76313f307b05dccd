# MariaDB for WordPress: Debian's server, listening on loopback only.
start_mariadb() {
  write_if_changed /etc/mysql/mariadb.conf.d/90-declic-real-apps.cnf <<'CNF' || true
# Written by Déclic's scripts/real-apps/setup.sh: test databases, loopback only.
[mysqld]
bind-address = 127.0.0.1
CNF
  if mysqladmin ping >/dev/null 2>&1; then
    log "MariaDB already running"
    return 0
  fi
  # No systemd here: Debian's init script (mysqld_safe) starts it.
  # No stdio of ours for the daemon: a reader of this script's output would wait on it.
  /etc/init.d/mariadb start </dev/null >/dev/null 2>&1
  wait_for 60 mysqladmin ping
  log "MariaDB started"
}
