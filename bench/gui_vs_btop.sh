#!/bin/bash
# gui_vs_btop.sh [--window S] [--warmup S] [--steady S] [--count S]
#
# CPU and memory of Vigil's GUI next to btop, both refreshing every second, on a private Xvfb
# display (scripts/with-desktop-session). One after another, never in parallel:
#   1. vigil              dashboard visible (waits for the window with xdotool); measured
#                         twice: after --warmup (default 10 s), when the charts hold little
#                         history, and again from --steady seconds after start (default 310:
#                         the default 5-minute chart window is full, the steady state; 0 skips)
#   2. vigil --minimized  with no tray host (bare Xvfb) Vigil shows the window minimised,
#                         once it has given up waiting for a tray (about 15 s)
#   2b.vigil --minimized  with a tray host (trayer, when installed): the window stays hidden
#   3. vigil --headless   the engine without any window: the floor for 1 and 2
#   4. btop -p 0          in a detached 200x50 tmux session, update_ms = 1000
# Each window: utime+stime from /proc/PID/stat over --window seconds (default 60), then VmRSS,
# VmHWM (peak) and Pss at its end. Afterwards, for the GUI runs, gdb counts calls to
# Dashboard::refresh and TimeSeriesChart::refresh for --count seconds (default 10; 0 skips):
# the evidence for "a hidden window does no chart work". Counting happens after the CPU
# windows, so it does not disturb the figures.
# VIGIL_BIN overrides the binary (default: build-bench/bin/vigil, the optimised build).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
VIGIL=${VIGIL_BIN:-$ROOT/build-bench/bin/vigil}
WINDOW=60
WARMUP=10
STEADY=310
COUNT=10
INSIDE=0

usage() { sed -n '2,20s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
while [ $# -gt 0 ]; do
    case $1 in
        --window) WINDOW=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --steady) STEADY=$2; shift 2 ;;
        --count) COUNT=$2; shift 2 ;;
        --inside-session) INSIDE=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
for n in "$WINDOW" "$WARMUP" "$STEADY" "$COUNT"; do
    [[ $n =~ ^[0-9]+$ ]] || { echo "gui_vs_btop: seconds must be whole numbers" >&2; exit 2; }
done
[ "$WINDOW" -gt 0 ] || { echo "gui_vs_btop: --window must be > 0" >&2; exit 2; }

if [ "$INSIDE" = 0 ]; then
    missing=()
    for tool in Xvfb dbus-run-session xdotool xprop xwininfo tmux btop; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "gui_vs_btop: missing ${missing[*]}; apt-get install -y --no-install-recommends" \
             "xvfb dbus-x11 xdotool x11-utils tmux btop" >&2
        exit 1
    fi
    [ -x "$VIGIL" ] || { echo "gui_vs_btop: $VIGIL not built (bench/run_all.sh builds it)" >&2; exit 1; }
    exec "$ROOT/scripts/with-desktop-session" "${BASH_SOURCE[0]}" --inside-session \
        --window "$WINDOW" --warmup "$WARMUP" --steady "$STEADY" --count "$COUNT"
fi

# ---- inside the private session: HOME and XDG_* are throwaway ----
HZ=$(getconf CLK_TCK)
LOG="$HOME/logs"
mkdir -p "$LOG"
ROWS=()
NOTES=()
PID=""
STARTED=0

now() { date +%s.%N; }

# utime + stime (fields 14 and 15) in clock ticks, all threads; comm may contain blanks.
cpu_ticks() {
    local stat
    stat=$(<"/proc/$1/stat")
    stat=${stat##*) }
    # shellcheck disable=SC2086
    set -- $stat
    echo $(( ${12} + ${13} ))
}

# "busy total" jiffies of all CPUs from /proc/stat: busy = user+nice+system+irq+softirq+steal.
host_jiffies() {
    local _cpu user nice system idle iowait irq softirq steal _rest
    read -r _cpu user nice system idle iowait irq softirq steal _rest </proc/stat
    echo "$((user + nice + system + irq + softirq + steal)) $((user + nice + system + idle + iowait + irq + softirq + steal))"
}

status_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }
pss_kb() { awk '$1 == "Pss:" { print $2 }' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }

stop_pid() {
    [ -n "$1" ] || return 0
    kill -TERM "$1" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
cleanup() {
    stop_pid "$PID"
    if [ -S "$HOME/tmux.sock" ]; then tmux -S "$HOME/tmux.sock" kill-server 2>/dev/null || true; fi
}
trap cleanup EXIT

# measure FROM LABEL PID [HELPER_LABEL HELPER_PID]: waits until FROM seconds after STARTED
# (when the process started or its window appeared), then CPU over the window, memory at its end.
measure() {
    local from=$1 label=$2 pid=$3 hlabel=${4:-} hpid=${5:-} delay
    delay=$(awk -v s="$STARTED" -v f="$from" -v n="$(now)" 'BEGIN { w = s + f - n; if (w < 0) w = 0; printf "%.3f", w }')
    echo "  [$label] pid $pid: measuring ${WINDOW}s from ${from}s after start (in ${delay}s)" >&2
    sleep "$delay"
    kill -0 "$pid" 2>/dev/null || { echo "gui_vs_btop: $label exited early" >&2; return 1; }
    local t0 c0 h0=0 t1 c1 h1=0 b0 a0 b1 a1
    read -r b0 a0 < <(host_jiffies)
    t0=$(now); c0=$(cpu_ticks "$pid"); if [ -n "$hpid" ]; then h0=$(cpu_ticks "$hpid"); fi
    sleep "$WINDOW"
    t1=$(now); c1=$(cpu_ticks "$pid"); if [ -n "$hpid" ]; then h1=$(cpu_ticks "$hpid"); fi
    read -r b1 a1 < <(host_jiffies)
    local host
    host=$(awk -v b=$((b1 - b0)) -v a=$((a1 - a0)) 'BEGIN { p = 0; if (a > 0) p = 100 * b / a; printf "%.1f", p }')
    kill -0 "$pid" 2>/dev/null || { echo "gui_vs_btop: $label exited during the window" >&2; return 1; }
    ROWS+=("$label|$t0|$t1|$((c1 - c0))|$(status_kb "$pid" VmRSS)|$(status_kb "$pid" VmHWM)|$(pss_kb "$pid")|$(awk '$1 == "Threads:" { print $2 }' "/proc/$pid/status")|$host")
    if [ -n "$hlabel" ] && [ -n "$hpid" ]; then
        ROWS+=("  ($hlabel)|$t0|$t1|$((h1 - h0))|$(status_kb "$hpid" VmRSS)|$(status_kb "$hpid" VmHWM)|$(pss_kb "$hpid")|-|-")
    fi
}

# count_refreshes LABEL PID: calls of the chart refresh functions during COUNT seconds (gdb).
# The count starts once the breakpoints are set (attaching can take seconds under load): a
# timer inside gdb interrupts it COUNT seconds after `continue`; an outer timeout is a backstop.
count_refreshes() {
    local label=$1 pid=$2
    [ "$COUNT" -gt 0 ] || return 0
    if ! command -v gdb >/dev/null; then
        NOTES+=("$label: gdb not installed, chart refreshes not counted"); return 0
    fi
    local out="$LOG/gdb-$pid.txt"
    timeout -s INT $((COUNT + 120)) gdb -q -batch -nx -p "$pid" \
        -ex 'set pagination off' -ex 'handle SIGINT stop print nopass' \
        -ex 'break vigil::Dashboard::refresh' -ex 'ignore 1 1000000000' \
        -ex 'break vigil::TimeSeriesChart::refresh' -ex 'ignore 2 1000000000' \
        -ex "python import os, signal, threading; threading.Timer($COUNT, os.kill, (os.getpid(), signal.SIGINT)).start()" \
        -ex continue -ex 'info breakpoints' -ex detach >"$out" 2>&1 || true
    if ! grep -q '^Breakpoint 2 at' "$out"; then
        NOTES+=("$label: gdb could not set breakpoints (see $out), chart refreshes not counted")
        return 0
    fi
    local hits dash charts
    hits=$(awk '/^[0-9]+ +breakpoint/ { n = $1 } /already hit/ { h[n] = $4 }
                END { printf "%d %d", h[1], h[2] }' "$out")
    read -r dash charts <<<"$hits"
    NOTES+=("$label: in ${COUNT} s under gdb: Dashboard::refresh called $dash times, TimeSeriesChart::refresh $charts times")
    kill -0 "$pid" 2>/dev/null || { echo "gui_vs_btop: $label died under gdb" >&2; return 1; }
}

window_state() {
    local wid
    for wid in $(xdotool search --name '^Vigil$' 2>/dev/null); do
        xprop -id "$wid" WM_NAME | grep -q '= "Vigil"$' || continue
        echo "X window $wid: $(xwininfo -id "$wid" | awk -F': +' '/Map State/ { print $2 }'), $(xprop -id "$wid" _NET_WM_STATE | sed 's/.*= //; s/.*not found./no _NET_WM_STATE/'), $(xprop -id "$wid" WM_HINTS | grep -o 'Initial state is [A-Za-z ]*' || echo 'no initial-state hint')"
    done
}

start_vigil() {
    "$VIGIL" "$@" >"$LOG/vigil$(printf '%s' "$@" | tr -c '[:lower:]' '_').log" 2>&1 &
    PID=$!
    STARTED=$(now)
}

echo "gui_vs_btop: display $DISPLAY, warm-up ${WARMUP}s, steady ${STEADY}s, window ${WINDOW}s," \
     "CLK_TCK $HZ" >&2
XVFB_PID=$(pgrep -x Xvfb -P "$(ps -o ppid= -p "$PPID" | tr -d ' ')" || true)

# 1. Dashboard visible.
start_vigil
timeout 30 xdotool search --sync --onlyvisible --name '^Vigil' >/dev/null ||
    { echo "gui_vs_btop: no visible Vigil window after 30 s" >&2; exit 1; }
STARTED=$(now) # from the window's appearance
measure "$WARMUP" "vigil visible, from ${WARMUP}s" "$PID" "Xvfb meanwhile" "$XVFB_PID"
if [ "$STEADY" -gt 0 ]; then
    measure "$STEADY" "vigil visible, from ${STEADY}s" "$PID" "Xvfb meanwhile" "$XVFB_PID"
fi
count_refreshes "vigil visible" "$PID"
stop_pid "$PID"; PID=""

# wait_tray_decision LOGFILE: Vigil logs "tray icon created ... tray available: X" once it has
# decided; only then does --minimized show (no tray) or keep hiding (tray) the window.
wait_tray_decision() {
    for _ in $(seq 600); do grep -q 'tray icon created' "$1" 2>/dev/null && break; sleep 0.1; done
    grep -o 'tray available: [a-z]*' "$1" 2>/dev/null | head -1 || echo "no tray decision logged in 60 s"
}

# 2. Started with --minimized: no tray host here, so Vigil shows the window minimised.
start_vigil --minimized
NOTES+=("vigil --minimized, no tray: $(wait_tray_decision "$LOG/vigil__minimized.log") after $(awk -v s="$STARTED" -v n="$(now)" 'BEGIN { printf "%.1f", n - s }') s")
STARTED=$(now) # from the tray decision
measure "$WARMUP" "vigil --minimized, no tray" "$PID"
while read -r line; do NOTES+=("vigil --minimized, no tray: $line"); done < <(window_state)
count_refreshes "vigil --minimized, no tray" "$PID"
stop_pid "$PID"; PID=""

# 2b. Started with --minimized under a real XEmbed tray host: the window is never shown.
if command -v trayer >/dev/null; then
    trayer --edge top --align right --widthtype pixel --width 120 --heighttype pixel \
           --height 24 --transparent false --SetDockType true >/dev/null 2>&1 &
    TRAYER_PID=$!
    sleep 1
    start_vigil --minimized
    NOTES+=("vigil --minimized, trayer: $(wait_tray_decision "$LOG/vigil__minimized.log") after $(awk -v s="$STARTED" -v n="$(now)" 'BEGIN { printf "%.1f", n - s }') s")
    STARTED=$(now)
    measure "$WARMUP" "vigil --minimized, trayer" "$PID"
    if xdotool search --onlyvisible --name '^Vigil$' >/dev/null 2>&1; then
        NOTES+=("vigil --minimized, trayer: a Vigil window is visible")
    else
        NOTES+=("vigil --minimized, trayer: no visible Vigil window (hidden in the tray)")
    fi
    count_refreshes "vigil --minimized, trayer" "$PID"
    stop_pid "$PID"; PID=""
    stop_pid "$TRAYER_PID"
else
    NOTES+=("trayer not installed: the hidden-in-tray case was not measured")
fi

# 3. Engine only, no window.
start_vigil --headless
measure "$WARMUP" "vigil --headless" "$PID"
stop_pid "$PID"; PID=""

# 4. btop at 1 s in a detached tmux session of fixed size.
mkdir -p "$HOME/.config/btop"
cat >"$HOME/.config/btop/btop.conf" <<'EOF'
update_ms = 1000
color_theme = "Default"
shown_boxes = "cpu mem net proc"
EOF
TMUX_SOCK="$HOME/tmux.sock"
tmux -S "$TMUX_SOCK" -f /dev/null new-session -d -s btop -x 200 -y 50 'exec btop --utf-force -p 0'
STARTED=$(now)
sleep 1
BTOP_PID=$(tmux -S "$TMUX_SOCK" display-message -p -t btop '#{pane_pid}')
TMUX_PID=$(tmux -S "$TMUX_SOCK" display-message -p '#{pid}')
[ "$(cat "/proc/$BTOP_PID/comm" 2>/dev/null)" = btop ] ||
    { echo "gui_vs_btop: btop did not start in tmux" >&2; exit 1; }
measure "$WARMUP" "btop -p 0 (update_ms 1000)" "$BTOP_PID" "tmux server drawing it" "$TMUX_PID"
tmux -S "$TMUX_SOCK" kill-server
NOTES+=("btop: $(btop --version | head -1), terminal 200x50 in tmux $(tmux -V | cut -d' ' -f2)")

# ---- the table ----
echo
printf '%-30s %8s %9s %11s %8s %8s %8s %7s %7s %6s\n' \
    "process" "window s" "CPU s" "CPU s/min" "% core" "RSS MiB" "HWM MiB" "Pss MiB" "threads" "host%"
for row in "${ROWS[@]}"; do
    IFS='|' read -r label t0 t1 ticks rss hwm pss threads host <<<"$row"
    awk -v l="$label" -v t0="$t0" -v t1="$t1" -v ticks="$ticks" -v hz="$HZ" \
        -v rss="$rss" -v hwm="$hwm" -v pss="$pss" -v thr="$threads" -v host="$host" 'BEGIN {
        w = t1 - t0; s = ticks / hz
        printf "%-30s %8.1f %9.2f %11.2f %8.2f %8.1f %8.1f %7.1f %7s %6s\n",
               l, w, s, s / w * 60, s / w * 100, rss / 1024, hwm / 1024, pss / 1024, thr, host }'
done
echo "(CPU = utime+stime of all threads over the window, in ticks of 1/$HZ s;"
echo " RSS = VmRSS, HWM = VmHWM peak, Pss = proportional share of shared pages, at the end;"
echo " host% = busy share of all $(nproc) CPUs during the window, everything included: well above"
echo " the measured process's own share means something else was running)"
for n in "${NOTES[@]}"; do echo "- $n"; done
