# The end of the setup: each app answers through Apache under its own host name (curl maps
# the name to the loopback port, as the browser under test does), then one line per app.
fetch_page() { # host, path: the page's HTML, failing on an HTTP error
  curl -fsSk --max-time 20 --connect-to "$1:443:$(app apache.address):$(app apache.port)" "https://$1$2"
}

expect_page() { # host, path, a string the page must contain
  local html
  html=$(fetch_page "$1" "$2") || true
  if ! grep -qF -- "$3" <<<"$html"; then
    echo "FAILED: https://$1$2 does not show '$3'" >&2
    return 1
  fi
}

check_apps() {
  local lang hosts=()
  for lang in fr en; do
    expect_page "$(app "wordpress.$lang.host")" /wp-login.php 'id="loginform"'
    expect_page "$(app "wordpress.$lang.host")" / "$(app "wordpress.$lang.pages.0.title")"
    expect_page "$(app "roundcube.$lang.host")" / 'id="rcmloginuser"'
    expect_page "$(app "etherpad.$lang.host")" "/p/$(app "etherpad.$lang.pad")" 'id="editorcontainerbox"'
  done
  local wp rc ep
  wp=$(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" /usr/share/wordpress/wp-includes/version.php)
  rc=$(roundcube_version)
  ep=$(curl -fsS "$(etherpad_url)/api" | node -p 'JSON.parse(require("fs").readFileSync(0)).currentVersion')
  echo "WordPress $wp (Debian $(pkg_version wordpress)): https://$(app wordpress.fr.host) fr_FR, https://$(app wordpress.en.host) en_US"
  echo "Roundcube $rc (Debian $(pkg_version roundcube-core)): https://$(app roundcube.fr.host) fr_FR, https://$(app roundcube.en.host) en_US"
  echo "Etherpad $(etherpad_version) (npm, API $ep): https://$(app etherpad.fr.host), https://$(app etherpad.en.host)"
  echo "Apache $(apache2 -v | sed -n 's/^Server version: Apache\/\([^ ]*\).*/\1/p') on https://$(app apache.address):$(app apache.port); MariaDB $(pkg_version mariadb-server); Postfix $(postconf -h mail_version); Dovecot $(dovecot --version | cut -d' ' -f1); PHP $(php -r 'echo PHP_VERSION;')"
}

pkg_version() { dpkg-query -W -f='${Version}' "$1"; }
