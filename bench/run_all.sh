#!/bin/bash
# run_all.sh [--rev REV] [--window S] [--warmup S] [--steady S] [--count S] [--skip-gui]
#
# Every benchmark of docs/performance.md, one after another, printing everything:
#   0. the machine, and what else is running (measure on an otherwise idle machine)
#   1. bench_snapshot --per-source         Vigil's snapshot (build-bench, RelWithDebInfo)
#   2. psutil_snapshot.py --per-source     the same set with psutil (/usr/bin/python3)
#   3. gui_vs_btop.sh                      GUI CPU and memory next to btop (~5 min)
# Configures and builds <repo>/build-bench (RelWithDebInfo) from the work tree first when needed.
# --rev REV measures a committed revision instead: `git archive REV` (plus this bench/ folder)
# goes to <repo>/build-bench-rev/src, built in <repo>/build-bench-rev/build; use it when the
# work tree holds other people's unfinished changes. --window/--warmup/--steady/--count are
# passed to gui_vs_btop.sh; --skip-gui skips step 3.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
BUILD=$ROOT/build-bench
PY=/usr/bin/python3
GUI_ARGS=()
SKIP_GUI=0
REV=""
while [ $# -gt 0 ]; do
    case $1 in
        --window|--warmup|--steady|--count) GUI_ARGS+=("$1" "$2"); shift 2 ;;
        --rev) REV=$2; shift 2 ;;
        --skip-gui) SKIP_GUI=1; shift ;;
        -h|--help) sed -n '2,14s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "run_all: unknown option $1" >&2; exit 2 ;;
    esac
done

section() { printf '\n== %s ==\n' "$*"; }
# Busy and total jiffies of all CPUs (/proc/stat), to show whether anything else ran meanwhile.
host_jiffies() {
    local _cpu user nice system idle iowait irq softirq steal _rest
    read -r _cpu user nice system idle iowait irq softirq steal _rest </proc/stat
    echo "$((user + nice + system + irq + softirq + steal)) $((user + nice + system + idle + iowait + irq + softirq + steal))"
}
host_busy_since() { # BUSY0 TOTAL0
    local b a
    read -r b a < <(host_jiffies)
    awk -v b=$((b - $1)) -v a=$((a - $2)) -v n="$(nproc)" 'BEGIN {
        p = 0; if (a > 0) p = 100 * b / a
        printf "host busy meanwhile: %.1f %% of all %d CPUs (the benchmark itself keeps one busy: %.1f %%)\n",
               p, n, 100 / n }'
}

SRC=$ROOT
if [ -n "$REV" ]; then
    SHA=$(git -C "$ROOT" rev-parse --verify "$REV^{commit}")
    SRC=$ROOT/build-bench-rev/src
    BUILD=$ROOT/build-bench-rev/build
    if [ "$(cat "$SRC/.vigil-rev" 2>/dev/null)" != "$SHA" ]; then
        rm -rf "$SRC"
        mkdir -p "$SRC"
        git -C "$ROOT" archive "$SHA" | tar -x -C "$SRC"
        echo "$SHA" >"$SRC/.vigil-rev"
    fi
    rm -rf "$SRC/bench"
    cp -a "$HERE" "$SRC/bench"
fi

section "build ($BUILD, RelWithDebInfo, from $SRC${REV:+ at $REV})"
if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVIGIL_WERROR=ON \
          -DVIGIL_BUILD_TESTS=OFF
fi
cmake --build "$BUILD" --target vigil bench_snapshot
grep -q '^CMAKE_BUILD_TYPE:STRING=RelWithDebInfo$' "$BUILD/CMakeCache.txt" ||
    echo "run_all: warning: $BUILD is not a RelWithDebInfo build" >&2

section "machine"
echo "date:     $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cpu:      $(nproc) online, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
     "$(awk -F': ' '/^cpu MHz/ { printf "%.0f MHz", $2; exit }' /proc/cpuinfo)"
echo "virt:     $(systemd-detect-virt 2>/dev/null || echo unknown; true)" \
     "(hypervisor flag: $(grep -qw hypervisor /proc/cpuinfo && echo yes || echo no))"
echo "memory:   $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "kernel:   $(uname -r)"
# shellcheck disable=SC1091
echo "os:       $(. /etc/os-release && echo "$PRETTY_NAME"), Debian $(cat /etc/debian_version 2>/dev/null)"
echo "qt:       $(dpkg-query -W -f '${Version}' libqt6core6 2>/dev/null)," \
     "charts $(dpkg-query -W -f '${Version}' libqt6charts6 2>/dev/null)"
echo "compiler: $(c++ --version | head -1)"
echo "psutil:   $($PY -c 'import psutil, sys; print(psutil.__version__, "on Python", sys.version.split()[0])')"
echo "btop:     $(btop --version 2>/dev/null | head -1)"
if [ -n "$REV" ]; then
    echo "source:   $(git -C "$ROOT" log -1 --format='%h %s' "$SHA") (clean export of --rev $REV)"
else
    echo "source:   work tree at $(git -C "$ROOT" log -1 --format='%h %s' 2>/dev/null)"
    echo "          uncommitted changes under src/: $(git -C "$ROOT" status --short -- src 2>/dev/null | wc -l) files"
fi
echo "          vigil binary built $(date -u -r "$BUILD/bin/vigil" '+%H:%M:%S UTC')"
echo "load:     $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min)"
echo "busiest processes right now:"
ps -eo pid,pcpu,rss,comm --sort=-pcpu | head -6 | sed 's/^/  /'
if awk '{ exit !($1 > 0.5) }' /proc/loadavg; then
    echo "run_all: warning: load average above 0.5; figures may be disturbed" >&2
fi

section "1. Vigil snapshot (SystemCollector::collectNow, root /)"
read -r B0 A0 < <(host_jiffies)
VIGIL_OUT=$("$BUILD/bin/bench_snapshot" --per-source)
echo "$VIGIL_OUT"
host_busy_since "$B0" "$A0"

section "2. psutil snapshot (same set)"
read -r B0 A0 < <(host_jiffies)
PSUTIL_OUT=$("$PY" "$HERE/psutil_snapshot.py" --per-source)
echo "$PSUTIL_OUT"
host_busy_since "$B0" "$A0"

section "1 vs 2: CPU µs per snapshot, medians"
printf '%-12s %10s %10s %12s\n' "what" "vigil" "psutil" "vigil/psutil"
printf '%s\n%s\n' "$VIGIL_OUT" "$PSUTIL_OUT" | awk '
    { v[$1 "/" $2] = $6; if ($1 == "vigil") order[++n] = $2 }
    END { for (i = 1; i <= n; ++i) { w = order[i]; a = v["vigil/" w]; b = v["psutil/" w]
          r = "-"; if (b > 0) r = sprintf("%.3f", a / b)
          printf "%-12s %10.2f %10.2f %12s\n", w, a, b, r } }'
echo "(budget: a full snapshot costs at most half of psutil's, i.e. vigil/psutil <= 0.5)"

if [ "$SKIP_GUI" = 0 ]; then
    section "3. GUI vs btop (1 s refresh, private Xvfb display)"
    VIGIL_BIN=$BUILD/bin/vigil "$HERE/gui_vs_btop.sh" ${GUI_ARGS[@]+"${GUI_ARGS[@]}"}
fi
section "4. 200 HTTP checks every 10 s: Vigil vs Python (~3 min)"; "$HERE/checks_vs_python.sh" --build "$BUILD"
section "5. Notification outbox: 2000 messages vs Python, 1 h soaks (~3 min)"; "$HERE/outbox_vs_python.sh" --build "$BUILD"
section "done; load now $(cut -d' ' -f1-3 /proc/loadavg)"
