# Apache serves every app over HTTPS on one loopback port, one name-based virtual host per
# host name: WordPress and Roundcube through mod_php, Etherpad proxied to its node process.
APACHE_SITE=/etc/apache2/sites-available/declic-real-apps.conf

vhost() { # name, then the lines inside the virtual host
  local name=$1
  shift
  cat <<CONF
<VirtualHost $(app apache.address):$(app apache.port)>
  ServerName $name
  SSLEngine on
  SSLCertificateFile $TLS_DIR/cert.pem
  SSLCertificateKeyFile $TLS_DIR/key.pem
  ErrorLog \${APACHE_LOG_DIR}/declic-real-apps-error.log
  # With each request's duration in microseconds (%D): slow pages show in the log.
  CustomLog \${APACHE_LOG_DIR}/declic-real-apps-access.log "%v %h %t \"%r\" %>s %b %D"
$(printf '  %s\n' "$@")
</VirtualHost>
CONF
}

apache_site() {
  echo "# Written by Déclic's scripts/real-apps/setup.sh from tests/e2e/real-apps/apps.json."
  # First: the answer for any other name (nothing of ours is served by accident).
  vhost declic-real-apps.invalid 'Redirect 404 /'
  local lang
  for lang in fr en; do
    vhost "$(app "wordpress.$lang.host")" 'DocumentRoot /usr/share/wordpress' \
      'Alias /wp-content /var/lib/wordpress/wp-content'
    vhost "$(app "roundcube.$lang.host")" 'DocumentRoot /var/lib/roundcube/public_html' \
      'Include /etc/roundcube/apache.conf'
    vhost "$(app "etherpad.$lang.host")" 'RequestHeader set X-Forwarded-Proto https' \
      "ProxyPass / http://$(app etherpad.address):$(app etherpad.port)/ upgrade=websocket" \
      "ProxyPassReverse / http://$(app etherpad.address):$(app etherpad.port)/"
  done
  # As in Debian's examples/apache.conf for WordPress.
  cat <<'CONF'
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  AllowOverride Limit Options FileInfo
  DirectoryIndex index.php
  Require all granted
</Directory>
<Directory /var/lib/wordpress/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
CONF
}

setup_apache() {
  # Only our port, only on loopback (Debian's default listens on every address, port 80).
  write_if_changed /etc/apache2/ports.conf <<CONF || true
# Written by Déclic's scripts/real-apps/setup.sh: the real apps' HTTPS port, loopback only.
Listen $(app apache.address):$(app apache.port) https
CONF
  write_if_changed /etc/apache2/conf-available/declic-servername.conf <<<'ServerName localhost' || true
  apache_site | write_if_changed "$APACHE_SITE" || true
  # mod_php needs the prefork MPM; Debian's libapache2-mod-php normally switches to it.
  a2dismod -q mpm_event >/dev/null 2>&1 || true
  a2enmod -q mpm_prefork "php$(php -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')" \
    ssl headers proxy proxy_http proxy_wstunnel >/dev/null
  a2enconf -q declic-servername >/dev/null
  a2dissite -q 000-default >/dev/null 2>&1 || true
  a2ensite -q declic-real-apps >/dev/null
  apache2ctl configtest 2>/dev/null || apache2ctl configtest
  if [ -s /run/apache2/apache2.pid ] && kill -0 "$(cat /run/apache2/apache2.pid)" 2>/dev/null; then
    apache2ctl graceful
    log "Apache reloaded"
  else
    apache2ctl start </dev/null >/dev/null
    log "Apache started"
  fi
  wait_for 20 curl -sk -o /dev/null "https://$(app apache.address):$(app apache.port)/"
}
