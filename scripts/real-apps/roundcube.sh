# Roundcube from Debian (SQLite, set up by dbconfig-common at install). Our settings live in
# their own file, included at the end of Debian's config.inc.php; each host name gets its
# language and name through Roundcube's include_host_config.
RC_CONF=/etc/roundcube

setup_roundcube() {
  local include="include '$RC_CONF/declic-real-apps.inc.php'; // Déclic's real-apps setup"
  grep -qF "$include" "$RC_CONF/config.inc.php" || echo "$include" >>"$RC_CONF/config.inc.php"
  local lang hosts=''
  for lang in fr en; do
    hosts+="  '$(app "roundcube.$lang.host")' => 'declic-real-apps-$lang.inc.php',"$'\n'
    write_if_changed "$RC_CONF/declic-real-apps-$lang.inc.php" <<PHP || true
<?php
// Written by Déclic's scripts/real-apps/setup.sh: what this host name's users see first.
\$config['language'] = '$(app "roundcube.$lang.language")';
\$config['product_name'] = '$(app "roundcube.$lang.productName")';
PHP
  done
  write_if_changed "$RC_CONF/declic-real-apps.inc.php" <<PHP || true
<?php
// Written by Déclic's scripts/real-apps/setup.sh. IMAP and SMTP on loopback: Dovecot and
// Postfix of this machine, which trusts local senders (no SMTP login).
\$config['imap_host'] = '127.0.0.1:143';
\$config['smtp_host'] = '127.0.0.1:25';
\$config['smtp_user'] = '';
\$config['smtp_pass'] = '';
// Sent, Drafts and Trash exist from the first login, so sending saves a copy without error.
\$config['create_default_folders'] = true;
\$config['include_host_config'] = [
$hosts];
PHP
  chgrp www-data "$RC_CONF"/declic-real-apps*.inc.php
  log "Roundcube $(roundcube_version) configured for SQLite, IMAP 127.0.0.1:143, SMTP 127.0.0.1:25"
}

roundcube_version() {
  sed -n "s/^define('RCMAIL_VERSION', '\(.*\)');/\1/p" /usr/share/roundcube/program/include/iniset.php
}
