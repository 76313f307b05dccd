# WordPress from Debian: one database and one /etc/wordpress/config-<host>.php per site
# (Debian's wp-config.php picks the file from the request's host name), then seed.php.
setup_wordpress() {
  local lang host db password config
  for lang in fr en; do
    host=$(app "wordpress.$lang.host")
    db=$(app "wordpress.$lang.database")
    password=$(secret "wordpress-$lang-db")
    mysql <<SQL
CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$db'@'localhost' IDENTIFIED BY '$password';
ALTER USER '$db'@'localhost' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$db'@'localhost';
SQL
    config=/etc/wordpress/config-$host.php
    write_if_changed "$config" <<PHP || true
<?php
// Written by Déclic's scripts/real-apps/setup.sh for a test site on loopback.
define('DB_NAME', '$db');
define('DB_USER', '$db');
define('DB_PASSWORD', '$password');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('FS_METHOD', 'direct');
$(for key in AUTH SECURE_AUTH LOGGED_IN NONCE; do
      echo "define('${key}_KEY', '$(secret "wordpress-$lang-$key-key")');"
      echo "define('${key}_SALT', '$(secret "wordpress-$lang-$key-salt")');"
    done)
// No network here: no call to wordpress.org (update checks, news), and no cron requests
// to the site's own public name, which does not resolve on this machine.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
PHP
    chgrp www-data "$config"
    chmod 640 "$config"
    php "$REAL_APPS_DIR/wordpress/seed.php" "$APPS_JSON" "$lang" | sed 's/^/  /'
  done
  # Seeding ran as root: what it uploaded must stay writable by the web server.
  chown -R www-data:www-data /var/lib/wordpress/wp-content/uploads
}
