# Sourced by postfix-test-server.sh and dovecot-test-server.sh: the Unix user whose mailbox
# receives the test bounces. Postfix delivers the DSNs for bouncetest@localhost into
# ~bouncetest/Maildir/ (through ~/.forward, so no other user's delivery changes) and Dovecot
# serves that Maildir over IMAP.
BOUNCE_USER=bouncetest
BOUNCE_HOME=/home/$BOUNCE_USER

ensure_bounce_user() {
  if ! id "$BOUNCE_USER" >/dev/null 2>&1; then
    useradd --create-home --home-dir "$BOUNCE_HOME" --shell /usr/sbin/nologin "$BOUNCE_USER"
  fi
  install -d -o "$BOUNCE_USER" -g "$BOUNCE_USER" -m 700 \
    "$BOUNCE_HOME/Maildir" "$BOUNCE_HOME/Maildir/cur" "$BOUNCE_HOME/Maildir/new" "$BOUNCE_HOME/Maildir/tmp"
  # A .forward line ending in "/" makes Postfix's local(8) deliver in Maildir format, as the user.
  printf '%s\n' "$BOUNCE_HOME/Maildir/" >"$BOUNCE_HOME/.forward"
  chown "$BOUNCE_USER:$BOUNCE_USER" "$BOUNCE_HOME/.forward"
  chmod 644 "$BOUNCE_HOME/.forward"
}
