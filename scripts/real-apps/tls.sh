# One self-signed certificate for every app host name (and the catch-all virtual host's), made once on this machine (the
# browser under test ignores certificate errors; curl is told -k).
TLS_DIR=$STATE_DIR/tls

make_certificate() {
  local hosts san
  hosts=$(node -e '
    const a = require(process.argv[1]);
    const names = ["wordpress", "roundcube", "etherpad"].flatMap((k) => ["fr", "en"].map((l) => a[k][l].host));
    console.log([...names, "declic-real-apps.invalid"].join(" "));
  ' "$APPS_JSON")
  san=$(printf 'DNS:%s,' $hosts)
  san=${san%,}
  # Same names as last time: keep the certificate (a second run changes nothing).
  if [ -s "$TLS_DIR/cert.pem" ] && [ "$(cat "$TLS_DIR/san" 2>/dev/null)" = "$san" ]; then
    log "certificate already made"
    return 0
  fi
  mkdir -p "$TLS_DIR"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=declic-real-apps" \
    -addext "subjectAltName=$san" -addext "basicConstraints=critical,CA:FALSE" -keyout "$TLS_DIR/key.pem" -out "$TLS_DIR/cert.pem" 2>/dev/null
  chmod 600 "$TLS_DIR/key.pem"
  echo "$san" >"$TLS_DIR/san"
  log "certificate made for $hosts"
}
