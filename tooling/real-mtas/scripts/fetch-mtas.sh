#!/usr/bin/env bash
# Real MTAs other than Postfix for the tests in tooling/real-mtas, from Debian, WITHOUT installing
# them: their packages conflict with the installed Postfix, and the tests run them unprivileged.
# `apt-get download` fetches the .debs (no root needed once the package lists exist), `dpkg -x`
# unpacks them under tooling/real-mtas/.cache/root (ignored by git), together with the shared
# libraries this machine lacks and nss_wrapper (which lets the unprivileged MTA see its own
# passwd and group files, so that the user names compiled into it resolve to the test's user).
#
#   fetch-mtas.sh            fetch and unpack (cached: does nothing when the same versions are there)
#   fetch-mtas.sh --print    print the unpacked root
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
cache="${REAL_MTAS_CACHE:-$here/.cache}"
root="$cache/root"
if [ "${1:-}" = "--print" ]; then
  echo "$root"
  exit 0
fi

# The MTAs and what runs them: Exim 4 (the daemon and the files it needs); Sendmail 8 (the
# binary, and its m4 configuration kit with m4 to build a sendmail.cf); nss_wrapper.
packages=(exim4-daemon-light exim4-base sendmail-bin sendmail-cf m4 libnss-wrapper)
binaries=(usr/sbin/exim4 usr/libexec/sendmail/sendmail)

candidate() { apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: //p'; }
if [ -z "$(candidate exim4-daemon-light)" ] || [ "$(candidate exim4-daemon-light)" = "(none)" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "fetch-mtas: apt knows no exim4-daemon-light; run 'apt-get update' as root" >&2
    exit 1
  fi
  apt-get update -qq
fi

installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
# The libraries a package needs that this machine does not have: its lib* dependencies, and
# theirs, down to what is installed.
wanted=()
declare -A seen=()
queue=("${packages[@]}")
while [ "${#queue[@]}" -gt 0 ]; do
  package="${queue[0]}"
  queue=("${queue[@]:1}")
  [ -n "${seen[$package]:-}" ] && continue
  seen[$package]=1
  wanted+=("$package")
  while read -r dependency; do
    case "$dependency" in
      lib*) installed "$dependency" || queue+=("$dependency") ;;
    esac
  done < <(apt-cache depends --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "$package" 2>/dev/null | sed -n 's/^ *|\{0,1\}\(Pre\)\{0,1\}Depends: \([^<>[:space:]]*\)$/\2/p')
done

stamp="$cache/versions"
versions="$(for package in "${wanted[@]}"; do echo "$package=$(candidate "$package")"; done | sort)"
if [ -x "$root/${binaries[0]}" ] && [ -x "$root/${binaries[1]}" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$versions" ]; then
  exit 0
fi

rm -rf "$root" "$cache/debs"
mkdir -p "$root" "$cache/debs"
(cd "$cache/debs" && apt-get download -qq "${wanted[@]}" 2>&1 | grep -v 'unsandboxed as root' || true)
for deb in "$cache/debs"/*.deb; do dpkg -x "$deb" "$root"; done
libraries="$root/usr/lib/x86_64-linux-gnu:$root/lib/x86_64-linux-gnu"
for binary in "${binaries[@]}"; do
  # Exim is set-uid root in its package, Sendmail set-gid smmsp: unprivileged here (the dynamic
  # loader would also ignore LD_PRELOAD and LD_LIBRARY_PATH for a set-id program)
  chmod u-s,g-s "$root/$binary"
  missing="$(LD_LIBRARY_PATH="$libraries" ldd "$root/$binary" | grep 'not found' || true)"
  if [ -n "$missing" ]; then
    echo "fetch-mtas: $binary still lacks libraries:" >&2
    echo "$missing" >&2
    exit 1
  fi
done
[ -f "$root/usr/lib/x86_64-linux-gnu/libnss_wrapper.so" ] || {
  echo "fetch-mtas: no libnss_wrapper.so in libnss-wrapper" >&2
  exit 1
}
echo "$versions" >"$stamp"
echo "fetch-mtas: unpacked ${wanted[*]} into $root"
