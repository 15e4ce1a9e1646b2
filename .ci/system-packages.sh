#!/usr/bin/env bash
# Make sure the Debian packages of the given sections of .ci/packages.txt (app, test) are installed: as root it
# installs the missing ones; otherwise it prints the one `sudo apt-get install` line and exits 1. On a system
# without dpkg (Windows, macOS, another Linux family) it says so once and exits 0: those set up Qt themselves.
# `--list SECTION...` prints the packages of those sections; `--check SECTION...` never installs (root or not).
set -euo pipefail
cd "$(dirname "$0")/.."
list="${VOCDESK_PACKAGE_LIST:-.ci/packages.txt}"
mode=install
case "${1:-}" in --list|--check) mode=${1#--}; shift ;; esac

wanted() {  # the packages of the sections named in "$@"
  awk -v sections=" $* " '
    /^\s*(#|$)/ { next }
    /^\[/ { gsub(/[][]/, ""); keep = index(sections, " " $0 " ") > 0; next }
    keep { print $1 }' "$list"
}

if [ "$mode" = list ]; then wanted "$@"; exit 0; fi
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "(not a Debian-family system: install Qt's libraries and Thai fonts yourself; .ci/packages.txt lists them)" >&2
  exit 0
fi
missing=()
while read -r package; do
  status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null || true)
  [ "${status:0:2}" = "ii" ] || missing+=("$package")
done < <(wanted "$@")
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$mode" = install ] && [ "$(id -u)" = 0 ]; then
  echo "Installing system packages VocDesk needs: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "VocDesk needs these system packages first; install them, then run the command again:" >&2
echo "  sudo apt-get install -y ${missing[*]}" >&2
exit 1
