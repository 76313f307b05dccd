# Shared by the real-apps setup steps (sourced, not run).
# Every host name, port and login comes from tests/e2e/real-apps/apps.json, the file the tests read.
REAL_APPS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$REAL_APPS_DIR/../.." && pwd)"
APPS_JSON="$REPO_DIR/tests/e2e/real-apps/apps.json"
# State that belongs to the machine, not to the repository (generated secrets, the certificate).
STATE_DIR=/var/lib/declic-real-apps
export DEBIAN_FRONTEND=noninteractive

# `app wordpress.fr.host` prints one value of apps.json (objects as JSON); fails on a missing key.
app() {
  node -e '
    const value = process.argv[2].split(".").reduce((o, k) => (o == null ? undefined : o[k]), require(process.argv[1]));
    if (value === undefined) { console.error(`apps.json has no ${process.argv[2]}`); process.exit(3); }
    console.log(typeof value === "object" ? JSON.stringify(value) : value);
  ' "$APPS_JSON" "$1"
}

log() { printf '  %s\n' "$*"; }

# A secret made once and kept, so a second run finds the same database passwords.
secret() {
  local file="$STATE_DIR/$1.secret"
  mkdir -p "$STATE_DIR" && chmod 700 "$STATE_DIR"
  [ -s "$file" ] || (umask 077 && openssl rand -hex 16 >"$file")
  cat "$file"
}

# Waits up to N seconds for a command to succeed, trying every tenth of a second (a readiness poll).
wait_for() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "gave up waiting for: $*" >&2
      return 1
    fi
    sleep 0.1
  done
}

# Writes a file only when its content changed; returns 0 when it did (so callers reload).
write_if_changed() {
  local target=$1 tmp
  tmp=$(mktemp)
  cat >"$tmp"
  if [ -f "$target" ] && cmp -s "$tmp" "$target"; then
    rm -f "$tmp"
    return 1
  fi
  mkdir -p "$(dirname "$target")"
  mv "$tmp" "$target"
  chmod 644 "$target"
  return 0
}
