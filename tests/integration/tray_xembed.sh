#!/bin/bash
# With a real XEmbed tray host (trayer) on Xvfb: Vigil's tray icon becomes available; Ctrl+Q
# quits even though closing would hide to the tray; Ctrl+W hides the window while the process
# keeps running; SIGTERM then exits cleanly. Every exit status must be 0.
# Run inside scripts/with-desktop-session.
set -u
VIGIL=$1
LOG=$(mktemp)
# No StatusNotifier watcher here: shorten Vigil's wait for one (default 15 s).
export VIGIL_TRAY_WAIT_SECONDS=2
trayer --edge top --align right --widthtype pixel --width 120 --heighttype pixel --height 24 \
       --transparent false --SetDockType true >/dev/null 2>&1 & TRAYER=$!
trap 'kill $TRAYER $APP 2>/dev/null; rm -f "$LOG"' EXIT
for _ in $(seq 50); do # until trayer owns the system tray selection
  /usr/bin/python3 -c "from Xlib import display; d = display.Display(); import sys; \
sys.exit(d.get_selection_owner(d.intern_atom('_NET_SYSTEM_TRAY_S0')) == 0)" && break
  sleep 0.1
done

start_vigil() {
  "$VIGIL" 2>"$LOG" & APP=$!
  for _ in $(seq 100); do grep -q 'tray icon created' "$LOG" && break; sleep 0.1; done
  grep -q 'tray available: true' "$LOG" || { cat "$LOG"; echo "FAIL: tray not available"; exit 1; }
  WIN=$(timeout 10 xdotool search --sync --onlyvisible --name '^Vigil' | head -1)
  [ -n "$WIN" ] || { echo "FAIL: no window"; exit 1; }
}

expect_exit_0() {
  for _ in $(seq 100); do kill -0 $APP 2>/dev/null || break; sleep 0.1; done
  kill -0 $APP 2>/dev/null && { echo "FAIL: vigil still running after $1"; exit 1; }
  wait $APP; rc=$?
  echo "$1: exit status $rc"
  [ "$rc" -eq 0 ] || exit 1
}

# 1. Ctrl+Q with the window shown and a tray present.
start_vigil
xdotool windowfocus --sync "$WIN" key --clearmodifiers ctrl+q
expect_exit_0 "Ctrl+Q"

# 2. Ctrl+W hides to the tray; the process keeps watching; SIGTERM ends it cleanly.
start_vigil
xdotool windowfocus --sync "$WIN" key --clearmodifiers ctrl+w
sleep 1
if xdotool search --onlyvisible --name '^Vigil' >/dev/null; then echo "FAIL: window still visible"; exit 1; fi
kill -0 $APP || { echo "FAIL: vigil quit instead of hiding to the tray"; exit 1; }
kill -TERM $APP
expect_exit_0 "SIGTERM while hidden"

# 3. SIGTERM with the window shown (a logout): must not be swallowed by hide-on-close.
start_vigil
kill -TERM $APP
expect_exit_0 "SIGTERM while shown"
