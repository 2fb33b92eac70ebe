#!/usr/bin/env bash
# A Dovecot from Debian for the tests of @smtp-codes/bounce/imap: serves the Maildir that
# postfix-test-server.sh delivers the test bounces into, on 127.0.0.1 only:
#
#   IMAP   127.0.0.1:1143   (plain; LOGIN allowed without TLS, loopback only)
#   IMAPS  127.0.0.1:1993   (TLS with a self-signed certificate made at start:
#                            /etc/dovecot-test/cert.pem, for localhost and 127.0.0.1)
#   user bouncetest, password bouncetest-password
#
# It runs as its own instance with its own configuration (/etc/dovecot-test), so the
# system's /etc/dovecot and any Dovecot already running stay as they are.
#
#   dovecot-test-server.sh install   install dovecot-imapd (apt, non-interactive; CI only)
#   dovecot-test-server.sh start     configure and start it
#   dovecot-test-server.sh restart   stop and start again (the tests use it for a server restart)
#   dovecot-test-server.sh stop      stop it
set -euo pipefail
# shellcheck source=bounce-mailbox-user.sh
. "$(dirname "$0")/bounce-mailbox-user.sh"

CONFIG_DIR=/etc/dovecot-test
CONFIG=$CONFIG_DIR/dovecot.conf
BOUNCE_PASSWORD=bouncetest-password

wait_for_port() {
  for _ in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.2
  done
  echo "dovecot-test-server: Dovecot does not listen on 127.0.0.1:$1 (see /var/log/dovecot-test.log)" >&2
  return 1
}

# The first greeting after a start waits for the auth process (about 5 s): pay it here, so that
# "started" means "serving".
wait_for_greeting() {
  local line=""
  exec 3<>/dev/tcp/127.0.0.1/1143
  read -r -t 20 line <&3 || true
  exec 3<&- 3>&-
  case "$line" in
    "* OK"*) return 0 ;;
    *) echo "dovecot-test-server: no IMAP greeting on 127.0.0.1:1143 (see /var/log/dovecot-test.log)" >&2; return 1 ;;
  esac
}

# The process ids whose parent is $1, from /proc (a fresh machine may have no pgrep).
children_of() {
  local status
  for status in /proc/[0-9]*/status; do
    awk -v parent="$1" '/^PPid:/ && $2 == parent { split(FILENAME, path, "/"); print path[3] }' "$status" 2>/dev/null || true
  done
}

stop_server() {
  # Dovecot's master leaves logged-in imap processes running for a while after it stops: end
  # them too (by their ids, as children of this instance's master), as a restart of the
  # service would, so that clients see their connection close.
  local children=""
  if [ -s /run/dovecot-test/master.pid ]; then
    children=$(children_of "$(cat /run/dovecot-test/master.pid)")
  fi
  if [ -f "$CONFIG" ]; then
    doveadm -c "$CONFIG" stop >/dev/null 2>&1 || true
  fi
  if [ -n "$children" ]; then
    # shellcheck disable=SC2086
    kill $children 2>/dev/null || true
  fi
  # doveadm stop returns before the listeners close: wait until the ports are free.
  for _ in $(seq 1 50); do
    (exec 3<>/dev/tcp/127.0.0.1/1143) 2>/dev/null || return 0
    sleep 0.1
  done
}

configure() {
  ensure_bounce_user
  install -d -m 755 "$CONFIG_DIR"
  if [ ! -s "$CONFIG_DIR/cert.pem" ] || ! openssl x509 -checkend 3600 -noout -in "$CONFIG_DIR/cert.pem" >/dev/null 2>&1; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 7 -subj "/CN=localhost" \
      -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
      -keyout "$CONFIG_DIR/key.pem" -out "$CONFIG_DIR/cert.pem" >/dev/null 2>&1
    chmod 600 "$CONFIG_DIR/key.pem"
    chmod 644 "$CONFIG_DIR/cert.pem"
  fi
  printf '%s:{PLAIN}%s:%s:%s::%s::\n' "$BOUNCE_USER" "$BOUNCE_PASSWORD" \
    "$(id -u "$BOUNCE_USER")" "$(id -g "$BOUNCE_USER")" "$BOUNCE_HOME" >"$CONFIG_DIR/users"
  chmod 640 "$CONFIG_DIR/users"
  chgrp dovecot "$CONFIG_DIR/users"
  local dh=""
  [ -f /usr/share/dovecot/dh.pem ] && dh="ssl_dh = </usr/share/dovecot/dh.pem"
  cat >"$CONFIG" <<CONF
# Written by tooling/scripts/dovecot-test-server.sh; changes are overwritten at start.
protocols = imap
listen = 127.0.0.1
instance_name = dovecot-test
base_dir = /run/dovecot-test
state_dir = /var/lib/dovecot-test
log_path = /var/log/dovecot-test.log
mail_location = maildir:~/Maildir
# Test data: no fsync after each write (APPEND of the bench's 10 000 messages).
mail_fsync = never
first_valid_uid = 1
disable_plaintext_auth = no
auth_mechanisms = plain login
ssl = yes
ssl_cert = <$CONFIG_DIR/cert.pem
ssl_key = <$CONFIG_DIR/key.pem
$dh
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $CONFIG_DIR/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $CONFIG_DIR/users
}
# No growing login delay for 127.0.0.1 after the wrong-password tests (Dovecot's authentication
# penalty would slow every test after them by seconds); the failed login's own delay stays.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
protocol imap {
  # The tests and the bench open many connections as the one test user.
  mail_max_userip_connections = 200
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = 1143
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = 1993
    ssl = yes
  }
}
CONF
  install -d -m 755 /var/lib/dovecot-test
}

case "${1:-}" in
  install)
    if ! command -v dovecot >/dev/null 2>&1 || [ ! -x /usr/lib/dovecot/imap ]; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get -o DPkg::Lock::Timeout=600 install -y -qq dovecot-imapd openssl >/dev/null
    fi
    ;;
  start)
    configure
    stop_server
    # The daemon must not keep the caller's output open (a test waits for the script's end).
    dovecot -c "$CONFIG" </dev/null >/dev/null 2>&1
    wait_for_port 1143
    wait_for_port 1993
    wait_for_greeting
    ;;
  restart)
    stop_server
    # The daemon must not keep the caller's output open (a test waits for the script's end).
    dovecot -c "$CONFIG" </dev/null >/dev/null 2>&1
    wait_for_port 1143
    wait_for_port 1993
    wait_for_greeting
    ;;
  stop)
    stop_server
    ;;
  *)
    echo "usage: $0 install|start|restart|stop" >&2
    exit 2
    ;;
esac
