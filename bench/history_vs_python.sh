#!/bin/bash
# history_vs_python.sh [--series N] [--seconds N] [--rounds N] [--build DIR]
#
# Reproduce (docs/performance.md, "Series history"):
#   bench/history_vs_python.sh                 # build-bench, as run_all.sh; ~1 min
#
# 1. insert: bench_history insert and bench/history_peer.py (/usr/bin/python3 sqlite3) write
#    the same rows (--series series, default 200, every second for --seconds, default 600,
#    one transaction per 5 s of samples as history.flush_interval does) into the same schema on
#    the same file system, alternating, --rounds times (default 3). Each prints samples/s.
# 2. query: a 30-day query of one series decimated to 2 000 points (30 days of minute rollups
#    + 48 h of raw samples seeded), median and worst of 20; then history_peer.py query reads
#    and decimates the same rows in Python, for reference.
# 3. size: bytes per series per day (20 series at 1 s for one day, raw then rollups).
# --build DIR: the configured CMake tree in which bench_history is built first (default
# <repo>/build-bench); BENCH_HISTORY_BIN=path skips the build and runs that binary.
# Prints figures, never judges them; exits 1 when something could not run.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
PY=/usr/bin/python3
BUILD=$ROOT/build-bench
SERIES=200
SECONDS_=600
ROUNDS=3

usage() { sed -n '2,18s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
while [ $# -gt 0 ]; do
    case $1 in
        --series) SERIES=$2; shift 2 ;;
        --seconds) SECONDS_=$2; shift 2 ;;
        --rounds) ROUNDS=$2; shift 2 ;;
        --build) BUILD=$(cd "$2" && pwd); shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done

BIN=${BENCH_HISTORY_BIN:-}
if [ -z "$BIN" ]; then
    if [ ! -f "$BUILD/build.ninja" ]; then
        cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVIGIL_BUILD_TESTS=OFF >/dev/null
    fi
    nice cmake --build "$BUILD" --target bench_history >/dev/null
    BIN=$BUILD/bin/bench_history
fi
[ -x "$BIN" ] || { echo "history_vs_python: no $BIN" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/vigil-bench-history.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
echo "file system of $WORK: $(df -T "$WORK" | awk 'NR==2 {print $2}'); sqlite $($PY -c 'import sqlite3; print(sqlite3.sqlite_version)')"

echo "== insert: $SERIES series x $SECONDS_ s, one transaction per 5 s =="
for _ in $(seq "$ROUNDS"); do
    "$BIN" insert "$WORK" "$SERIES" "$SECONDS_" 5
    "$PY" "$HERE/history_peer.py" "$WORK/peer.db" "$SERIES" "$SECONDS_" 5
done
echo "== query =="
"$BIN" query "$WORK" 20
"$PY" "$HERE/history_peer.py" query "$WORK/query.db" 20
echo "== size =="
"$BIN" size "$WORK" 20
