#!/usr/bin/env bash
# Makes sure the browser tests (Chromium) and the template-formula tests (LibreOffice) can
# run. Installs them from Debian when missing and the machine allows it (root with apt-get);
# otherwise stops with the exact command to run. It never lets those tests skip silently.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# British English for Chromium itself, so its date boxes read day/month/year.
[ -e /usr/lib/chromium/locales/en-GB.pak ] || need+=(chromium-l10n)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
[ ${#need[@]} -eq 0 ] && exit 0
cmd="apt-get update && apt-get install -y --no-install-recommends ${need[*]} fonts-dejavu-core"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} from Debian (needed by the browser and spreadsheet tests)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
else
  echo "The tests need ${need[*]}. Install them first, as root:" >&2
  echo "  $cmd" >&2
  exit 1
fi
