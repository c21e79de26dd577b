#!/usr/bin/env bash
# Installs, from Debian's packages, the programs the tests drive and no npm package ships:
# Chromium for the HTML report's browser test (test/browser/; playwright-core downloads no
# browser of its own); headless LibreOffice Writer and Calc, for the annotated Word copy test
# (test/annotate/) and for the format parity test (test/e2e/), which publishes the samples as
# PDF, .doc and .xlsx; and a Chinese font, without which LibreOffice draws Chinese as empty
# boxes and the PDFs it makes carry no Chinese text. Installs only what is missing.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
# Calc's import and export filters live in its own library.
ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
[ -n "$(fc-list :lang=zh 2>/dev/null)" ] || missing+=(fonts-wqy-zenhei)

if [ ${#missing[@]} -eq 0 ]; then
  echo "chromium, LibreOffice Writer and Calc, and a Chinese font are already installed"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-tools: apt-get not found; install ${missing[*]} by hand to run the browser, Word-copy and format tests." >&2
  exit 1
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
# Another apt run may hold the package lock: wait for it rather than fail.
APT=($SUDO apt-get -o DPkg::Lock::Timeout=600)

"${APT[@]}" update
DEBIAN_FRONTEND=noninteractive "${APT[@]}" install -y --no-install-recommends "${missing[@]}"
