#!/usr/bin/python3
"""outbox_peer.py --throughput N --url URL [--channels K]

The peer of bench_outbox --throughput (bench/outbox_vs_python.sh runs both against the same
bench_outbox_receiver): the same persistent outbox pattern with the Python standard library
only. Every message is inserted into SQLite (WAL, synchronous=NORMAL, one transaction per
message, as Vigil's Outbox) before anything is sent; one sender thread per channel takes the
oldest pending item of its channel, marks it sending (attempts + 1), POSTs it with
urllib.request (a new connection per request: urllib has no keep-alive), signs it with
HMAC-SHA256 (X-Hub-Signature-256, like Vigil's webhook channels), marks it sent on 2xx, else
pending again (retried). Measured from the first insert to the last item sent: messages/s and
process CPU (all threads). Ends with one "RESULT who=python mode=throughput key=value ..." line.
"""

import argparse
import hashlib
import hmac
import json
import os
import sys
import sqlite3
import tempfile
import threading
import time
import urllib.error
import urllib.request

SECRET = b"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
  id INTEGER PRIMARY KEY AUTOINCREMENT, channel TEXT NOT NULL, state TEXT NOT NULL,
  created_ms INTEGER NOT NULL, next_attempt_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0, last_status INTEGER NOT NULL DEFAULT 0,
  url TEXT NOT NULL, headers TEXT NOT NULL, body BLOB NOT NULL, idempotency_key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS items_channel ON items(channel, state, id);
"""


def now_ms():
    return int(time.time() * 1000)


def connect(path):
    db = sqlite3.connect(path, timeout=5, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    return db


def body_for(n, channel):
    """A webhook payload of the same shape and size class as Vigil's (one firing alert)."""
    t = now_ms()
    return json.dumps({
        "version": "1", "type": "alert", "status": "firing", "channel": channel,
        "host": "bench-host", "created_at": t,
        "alerts": [{"fingerprint": "%016x" % n, "rule": "cpu_high", "kind": "firing",
                    "severity": "critical", "value": 97.0, "value_text": "97.0 %",
                    "threshold": 90.0, "threshold_text": "90 %", "starts_at": t,
                    "labels": {"alertname": "cpu_high", "host": "bench-host", "cpu": str(n % 8)},
                    "summary": "CPU busy above 90 % for 1 min",
                    "description": "Soak benchmark event %d" % n,
                    "runbook": "https://runbooks.example.com/cpu_high"}],
    }, separators=(",", ":")).encode()


def enqueue(db, channel, url, body, key):
    t = now_ms()
    headers = json.dumps([["Content-Type", "application/json"], ["User-Agent", "outbox-peer"]])
    db.execute("BEGIN")
    db.execute("INSERT INTO items (channel, state, created_ms, next_attempt_ms, updated_ms, url,"
               " headers, body, idempotency_key) VALUES (?, 'pending', ?, ?, ?, ?, ?, ?, ?)",
               (channel, t, t, t, url, headers, body, key))
    db.execute("COMMIT")


def sender(path, channel, total, counts, lock):
    """Delivers the channel's items oldest first, one request at a time, until `total` sent."""
    db = connect(path)
    while True:
        with lock:
            if counts["sent"] + counts["failed"] >= total:
                break
        row = db.execute("SELECT id, url, headers, body, idempotency_key FROM items"
                         " WHERE channel = ? AND state = 'pending' AND next_attempt_ms <= ?"
                         " ORDER BY id LIMIT 1", (channel, now_ms())).fetchone()
        if row is None:
            time.sleep(0.001)  # nothing queued yet for this channel
            continue
        item_id, url, headers, body, key = row
        db.execute("UPDATE items SET state = 'sending', attempts = attempts + 1, updated_ms = ?"
                   " WHERE id = ?", (now_ms(), item_id))
        request = urllib.request.Request(url, data=body, method="POST")
        for name, value in json.loads(headers):
            request.add_header(name, value)
        request.add_header("Idempotency-Key", key)
        request.add_header("X-Hub-Signature-256",
                           "sha256=" + hmac.new(SECRET, body, hashlib.sha256).hexdigest())
        try:
            with urllib.request.urlopen(request, timeout=15) as reply:
                reply.read()
                status = reply.status
        except urllib.error.HTTPError as e:
            status = e.code
        except OSError:
            status = 0
        if 200 <= status < 300:
            db.execute("UPDATE items SET state = 'sent', last_status = ?, updated_ms = ?"
                       " WHERE id = ?", (status, now_ms(), item_id))
            with lock:
                counts["sent"] += 1
        else:
            db.execute("UPDATE items SET state = 'pending', last_status = ?, updated_ms = ?,"
                       " next_attempt_ms = ? WHERE id = ?",
                       (status, now_ms(), now_ms() + 500, item_id))
    db.close()


def receiver_count(url):
    base = url.split("/hook")[0]
    try:
        with urllib.request.urlopen(base + "/_count", timeout=5) as reply:
            return int(reply.read())
    except (OSError, ValueError):
        return -1


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--throughput", type=int, required=True, metavar="N")
    ap.add_argument("--url", required=True, help="http://127.0.0.1:PORT/hook")
    ap.add_argument("--channels", type=int, default=1)
    args = ap.parse_args()
    if args.throughput <= 0 or args.channels <= 0:
        ap.error("N and K must be positive")
    tmp = tempfile.TemporaryDirectory(prefix="outbox-peer-")
    path = os.path.join(tmp.name, "outbox.db")
    db = connect(path)
    db.executescript(SCHEMA)
    channels = ["tp%d" % c for c in range(args.channels)]
    bodies = [body_for(i + 1, channels[i % args.channels]) for i in range(args.throughput)]
    before = receiver_count(args.url)
    counts = {"sent": 0, "failed": 0}
    lock = threading.Lock()
    threads = []
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    for c in channels:
        t = threading.Thread(target=sender, args=(path, c, args.throughput, counts, lock))
        t.start()
        threads.append(t)
    for i, body in enumerate(bodies):
        c = i % args.channels
        enqueue(db, channels[c], "%s/%d" % (args.url, c), body, "msg_%016x" % (i + 1))
    for t in threads:
        t.join()
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    received = receiver_count(args.url)
    received = received - before if received >= 0 and before >= 0 else -1
    size = os.path.getsize(path) // 1024
    rss = 0
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
    n = counts["sent"]
    print("throughput: %d messages (%d bytes of JSON each on average) over %d channel(s),"
          " Python %s, sqlite %s" % (args.throughput, sum(map(len, bodies)) // len(bodies),
                                     args.channels, ".".join(map(str, sys.version_info[:3])),
                                     sqlite3.sqlite_version))
    print("throughput: %d sent, receiver counted %d in %.3f s: %.0f messages/s; CPU %.3f s"
          " (%.3f ms per message); RSS %d KiB; outbox.db %d KiB"
          % (n, received, seconds, n / seconds, cpu, 1000 * cpu / max(1, n), rss, size))
    print("RESULT who=python mode=throughput messages=%d channels=%d delivered=%d failed=0"
          " received=%d seconds=%.3f msgs_per_s=%.1f cpu_s=%.3f cpu_ms_per_msg=%.3f rss_kib=%d"
          % (args.throughput, args.channels, n, received, seconds, n / seconds, cpu,
             1000 * cpu / max(1, n), rss))
    db.close()
    tmp.cleanup()


if __name__ == "__main__":
    main()
