#!/bin/bash
# outbox_vs_python.sh [--messages N] [--channels K] [--hours H] [--skip-soak] [--build DIR]
#
# Reproduce (docs/performance.md, "Notification outbox: soak and throughput"):
#   bench/outbox_vs_python.sh                   # build-bench, as run_all.sh; ~2 min + the soaks
#   bench/outbox_vs_python.sh --hours 30        # long enough for the 10 000-pending bound to bite
#
# 1. Throughput: one bench_outbox_receiver (answers 200, keep-alive, its own process: its CPU
#    counts for neither side), then, one after another, never at once:
#      bench_outbox --throughput N    Vigil's Dispatcher + outbox.db on its notify thread
#      outbox_peer.py --throughput N  the same pattern with sqlite3 + urllib (/usr/bin/python3)
#    N messages (default 2000) over K channels (default 1; one request in flight per channel,
#    oldest first, on both sides), each persisted before it is sent, timed from the first
#    enqueue to the last delivered.
# 2. Soak (unless --skip-soak): bench_outbox --soak --hours H (default 1) against a receiver
#    answering 500, then against a port that refuses connections. Simulated time: each takes
#    seconds to minutes of real time. Python has no soak counterpart: the soak is about
#    Vigil's own bounds and memory.
# --build DIR: the configured CMake tree in which bench_outbox is built first (default
# <repo>/build-bench); BENCH_OUTBOX_BIN=path skips the build (bench_outbox_receiver must sit
# next to it). Exits 0 once all ran (figures are reported, never judged); 1 when something
# could not start.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
PY=/usr/bin/python3
BUILD=$ROOT/build-bench
MESSAGES=2000
CHANNELS=1
HOURS=1
SOAK=1

usage() { sed -n '2,24s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
while [ $# -gt 0 ]; do
    case $1 in
        --messages|--channels)
            [[ ${2:-} =~ ^[0-9]+$ ]] || { usage >&2; exit 2; }
            if [ "$1" = --messages ]; then MESSAGES=$2; else CHANNELS=$2; fi
            shift 2 ;;
        --hours)
            [[ ${2:-} =~ ^[0-9]+(\.[0-9]+)?$ ]] || { usage >&2; exit 2; }
            HOURS=$2; shift 2 ;;
        --skip-soak) SOAK=0; shift ;;
        --build) BUILD=$(cd "$2" && pwd); shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done

BIN=${BENCH_OUTBOX_BIN:-}
if [ -z "$BIN" ]; then
    [ -f "$BUILD/build.ninja" ] || [ -f "$BUILD/Makefile" ] ||
        { echo "outbox_vs_python: $BUILD is not a configured build tree" >&2; exit 1; }
    cmake --build "$BUILD" --target bench_outbox bench_outbox_receiver >&2
    BIN=$BUILD/bin/bench_outbox
fi
RECEIVER=$(dirname "$BIN")/bench_outbox_receiver
if [ ! -x "$BIN" ] || [ ! -x "$RECEIVER" ]; then
    echo "outbox_vs_python: $BIN or $RECEIVER not built" >&2
    exit 1
fi

# shellcheck source=bench/bench_lib.sh
. "$HERE/bench_lib.sh"

"$RECEIVER" --status 200 >"$LOG/receiver.out" 2>"$LOG/receiver.err" &
SERVER_PID=$!
ADDR=""
for _ in $(seq 100); do
    ADDR=$(sed -n 's/^listening //p' "$LOG/receiver.out" 2>/dev/null || true)
    [ -n "$ADDR" ] && break
    sleep 0.1
done
[ -n "$ADDR" ] ||
    { echo "outbox_vs_python: receiver did not start: $(cat "$LOG/receiver.err")" >&2; exit 1; }
URL=http://$ADDR/hook

echo "outbox_vs_python: receiver pid $SERVER_PID at $URL; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  vigil: $BIN ($(date -u -r "$BIN" '+built %Y-%m-%d %H:%M UTC'))," \
     "source $(git -C "$ROOT" log -1 --format=%h 2>/dev/null)," \
     "$(git -C "$ROOT" status --short -- src/core/notify 2>/dev/null | wc -l) uncommitted files" \
     "under src/core/notify"

# run NAME CMD...: one side; keeps its RESULT line and the receiver's CPU meanwhile.
run() {
    local name=$1 r0 r1
    shift
    echo
    r0=$(cpu_ticks "$SERVER_PID")
    "$@" | tee "$LOG/$name.out"
    r1=$(cpu_ticks "$SERVER_PID")
    awk -v t=$((r1 - r0)) -v hz="$HZ" -v n="$name" \
        'BEGIN { printf "%s receiver_cpu_s=%.2f\n", n, t / hz }' >>"$LOG/receiver.cpu"
}
run vigil "$BIN" --throughput "$MESSAGES" --channels "$CHANNELS" --url "$URL"
run python "$PY" "$HERE/outbox_peer.py" --throughput "$MESSAGES" --channels "$CHANNELS" --url "$URL"

echo
echo "== throughput side by side ($MESSAGES messages, $CHANNELS channel(s); load now" \
     "$(cut -d' ' -f1-3 /proc/loadavg)) =="
for name in vigil python; do sed -n "s/^RESULT who=[a-z]* /$name /p" "$LOG/$name.out"; done |
    cat - "$LOG/receiver.cpu" | awk '
    { for (i = 2; i <= NF; ++i) { split($i, kv, "="); v[$1, kv[1]] = kv[2] } }
    function row(label, k, fmt,   a, b, r) {
        a = v["vigil", k]; b = v["python", k]
        r = "-"; if (a + 0 > 0) r = sprintf("%.2f", b / a)
        printf "%-28s %10s %10s %9s\n", label, sprintf(fmt, a), sprintf(fmt, b), r
    }
    END {
        printf "%-28s %10s %10s %9s\n", "", "vigil", "python", "py/vigil"
        row("delivered", "delivered", "%d")
        row("receiver counted", "received", "%d")
        row("seconds, enqueue to last", "seconds", "%.3f")
        row("messages/s", "msgs_per_s", "%.0f")
        row("process CPU s", "cpu_s", "%.3f")
        row("CPU ms per message", "cpu_ms_per_msg", "%.3f")
        row("RSS at the end KiB", "rss_kib", "%d")
        row("receiver CPU s", "receiver_cpu_s", "%.2f")
    }'

if [ "$SOAK" = 1 ]; then
    for receiver in 500 refuse; do
        echo
        echo "== soak: $HOURS simulated h, receiver $receiver =="
        "$BIN" --soak --hours "$HOURS" --receiver "$receiver" | tee "$LOG/soak-$receiver.out"
    done
    echo
    echo "== soak summary =="
    sed -n 's/^RESULT who=vigil mode=soak //p' "$LOG"/soak-*.out
fi
exit 0
