#!/bin/sh
# Runs a command with VIGIL_TEST_SMALL_FS pointing at a small tmpfs of its own
# (VIGIL_SMALL_FS_SIZE, default 256k), mounted in a
# private mount namespace (as root directly, otherwise as root of a new user namespace), so a
# "disk full" test meets a real ENOSPC without touching the machine's file systems.
# Usage: with_small_fs.sh <command> [args...]
set -eu
if [ "${VIGIL_SMALL_FS_INNER:-}" = 1 ]; then
  dir=$(mktemp -d)
  mount -t tmpfs -o "size=${VIGIL_SMALL_FS_SIZE:-256k}" vigil-small "$dir"
  export VIGIL_TEST_SMALL_FS="$dir"
  "$@"
  rc=$?
  umount "$dir"
  rmdir "$dir"
  exit $rc
fi
if [ "$(id -u)" = 0 ]; then
  exec env VIGIL_SMALL_FS_INNER=1 unshare --mount --propagation private "$0" "$@"
fi
exec env VIGIL_SMALL_FS_INNER=1 unshare --user --map-root-user --mount "$0" "$@"
