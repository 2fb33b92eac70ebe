#!/usr/bin/env bash
# A Postfix from Debian for the tests of @smtp-codes/nodemailer and @smtp-codes/bounce: listens on
# 127.0.0.1:2525 only, delivers to local users of "localhost", refuses to relay, and has a small
# message size limit.
#
# The bounce loop: mail for bounce-test.example is relayed to 127.0.0.1:2626, where the bounce
# tests run a fake MX (smtp-server) that refuses recipients per scenario. Postfix then writes its
# real DSNs to the envelope sender; bouncetest@localhost delivers into ~bouncetest/Maildir/, which
# dovecot-test-server.sh serves over IMAP. Retries, delay warnings and queue lifetimes are seconds
# instead of hours so that a test sees a delay warning and a final bounce within half a minute.
#
#   postfix-test-server.sh install   install Postfix (apt, non-interactive; CI only)
#   postfix-test-server.sh start     configure and start it
#   postfix-test-server.sh stop      stop it
set -euo pipefail
# shellcheck source=bounce-mailbox-user.sh
. "$(dirname "$0")/bounce-mailbox-user.sh"

case "${1:-}" in
  install)
    if ! command -v postfix >/dev/null 2>&1; then
      export DEBIAN_FRONTEND=noninteractive
      echo "postfix postfix/main_mailer_type select Local only" | debconf-set-selections
      echo "postfix postfix/mailname string localhost" | debconf-set-selections
      apt-get update -qq
      apt-get -o DPkg::Lock::Timeout=600 install -y -qq postfix >/dev/null
    fi
    ;;
  start)
    ensure_bounce_user
    postconf -e \
      "myhostname = localhost" \
      "mydestination = localhost" \
      "inet_interfaces = 127.0.0.1" \
      "inet_protocols = ipv4" \
      "mynetworks = 127.0.0.2/32" \
      "smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination" \
      "message_size_limit = 20480" \
      "smtpd_banner = \$myhostname ESMTP" \
      "maillog_file = /var/log/postfix-test.log" \
      "relay_domains = bounce-test.example" \
      "transport_maps = inline:{ bounce-test.example=smtp:[127.0.0.1]:2626 }" \
      "smtp_tls_security_level = none" \
      "queue_run_delay = 1s" \
      "minimal_backoff_time = 1s" \
      "maximal_backoff_time = 2s" \
      "delay_warning_time = 1s" \
      "maximal_queue_lifetime = 20s" \
      "bounce_queue_lifetime = 20s"
    # Only the test listener on 2525: no port 25, so nothing else on the machine changes.
    postconf -M# "smtp/inet" >/dev/null 2>&1 || true
    postconf -Me "127.0.0.1:2525/inet = 127.0.0.1:2525 inet n - n - - smtpd"
    postfix check
    # A changed inet_interfaces needs a full restart, not a reload.
    postfix stop >/dev/null 2>&1 || true
    postfix start
    for _ in $(seq 1 50); do
      (exec 3<>/dev/tcp/127.0.0.1/2525) 2>/dev/null && exit 0
      sleep 0.2
    done
    echo "postfix-test-server: Postfix does not listen on 127.0.0.1:2525" >&2
    exit 1
    ;;
  stop)
    postfix stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 install|start|stop" >&2
    exit 2
    ;;
esac
