#!/bin/bash
# processes_vs_psutil.sh [--rounds R] [--iterations N] [--build DIR]
#
# Reproduce (docs/performance.md, "Process snapshot"):
#   bench/processes_vs_psutil.sh                 # build-bench, as run_all.sh; ~1 min
#   bench/processes_vs_psutil.sh --build build
#
# The cost of one snapshot of every process with the fields of the Processes tab (pid, name,
# user, CPU %, resident memory, disk read/write, start time, command line), alternately:
#   bench_processes                  ProcessTable::sample() over /proc
#   /usr/bin/python3 + psutil 5.9    process_iter(attrs=[the same]) — psutil keeps its Process
#                                    objects between calls, as Vigil keeps the previous counters
# Both time R rounds of N snapshots after a warm-up with the process CPU clock (user + system)
# and the monotonic clock, and print the median and mean µs per snapshot. The two run three
# times each, alternating, so that load from elsewhere hits both alike.
# --build DIR: the configured CMake tree to build bench_processes in (default <repo>/build-bench);
# BENCH_PROCESSES_BIN=path skips the build. Figures are reported, never judged.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
PY=/usr/bin/python3
BUILD=$ROOT/build-bench
ROUNDS=7
ITERATIONS=30

usage() { sed -n '2,19s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
while [ $# -gt 0 ]; do
    case $1 in
        --rounds|--iterations)
            [[ ${2:-} =~ ^[0-9]+$ ]] || { usage >&2; exit 2; }
            [ "$1" = --rounds ] && ROUNDS=$2 || ITERATIONS=$2; shift 2 ;;
        --build) BUILD=$(cd "$2" && pwd); shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done

BIN=${BENCH_PROCESSES_BIN:-}
if [ -z "$BIN" ]; then
    [ -f "$BUILD/build.ninja" ] || [ -f "$BUILD/Makefile" ] ||
        { echo "processes_vs_psutil: $BUILD is not a configured build tree" >&2; exit 1; }
    nice cmake --build "$BUILD" --target bench_processes >&2
    BIN=$BUILD/bin/bench_processes
fi
[ -x "$BIN" ] || { echo "processes_vs_psutil: $BIN not built" >&2; exit 1; }
"$PY" -c 'import psutil' 2>/dev/null ||
    { echo "processes_vs_psutil: $PY has no psutil (Debian python3-psutil)" >&2; exit 1; }

psutil_run() {
    "$PY" - "$ROUNDS" "$ITERATIONS" <<'PYEOF'
import statistics, sys, time
import psutil
rounds, iterations = int(sys.argv[1]), int(sys.argv[2])
ATTRS = ["pid", "name", "username", "cpu_percent", "memory_info", "io_counters",
         "create_time", "cmdline"]
count = 0
def snapshot():
    global count
    count = len([p.info for p in psutil.process_iter(attrs=ATTRS)])
for _ in range(5):
    snapshot()
cpu, wall = [], []
for _ in range(rounds):
    c0, w0 = time.process_time_ns(), time.monotonic_ns()
    for _ in range(iterations):
        snapshot()
    w1, c1 = time.monotonic_ns(), time.process_time_ns()
    cpu.append((c1 - c0) / 1000.0 / iterations)
    wall.append((w1 - w0) / 1000.0 / iterations)
print("psutil  processes %4d   cpu µs/snapshot median %9.1f mean %9.1f   "
      "wall µs median %9.1f mean %9.1f" % (count, statistics.median(cpu), statistics.mean(cpu),
                                          statistics.median(wall), statistics.mean(wall)))
PYEOF
}

echo "== $(nproc) CPUs, $(ls -d /proc/[0-9]* | wc -l) processes, psutil $("$PY" -c 'import psutil; print(psutil.__version__)'), load $(cut -d' ' -f1-3 /proc/loadavg) =="
for run in 1 2 3; do
    "$BIN" --rounds "$ROUNDS" --iterations "$ITERATIONS"
    psutil_run
done
