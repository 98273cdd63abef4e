#!/bin/bash
# CTest fixture: builds the .deb with CPack from this build tree (no second compile) and unpacks
# it with dpkg-deb -x into a fresh root: OUT/vigil_*.deb, OUT/root/.
# Usage: package_build.sh CPACK BUILD_DIR OUT_DIR
set -euo pipefail
cpack=$1 build=$2 out=$3
rm -rf "$out"
mkdir -p "$out"
# -B keeps CPack's staging tree and the .deb out of the build tree's own package/ directory.
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out/cpack" >"$out/cpack.log" 2>&1; then
  cat "$out/cpack.log"
  echo "cpack failed"
  exit 1
fi
debs=("$out"/cpack/vigil_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "expected one vigil_*.deb, got: ${debs[*]}"; exit 1; }
mv "${debs[0]}" "$out/"
rm -rf "$out/cpack/_CPack_Packages"
deb=$(ls "$out"/vigil_*.deb)
dpkg-deb -x "$deb" "$out/root"
echo "built and unpacked $deb"
dpkg-deb -I "$deb" | sed -n '/Package:/,$p'
