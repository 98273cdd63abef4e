#!/bin/bash
# desktop_entry_valid: the desktop entry and AppStream metainfo as installed by the package,
# checked with Debian 12's own validators (known quirks: INTEROP.md §8). Any message fails:
# both files are kept free of warnings and infos too.
# Usage: package_metadata.sh ROOT APP_ID
set -u
root=$1 id=$2 rc=0
desktop=$root/usr/share/applications/$id.desktop
metainfo=$root/usr/share/metainfo/$id.metainfo.xml
out=$(desktop-file-validate "$desktop" 2>&1) || rc=1
[ -z "$out" ] || { echo "desktop-file-validate $desktop:"; echo "$out"; rc=1; }
# validate: the file alone (pedantic hints included); validate-tree: the installed tree, which
# also checks that the launchable desktop entry and the icon exist.
for cmd in "validate --pedantic $metainfo" "validate-tree $root"; do
  out=$(appstreamcli $cmd --no-net 2>&1); status=$?
  echo "appstreamcli $cmd: exit $status"
  echo "$out"
  [ $status -eq 0 ] && ! grep -qE '^[EWI]: ' <<<"$out" || rc=1
done
exit $rc
