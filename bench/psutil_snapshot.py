#!/usr/bin/python3
"""psutil_snapshot.py: the cost of the snapshot bench_snapshot times, taken with psutil.

Run with Debian's interpreter (/usr/bin/python3, python3-psutil). Method as in
bench_snapshot.cpp: after a warm-up, each round times --iterations consecutive snapshots with
the process CPU clock (time.process_time_ns: CLOCK_PROCESS_CPUTIME_ID, user + system) and the
monotonic clock, divided by the count; median and mean over --rounds rounds, in µs. With
--per-source the calls are grouped as Vigil's sources are, so the two reports line up.
Prints figures only; asserts nothing.
"""

import argparse
import json
import statistics
import sys
import time

import psutil


def cpu():
    psutil.cpu_times(percpu=True)
    psutil.cpu_times()


def memory():
    psutil.virtual_memory()
    psutil.swap_memory()


def filesystem():
    for part in psutil.disk_partitions():
        try:
            psutil.disk_usage(part.mountpoint)
        except OSError:
            pass


def disk():
    psutil.disk_io_counters(perdisk=True)


def network():
    psutil.net_io_counters(pernic=True)


def system():
    psutil.getloadavg()
    psutil.boot_time()
    len(psutil.pids())


def temperature():
    psutil.sensors_temperatures()


# Same order as Vigil's sources (docs/series.md).
GROUPS = [
    ("cpu", cpu),
    ("memory", memory),
    ("filesystem", filesystem),
    ("disk", disk),
    ("network", network),
    ("system", system),
    ("temperature", temperature),
]


def snapshot():
    for _, fn in GROUPS:
        fn()


def measure(args, op):
    for _ in range(args.warmup):
        op()
    cpu_us, wall_us = [], []
    for _ in range(args.rounds):
        c0 = time.process_time_ns()
        w0 = time.monotonic_ns()
        for _ in range(args.iterations):
            op()
        w1 = time.monotonic_ns()
        c1 = time.process_time_ns()
        cpu_us.append((c1 - c0) / 1000.0 / args.iterations)
        wall_us.append((w1 - w0) / 1000.0 / args.iterations)
    return {
        "cpu_us_median": statistics.median(cpu_us),
        "cpu_us_mean": statistics.mean(cpu_us),
        "wall_us_median": statistics.median(wall_us),
        "wall_us_mean": statistics.mean(wall_us),
    }


def report(args, what, stats):
    if args.json:
        row = {"tool": "psutil", "what": what, "rounds": args.rounds,
               "iterations": args.iterations}
        row.update({k: round(v, 2) for k, v in stats.items()})
        print(json.dumps(row))
    else:
        print("psutil  %-12s cpu µs/snapshot median %8.2f mean %8.2f   "
              "wall µs median %8.2f mean %8.2f"
              % (what, stats["cpu_us_median"], stats["cpu_us_mean"],
                 stats["wall_us_median"], stats["wall_us_mean"]))
    sys.stdout.flush()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--iterations", type=int, default=300)
    p.add_argument("--warmup", type=int, default=30)
    p.add_argument("--per-source", action="store_true")
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    if min(args.rounds, args.iterations) < 1 or args.warmup < 0:
        p.error("--rounds and --iterations must be positive")

    report(args, "snapshot", measure(args, snapshot))
    if args.per_source:
        for name, fn in GROUPS:
            report(args, name, measure(args, fn))
    return 0


if __name__ == "__main__":
    sys.exit(main())
