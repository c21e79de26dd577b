#!/usr/bin/env bash
# Installs Debian's headless LibreOffice Writer for the annotated-copy test (test/annotate/),
# unless `soffice` is already there: the test converts the annotated .docx to PDF to prove
# that an office suite opens it.
set -euo pipefail

if command -v soffice >/dev/null 2>&1; then
  echo "soffice is already installed: $(command -v soffice)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-office: apt-get not found; install LibreOffice Writer (soffice) by hand to run the annotated-copy test." >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

# Another install (e.g. the browser's) may hold the package lock: wait for it rather than fail.
APT_WAIT=(-o DPkg::Lock::Timeout=600)

$SUDO apt-get "${APT_WAIT[@]}" update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${APT_WAIT[@]}" install -y --no-install-recommends libreoffice-writer-nogui
command -v soffice
