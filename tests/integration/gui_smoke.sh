#!/bin/bash
# Starts the real vigil on an Xvfb display (xcb, not offscreen), waits for its window, checks
# the window class the desktop entry names (StartupWMClass=vigil), then quits it with Ctrl+Q
# and expects exit status 0. Run inside scripts/with-desktop-session.
set -u
VIGIL=$1
"$VIGIL" & APP=$!
trap 'kill $APP 2>/dev/null' EXIT
WIN=$(timeout 20 xdotool search --sync --onlyvisible --name '^Vigil' | head -1)
[ -n "$WIN" ] || { echo "no Vigil window appeared"; exit 1; }
CLASS=$(xprop -id "$WIN" WM_CLASS)
echo "window $WIN: $CLASS"
case "$CLASS" in *'"vigil", "vigil"'*) ;; *) echo "unexpected WM_CLASS"; exit 1 ;; esac
sleep 2 # a few ticks on the dashboard
kill -0 $APP || { echo "vigil died"; exit 1; }
xdotool windowfocus --sync "$WIN" key --clearmodifiers ctrl+q
for _ in $(seq 100); do kill -0 $APP 2>/dev/null || break; sleep 0.1; done
wait $APP; rc=$?
trap - EXIT
echo "vigil exit status $rc"
[ "$rc" -eq 0 ]
