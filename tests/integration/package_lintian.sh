#!/bin/bash
# package_lintian: lintian (Debian 12) on the built .deb, failing on errors, warnings and infos.
# The dev build tree this test packages is not built with the release preset's hardening flags,
# so those two infos are expected here (scripts/package's .deb has neither; docs/packaging.md).
# Usage: package_lintian.sh PACKAGE_DIR
set -u
debs=("$1"/vigil_*.deb)
[ -f "${debs[0]}" ] || { echo "no vigil_*.deb in $1"; exit 1; }
lintian --fail-on error,warning,info --display-info --pedantic \
  --suppress-tags hardening-no-bindnow,hardening-no-fortify-functions "${debs[0]}" 2>&1
status=$?
echo "lintian exit $status"
exit $status
