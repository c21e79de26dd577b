#!/usr/bin/env bash
# Installs, from Debian's packages, the programs two tests drive and no npm package ships:
# Chromium for the HTML report's browser test (test/browser/; playwright-core downloads no
# browser of its own) and headless LibreOffice Writer for the annotated Word copy test
# (test/annotate/, which converts the copy to PDF). Installs only what is missing.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)

if [ ${#missing[@]} -eq 0 ]; then
  echo "chromium and soffice are already installed"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-tools: apt-get not found; install ${missing[*]} by hand to run the browser and Word-copy tests." >&2
  exit 1
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
# Another apt run may hold the package lock: wait for it rather than fail.
APT=($SUDO apt-get -o DPkg::Lock::Timeout=600)

"${APT[@]}" update
DEBIAN_FRONTEND=noninteractive "${APT[@]}" install -y --no-install-recommends "${missing[@]}"
