# Sourced by the bench/*_vs_*.sh scripts (bash): process CPU, a temporary LOG directory and the
# local server the script starts (SERVER_PID), both removed when the script exits.
# shellcheck shell=bash

# shellcheck disable=SC2034 # used by the scripts that source this
HZ=$(getconf CLK_TCK)
cpu_ticks() { # utime + stime of PID (all threads); comm may contain blanks
    local stat
    stat=$(<"/proc/$1/stat")
    stat=${stat##*) }
    # shellcheck disable=SC2086
    set -- $stat
    echo $(( ${12} + ${13} ))
}

LOG=$(mktemp -d)
SERVER_PID=""
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$LOG"
}
trap cleanup EXIT
