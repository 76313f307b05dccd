# Mail for Roundcube: Postfix delivers locally into ~/Maildir, Dovecot serves it over IMAP,
# both on loopback only. Each account is a system user (no login shell) whose password is
# checked by Dovecot through PAM; people log in with their address, Dovecot keeps the name.
MAIL_DOMAINS=()

setup_mail() {
  local lang user login
  for lang in fr en; do
    user=$(app "roundcube.$lang.account.systemUser")
    login=$(app "roundcube.$lang.account.login")
    MAIL_DOMAINS+=("${login#*@}")
    id "$user" >/dev/null 2>&1 || useradd --create-home --shell /usr/sbin/nologin "$user"
    echo "$user:$(app "roundcube.$lang.account.password")" | chpasswd
  done
  postconf -e \
    'inet_interfaces = loopback-only' 'inet_protocols = ipv4' 'mynetworks = 127.0.0.0/8' \
    "myhostname = mail.${MAIL_DOMAINS[0]}" "mydestination = \$myhostname, localhost, ${MAIL_DOMAINS[*]}" \
    'home_mailbox = Maildir/' 'mailbox_command =' 'relayhost ='
  # No syslog daemon on such machines: Postfix writes its own log file.
  postconf -e 'maillog_file = /var/log/postfix.log'
  # Daemons get no stdio of ours: a reader of this script's output would otherwise wait on them.
  if postfix status >/dev/null 2>&1; then
    postfix reload >/dev/null 2>&1
  else
    /etc/init.d/postfix start </dev/null >/dev/null 2>&1
  fi
  log "Postfix $(postconf -h mail_version) delivering for ${MAIL_DOMAINS[*]}"

  # Debian points Dovecot's certificate at ssl-cert's snake-oil one, a package we do not
  # install; the file is read even with TLS off, so it gets ours (IMAP stays plain on loopback).
  [ -e /etc/dovecot/private/dovecot.pem ] || ln -s "$TLS_DIR/cert.pem" /etc/dovecot/private/dovecot.pem
  [ -e /etc/dovecot/private/dovecot.key ] || ln -s "$TLS_DIR/key.pem" /etc/dovecot/private/dovecot.key
  # Dovecot reads local.conf last, so these win over Debian's conf.d defaults.
  if write_if_changed /etc/dovecot/local.conf <<'CONF'; then dovecot reload >/dev/null 2>&1 || true; fi
# Written by Déclic's scripts/real-apps/setup.sh: test mailboxes on loopback, no TLS.
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_username_format = %Ln
mail_location = maildir:~/Maildir
log_path = /var/log/dovecot.log
CONF
  doveadm service status >/dev/null 2>&1 || dovecot </dev/null >/dev/null 2>&1
  wait_for 20 doveadm service status
  log "Dovecot $(dovecot --version | cut -d' ' -f1) on 127.0.0.1:143"
  for lang in fr en; do seed_mails "$lang"; done
}

# Sends the seed mails through Postfix, each once (looked up by Message-ID), and waits
# until Dovecot sees them all in the inbox.
seed_mails() {
  local lang=$1 user count i
  user=$(app "roundcube.$lang.account.systemUser")
  count=$(node -p "require('$APPS_JSON').roundcube.$lang.mails.length")
  for i in $(seq 0 $((count - 1))); do
    if ! seed_delivered "$user" "$i"; then
      node "$REAL_APPS_DIR/mail/seed-message.mjs" "$APPS_JSON" "$lang" "$i" | /usr/sbin/sendmail -t -i
    fi
  done
  for i in $(seq 0 $((count - 1))); do wait_for 60 seed_delivered "$user" "$i"; done
  log "$count seed mails in $user's inbox"
}

seed_delivered() {
  [ -n "$(doveadm search -u "$1" mailbox INBOX header Message-ID "seed-$2.$1@" 2>/dev/null)" ]
}
