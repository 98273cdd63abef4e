#!/bin/bash
# checks_vs_python.sh [--checks N] [--interval S] [--window S] [--warmup S] [--idle S] [--build DIR]
#
# Reproduce (docs/performance.md, "Service checks: 200 HTTP checks every 10 s"):
#   bench/checks_vs_python.sh                           # build-bench, as run_all.sh; ~3 min
#   bench/checks_vs_python.sh --build build-bench-checks
#
# N HTTP checks (default 200) every --interval seconds (default 10) against one local server,
# tests/integration/check_server.py (Python stdlib, endpoint /ok, 127.0.0.1, its own process:
# its CPU counts for neither side). One after another, never at once, so they do not compete
# for the CPUs or the server:
#   1. bench_checks    Vigil's CheckThread/CheckService, with a 10 ms timer on the GUI thread
#   2. checks_peer.py  the same URLs with urllib.request in a ThreadPoolExecutor(16)
#   3. both again with --checks 0 for --idle seconds (default 20; 0 skips): the 10 ms ticker
#      alone, subtracted (per second) to give the CPU per check net of the harness
# Each measures itself over --window seconds (default 60) after --warmup (default 10): CPU per
# check, results, event-loop (ticker) latency, host% = busy share of all CPUs meanwhile.
# --build DIR: the configured CMake tree in which bench_checks is built first (default
# <repo>/build-bench); BENCH_CHECKS_BIN=path skips the build and runs that binary.
# Exits 0 once all ran (figures are reported, never judged); 1 when something could not start.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
PY=/usr/bin/python3
SERVER_PY=$ROOT/tests/integration/check_server.py
BUILD=$ROOT/build-bench
ARGS=()
IDLE=20

usage() { sed -n '2,20s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
while [ $# -gt 0 ]; do
    case $1 in
        --checks|--interval|--window|--warmup)
            [[ ${2:-} =~ ^[0-9]+(\.[0-9]+)?$ ]] || { usage >&2; exit 2; }
            ARGS+=("$1" "$2"); shift 2 ;;
        --idle)
            [[ ${2:-} =~ ^[0-9]+$ ]] || { usage >&2; exit 2; }
            IDLE=$2; shift 2 ;;
        --build) BUILD=$(cd "$2" && pwd); shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done

BIN=${BENCH_CHECKS_BIN:-}
if [ -z "$BIN" ]; then
    [ -f "$BUILD/build.ninja" ] || [ -f "$BUILD/Makefile" ] ||
        { echo "checks_vs_python: $BUILD is not a configured build tree" >&2; exit 1; }
    cmake --build "$BUILD" --target bench_checks >&2
    BIN=$BUILD/bin/bench_checks
fi
[ -x "$BIN" ] || { echo "checks_vs_python: $BIN not built" >&2; exit 1; }
[ -f "$SERVER_PY" ] || { echo "checks_vs_python: $SERVER_PY missing" >&2; exit 1; }

# shellcheck source=bench/bench_lib.sh
. "$HERE/bench_lib.sh"

"$PY" "$SERVER_PY" --port 0 >"$LOG/server.out" 2>"$LOG/server.err" &
SERVER_PID=$!
PORT=""
for _ in $(seq 100); do
    PORT=$(head -1 "$LOG/server.out" 2>/dev/null || true)
    [ -n "$PORT" ] && break
    sleep 0.1
done
[ -n "$PORT" ] ||
    { echo "checks_vs_python: check_server.py did not start: $(cat "$LOG/server.err")" >&2; exit 1; }
URL=http://127.0.0.1:$PORT/ok

echo "checks_vs_python: server pid $SERVER_PID at $URL; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  vigil: $BIN ($(date -u -r "$BIN" '+built %Y-%m-%d %H:%M UTC'))"
# Which source the binary was built from: a clean export (run_all.sh --rev writes .vigil-rev) or
# the work tree, whose uncommitted check code would then be in the figures.
CACHE=$(dirname "$(dirname "$BIN")")/CMakeCache.txt
SRC_DIR=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$CACHE" 2>/dev/null || true)
if [ -f "$SRC_DIR/.vigil-rev" ]; then
    echo "  source: export of $(git -C "$ROOT" log -1 --format='%h %s' "$(<"$SRC_DIR/.vigil-rev")")"
else
    echo "  source: ${SRC_DIR:-unknown} at $(git -C "$ROOT" log -1 --format=%h 2>/dev/null)," \
         "$(git -C "$ROOT" status --short -- src/core/checks 2>/dev/null | wc -l)" \
         "uncommitted files under src/core/checks"
fi

# run NAME CMD...: runs one side, prints its output, keeps its RESULT line and the server's CPU.
run() {
    local name=$1 s0 s1 server
    shift
    echo
    s0=$(cpu_ticks "$SERVER_PID")
    "$@" | tee "$LOG/$name.out"
    s1=$(cpu_ticks "$SERVER_PID")
    server=$(awk -v t=$((s1 - s0)) -v hz="$HZ" 'BEGIN { printf "%.2f", t / hz }')
    echo "  server CPU during the whole run (warm-up included): $server s"
    echo "$name server_s=$server" >>"$LOG/server.cpu"
}
run vigil "$BIN" --url "$URL" ${ARGS[@]+"${ARGS[@]}"}
run python "$PY" "$HERE/checks_peer.py" --url "$URL" ${ARGS[@]+"${ARGS[@]}"}
if [ "$IDLE" -gt 0 ]; then
    run vigil-idle "$BIN" --url "$URL" --checks 0 --warmup 1 --window "$IDLE"
    run python-idle "$PY" "$HERE/checks_peer.py" --url "$URL" --checks 0 --warmup 1 \
        --window "$IDLE"
fi

echo
echo "== side by side (each over its own window; load now $(cut -d' ' -f1-3 /proc/loadavg)) =="
for name in vigil python vigil-idle python-idle; do
    if [ -f "$LOG/$name.out" ]; then sed -n "s/^RESULT /$name /p" "$LOG/$name.out"; fi
done | cat - "$LOG/server.cpu" | awk '
    { for (i = 2; i <= NF; ++i) { split($i, kv, "="); v[$1, kv[1]] = kv[2] } }
    # CPU per check net of the idle ticker: (cpu - idle cpu/s * window) / results
    function net(who,   rate) {
        if (v[who "-idle", "window_s"] == "" || v[who, "results"] + 0 == 0) return "-"
        rate = v[who "-idle", "cpu_s"] / v[who "-idle", "window_s"]
        return (v[who, "cpu_s"] - rate * v[who, "window_s"]) * 1e6 / v[who, "results"]
    }
    function idle(who) { # CPU ms per second of the --checks 0 run
        if (v[who "-idle", "window_s"] == "") return "-"
        return 1000 * v[who "-idle", "cpu_s"] / v[who "-idle", "window_s"]
    }
    function row(label, a, b, fmt,   r) {
        if (a == "") a = "-"; if (b == "") b = "-"
        r = "-"; if (a != "-" && b != "-" && a + 0 > 0) r = sprintf("%.2f", b / a)
        if (a != "-") a = sprintf(fmt, a)
        if (b != "-") b = sprintf(fmt, b)
        printf "%-36s %10s %10s %9s\n", label, a, b, r
    }
    function key(label, k, fmt) { row(label, v["vigil", k], v["python", k], fmt) }
    END {
        printf "%-36s %10s %10s %9s\n", "", "vigil", "python", "py/vigil"
        key("window s", "window_s", "%.1f")
        key("check results", "results", "%d")
        key("  healthy", "healthy", "%d")
        key("  unhealthy", "unhealthy", "%d")
        key("process CPU s", "cpu_s", "%.3f")
        key("CPU us per check (process)", "cpu_us_per_check", "%.0f")
        row("CPU us per check, net of idle ticker", net("vigil"), net("python"), "%.0f")
        key("  vigil-checks thread us/check", "checks_thread_us_per_check", "%.0f")
        key("  Qt HTTP thread CPU s", "http_thread_s", "%.2f")
        row("idle ticker alone, CPU ms per s", idle("vigil"), idle("python"), "%.2f")
        key("loop latency p50 ms", "loop_p50_ms", "%.2f")
        key("loop latency p90 ms", "loop_p90_ms", "%.2f")
        key("loop latency p99 ms (budget 50)", "loop_p99_ms", "%.2f")
        key("loop latency max ms", "loop_max_ms", "%.2f")
        row("  idle ticker alone p99 ms", v["vigil-idle", "loop_p99_ms"],
            v["python-idle", "loop_p99_ms"], "%.2f")
        key("check latency p50 ms", "check_p50_ms", "%.2f")
        key("check latency p99 ms", "check_p99_ms", "%.2f")
        key("server CPU s (whole run)", "server_s", "%.2f")
        key("host% during the window", "host_pct", "%.1f")
        row("  host% during the idle windows", v["vigil-idle", "host_pct"],
            v["python-idle", "host_pct"], "%.1f")
    }'
echo "(loop latency: vigil = how late a 10 ms QTimer on the GUI thread fires; python = how late"
echo " a 10 ms sleep-to-deadline ticker in its main thread wakes. host% = busy share of all"
echo " $(nproc) CPUs during each window, everything included: far above the measured process's"
echo " own share means something else was running)"
exit 0
