#!/usr/bin/python3
"""notify_e2e.py VIGIL: alert -> desktop notification, end to end (issue 3).

Run inside scripts/with-desktop-session (private Xvfb, session bus and HOME). Starts
python3-dbusmock's notification server, runs `vigil --minimized` with a `file` check on a marker
file and one rule on that check's `check_up`, removes the marker until a Notify for the firing
alert arrives, puts it back and expects a Notify for the resolved alert that replaces the firing
one (same id). Then SIGTERM must end Vigil with exit status 0. Exit status 0 = pass.

A file check rather than CPU load: whatever else runs on the machine (a build, other tests)
cannot keep the alert from resolving, so the test neither flakes nor needs to run alone.
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

import dbus

RULE = "cpu_test"
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
APP_ID = "io.github.vigilmonitor.vigil"
FIRING_BUDGET_S = 30    # marker removed -> firing Notify: start-up + check every 1s + `for` 1s
RESOLVED_BUDGET_S = 30  # marker back -> resolved Notify


class Failure(Exception):
    pass


def wait_for(what, budget_s, condition):
    """Polls condition() until it returns something truthy; raises Failure after budget_s."""
    deadline = time.monotonic() + budget_s
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.2)
    raise Failure(f"timed out after {budget_s}s waiting for {what}")


def notify_calls(mock):
    """The mock's Notify calls, each with the id the template returned for it.

    The notification_daemon template returns replaces_id when it is non-zero, otherwise 1, 2, 3...
    in call order; GetMethodCalls does not record return values, so they are recomputed here.
    """
    calls, next_id = [], 1
    for _, args in mock.GetMethodCalls("Notify"):
        replaces_id = int(args[1])
        if replaces_id:
            returned = replaces_id
        else:
            returned, next_id = next_id, next_id + 1
        calls.append({"app_name": str(args[0]), "replaces_id": replaces_id,
                      "app_icon": str(args[2]), "summary": str(args[3]), "body": str(args[4]),
                      "actions": [str(a) for a in args[5]], "hints": args[6],
                      "expire_timeout": int(args[7]), "id": returned})
    return calls


def find_call(mock, prefix):
    return next((c for c in notify_calls(mock) if c["summary"].startswith(prefix)), None)


def stop(proc, sig=signal.SIGTERM, budget_s=10):
    if proc and proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(budget_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run(vigil, work):
    mock = subprocess.Popen(
        ["/usr/bin/python3", "-m", "dbusmock", "--template", "notification_daemon",
         "-p", json.dumps({"capabilities": "body actions"})],
        stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "mock.log"), "w"))
    procs = {"mock": mock}
    try:
        if subprocess.run(["gdbus", "wait", "--session", "--timeout", "10", SERVICE]).returncode:
            raise Failure("the mock notification server did not appear on the bus")
        bus = dbus.SessionBus()
        mock_iface = dbus.Interface(bus.get_object(SERVICE, PATH), "org.freedesktop.DBus.Mock")

        marker = os.path.join(work, "marker")
        open(marker, "w").close()
        config = os.path.join(work, "vigil.json")
        with open(config, "w") as f:
            json.dump({"rules": [{"name": RULE, "series": 'check_up{check="marker"}',
                                  "operator": "<", "warning": 1, "for": "1s"}],
                       "checks": [{"name": "marker", "type": "file", "path": marker,
                                   "interval": "1s", "retries": 0}],
                       "sampling": {"interval": "500ms"}}, f)
        env = dict(os.environ, VIGIL_TRAY_WAIT_SECONDS="1")  # no tray host here
        vigil_log = open(os.path.join(work, "vigil.log"), "w")
        try:
            app = subprocess.Popen([vigil, "--minimized", "--config", config],
                                   stdout=vigil_log, stderr=subprocess.STDOUT, env=env)
        except OSError as e:
            raise Failure(f"cannot start {vigil}: {e}")
        procs["vigil"] = app

        # Healthy first (the check has run), then the marker goes.
        time.sleep(2)
        os.remove(marker)

        def firing_call():
            if app.poll() is not None:
                raise Failure(f"vigil exited early with status {app.returncode}")
            return find_call(mock_iface, f"[FIRING] {RULE} ")

        firing = wait_for(f"a Notify for the firing {RULE}", FIRING_BUDGET_S, firing_call)
        open(marker, "w").close()
        print(f"firing:   id {firing['id']}: {firing['summary']!r} {firing['body']!r}")

        problems = []
        if firing["app_name"] != "Vigil":
            problems.append(f"app_name {firing['app_name']!r}")
        urgency = firing["hints"].get("urgency")
        if not isinstance(urgency, dbus.Byte) or int(urgency) != 1:
            problems.append(f"urgency {urgency!r} is not the byte 1 (warning)")
        if str(firing["hints"].get("desktop-entry")) != APP_ID:
            problems.append(f"desktop-entry {firing['hints'].get('desktop-entry')!r}")
        if firing["actions"][:1] != ["default"]:
            problems.append(f"actions {firing['actions']!r} (the server advertises actions)")
        if problems:
            raise Failure("firing Notify: " + "; ".join(problems))

        resolved = wait_for(f"a Notify for the resolved {RULE}", RESOLVED_BUDGET_S,
                            lambda: find_call(mock_iface, f"Resolved: {RULE}"))
        print(f"resolved: replaces {resolved['replaces_id']}: {resolved['summary']!r} "
              f"{resolved['body']!r}")
        if resolved["replaces_id"] != firing["id"]:
            raise Failure(f"the resolved Notify has replaces_id {resolved['replaces_id']}, "
                          f"not the firing notification's id {firing['id']}")
        if int(resolved["hints"].get("urgency", -1)) != 0:
            raise Failure(f"resolved urgency {resolved['hints'].get('urgency')!r}, expected 0")

        stop(app)
        if app.returncode != 0:
            raise Failure(f"vigil exited with status {app.returncode} after SIGTERM")
        print("vigil: exit status 0 after SIGTERM")
    finally:
        for name in ("vigil", "mock"):
            stop(procs.get(name))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as work:
        try:
            run(sys.argv[1], work)
        except Failure as e:
            print(f"FAIL: {e}", file=sys.stderr)
            for log in ("vigil.log", "mock.log"):
                path = os.path.join(work, log)
                if os.path.exists(path):
                    print(f"--- {log}", file=sys.stderr)
                    with open(path) as f:
                        sys.stderr.write(f.read()[-4000:])
            sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
