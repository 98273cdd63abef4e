#!/usr/bin/python3
"""history_peer.py DB SERIES SECONDS FLUSH_S | history_peer.py query DB [RUNS]

The peer of `bench_history insert`: Python's sqlite3 module writing the same rows into the same
schema as Vigil's history.db (series table, WITHOUT ROWID samples keyed (series_id, t_ms), WAL,
synchronous=NORMAL), one transaction per FLUSH_S seconds of samples of SERIES series, values
(s*7+i) % 1000 / 10. Rows are built before the clock starts, as in bench_history.

`query DB` reads the file `bench_history query` seeded: the same 30-day range of minute
rollups of series 1, decimated in Python to 2 000 buckets the same way (first time, lowest
min, mean avg, highest max), as a reference for the query time on this machine."""
import os
import sqlite3
import sys
import time

BASE = 1795251600000


def query(path, runs):
    now = BASE + 30 * 86400000
    start = now - 30 * 86400000
    span, buckets = now - start, 2000
    db = sqlite3.connect(path)
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        rows = db.execute("SELECT t_ms, min, avg, max FROM minute_rollups WHERE series_id = 1"
                          " AND t_ms >= ? AND t_ms <= ? ORDER BY t_ms", (start, now)).fetchall()
        out, current, merged = [], -1, 0
        for t, lo, mean, hi in rows:
            b = min(max(t - start, 0), span - 1) * buckets // span
            if b != current:
                if merged > 1:
                    out[-1][2] /= merged
                out.append([t, lo, mean, hi])
                current, merged = b, 1
            else:
                last = out[-1]
                last[1], last[3], last[2] = min(last[1], lo), max(last[3], hi), last[2] + mean
                merged += 1
        if merged > 1:
            out[-1][2] /= merged
        times.append((time.perf_counter() - began) * 1000)
    times.sort()
    print("python sqlite3 query 30 d -> %d points, %d rows read: median %.1f ms, worst %.1f ms"
          " over %d runs" % (len(out), len(rows), times[len(times) // 2], times[-1], runs))


def main():
    if sys.argv[1] == "query":
        query(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 20)
        return
    path, series, seconds, flush = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("CREATE TABLE series (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
               " labels TEXT NOT NULL, unit TEXT NOT NULL, UNIQUE (name, labels))")
    db.execute("CREATE TABLE samples (series_id INTEGER NOT NULL, t_ms INTEGER NOT NULL,"
               " value REAL NOT NULL, PRIMARY KEY (series_id, t_ms)) WITHOUT ROWID")
    transactions = []
    for start in range(0, seconds, flush):
        rows = []
        for k in range(start, min(seconds, start + flush)):
            t = BASE + k * 1000
            for i in range(series):
                rows.append((i + 1, t, ((k * 7 + i) % 1000) / 10.0))
        transactions.append(rows)
    began = time.perf_counter()
    db.execute("BEGIN")
    db.executemany("INSERT INTO series (name, labels, unit) VALUES (?, ?, '')",
                   [("bench_series", '{"n":"%d"}' % i) for i in range(series)])
    db.execute("COMMIT")
    for rows in transactions:
        db.execute("BEGIN")
        db.executemany("INSERT OR REPLACE INTO samples (series_id, t_ms, value) VALUES (?, ?, ?)",
                       rows)
        db.execute("COMMIT")
    elapsed = time.perf_counter() - began
    samples = series * seconds
    print("python sqlite3 insert: %d samples in %d transactions, %.3f s, %.0f samples/s"
          % (samples, len(transactions), elapsed, samples / elapsed))
    db.close()


if __name__ == "__main__":
    main()
