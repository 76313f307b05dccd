# Etherpad 1.8.14 from npm, under /opt/etherpad (never in the repository). Its code finds its
# own root by being in a folder named src, with its libraries in src/node_modules, as its
# bin/installDeps.sh lays it out: the npm install is rearranged that way once.
ETHERPAD_DIR=/opt/etherpad
ETHERPAD_PID=/run/declic-etherpad.pid
ETHERPAD_LOG=/var/log/declic-etherpad.log

install_etherpad() {
  local stamp
  stamp=$(sha256sum "$REAL_APPS_DIR/etherpad/package-lock.json" | cut -c1-16)
  if [ "$(cat "$ETHERPAD_DIR/.installed" 2>/dev/null)" = "$stamp" ]; then
    log "Etherpad already installed"
    return 0
  fi
  stop_etherpad
  rm -rf "$ETHERPAD_DIR/src" "$ETHERPAD_DIR/node_modules" "$ETHERPAD_DIR/install"
  mkdir -p "$ETHERPAD_DIR/install"
  cp "$REAL_APPS_DIR/etherpad/package.json" "$REAL_APPS_DIR/etherpad/package-lock.json" "$ETHERPAD_DIR/install/"
  # Exactly the locked versions; no optional drivers (upstream installs with --no-optional too).
  (cd "$ETHERPAD_DIR/install" && npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund --loglevel=error)
  mv "$ETHERPAD_DIR/install/node_modules/ep_etherpad-lite" "$ETHERPAD_DIR/src"
  if [ -e "$ETHERPAD_DIR/src/node_modules" ]; then
    echo "the lock nests modules under ep_etherpad-lite: rearranging them is not handled" >&2
    return 1
  fi
  mv "$ETHERPAD_DIR/install/node_modules" "$ETHERPAD_DIR/src/node_modules"
  mkdir -p "$ETHERPAD_DIR/node_modules"
  ln -s ../src "$ETHERPAD_DIR/node_modules/ep_etherpad-lite"
  rm -rf "$ETHERPAD_DIR/install"
  echo "$stamp" >"$ETHERPAD_DIR/.installed"
  log "Etherpad $(etherpad_version) installed in $ETHERPAD_DIR"
}

etherpad_version() { node -p "require('$ETHERPAD_DIR/src/package.json').version"; }
etherpad_url() { echo "http://$(app etherpad.address):$(app etherpad.port)"; }
etherpad_up() { curl -fsS "$1/api" >/dev/null 2>&1; }
etherpad_alive() { [ -s "$ETHERPAD_PID" ] && kill -0 "$(cat "$ETHERPAD_PID")" 2>/dev/null; }
# Up, or dead: what the start waits for (a crash at start fails at once, with its log).
etherpad_settled() { etherpad_up "$1" || ! etherpad_alive; }

stop_etherpad() {
  if etherpad_alive; then
    kill "$(cat "$ETHERPAD_PID")"
    wait_for 20 bash -c "! kill -0 $(cat "$ETHERPAD_PID")"
  fi
  rm -f "$ETHERPAD_PID"
}

start_etherpad() {
  id etherpad >/dev/null 2>&1 || useradd --system --home-dir "$ETHERPAD_DIR" --shell /usr/sbin/nologin etherpad
  # Loopback only; a file database (dirty.db) is enough for tests. Apache is the proxy in front.
  if write_if_changed "$ETHERPAD_DIR/settings.json" <<JSON; then stop_etherpad; fi
{
  "title": "Etherpad",
  "ip": "$(app etherpad.address)",
  "port": $(app etherpad.port),
  "trustProxy": true,
  "dbType": "dirty",
  "dbSettings": { "filename": "var/dirty.db" },
  "defaultPadText": "",
  "suppressErrorsInPadText": true,
  "requireSession": false,
  "editOnly": false,
  "minify": true,
  "skinName": "colibris",
  "showSettingsInAdminPage": false,
  "users": {},
  "loglevel": "WARN"
}
JSON
  mkdir -p "$ETHERPAD_DIR/var"
  chown -R etherpad:etherpad "$ETHERPAD_DIR"
  local url
  url=$(etherpad_url)
  if etherpad_up "$url"; then
    log "Etherpad already running"
  else
    # Its own user and home: at start it runs `npm ls` to list plugins, which writes in ~/.npm.
    rm -f "$ETHERPAD_PID"
    # In its own session, it outlives this script; none of its processes keeps this script's
    # output open (whoever reads it, CI, would wait for Etherpad to end). The shell notes its
    # pid, then becomes node.
    (cd "$ETHERPAD_DIR" && exec setsid sh -c 'echo $$ >"$0"; exec "$@"' "$ETHERPAD_PID" \
      setpriv --reuid etherpad --regid etherpad --init-groups \
      env -i HOME="$ETHERPAD_DIR" PATH="$PATH" NODE_ENV=production "$(command -v node)" src/node/server.js \
      --settings "$ETHERPAD_DIR/settings.json") >>"$ETHERPAD_LOG" 2>&1 </dev/null &
    wait_for 5 test -s "$ETHERPAD_PID"
    wait_for 120 etherpad_settled "$url"
    etherpad_up "$url" || { tail -20 "$ETHERPAD_LOG" >&2; return 1; }
    log "Etherpad started on $url"
  fi
  local lang
  for lang in fr en; do seed_pad "$lang"; done
}

# Each pad is made once, with its text, through Etherpad's HTTP API (key made at first start).
seed_pad() {
  local pad api key
  pad=$(app "etherpad.$1.pad")
  api="$(etherpad_url)/api/1"
  key=$(cat "$ETHERPAD_DIR/APIKEY.txt")
  if curl -fsS -G "$api/getText" --data-urlencode "apikey=$key" --data-urlencode "padID=$pad" | grep -q '"code":0'; then
    log "pad $pad already there"
    return 0
  fi
  curl -fsS -X POST "$api/createPad" --data-urlencode "apikey=$key" --data-urlencode "padID=$pad" \
    --data-urlencode "text=$(app "etherpad.$1.text")" | grep -q '"code":0'
  log "pad $pad created"
}
