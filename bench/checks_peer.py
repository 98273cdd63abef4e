#!/usr/bin/python3
"""checks_peer.py: the Python peer of bench_checks (bench/checks_vs_python.sh runs both).

  /usr/bin/python3 bench/checks_peer.py --url http://127.0.0.1:PORT/ok
      [--checks N] [--interval S] [--window S] [--warmup S] [--workers W]

The same N URLs (<url>?check=i) every --interval seconds, the way a small Python monitoring
script does it: urllib.request.urlopen in a concurrent.futures.ThreadPoolExecutor of 16 workers
(standard library only; urllib sends "Connection: close", so one TCP connection per check). A
check is healthy when the status is 200-399; the body is read (up to 1 MiB) and not parsed.
Uptime Kuma, the usual reference, is Node.js and not packaged in Debian: not measured.

Scheduling mirrors Vigil's: each check's first run is spread over min(interval, 5 s), then it
runs again one interval after it finished; at most --workers run at once. A scheduler thread
hands due checks to the pool. The main thread plays the part of Vigil's GUI thread: a 10 ms
ticker (sleep to a deadline, re-armed from each wake-up) records how late each tick wakes.

After --warmup seconds (default 10), one window of --window seconds (default 60): the process's
CPU (resource.getrusage, all threads), results by status, check latency, ticker lateness, the
busy share of all CPUs (/proc/stat). Ends with one "RESULT who=python key=value ..." line.
"""

import argparse
import concurrent.futures
import heapq
import math
import os
import random
import resource
import sys
import threading
import time
import urllib.error
import urllib.request

TICK_S = 0.010


def host_jiffies():
    """Busy and total jiffies of all CPUs, as bench/run_all.sh counts them."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:9]]
    user, nice, system, idle, iowait, irq, softirq, steal = v
    busy = user + nice + system + irq + softirq + steal
    return busy, busy + idle + iowait


def cpu_seconds():
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


def percentile(values, p):
    """Nearest rank, as bench_checks."""
    if not values:
        return 0.0
    s = sorted(values)
    rank = min(max(math.ceil(p / 100.0 * len(s)), 1), len(s))
    return s[rank - 1]


def check(url, timeout):
    """One attempt: (healthy, latency seconds or None)."""
    start = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as reply:
            reply.read(1 << 20)
            return 200 <= reply.status <= 399, time.monotonic() - start
    except urllib.error.HTTPError as e:
        return False, time.monotonic() - start  # an HTTP answer, judged unhealthy
    except (OSError, ValueError):
        return False, None


class Peer:
    def __init__(self, args):
        self.args = args
        self.urls = ["%s?check=%d" % (args.url, i) for i in range(args.checks)]
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=args.workers)
        self.cond = threading.Condition()
        spread = min(args.interval, 5.0)
        now = time.monotonic()
        self.due = [(now + random.random() * spread, i) for i in range(args.checks)]
        heapq.heapify(self.due)
        self.running = 0
        self.stopping = False
        self.measuring = False
        self.results = self.healthy = self.unhealthy = 0
        self.check_ms = []
        self.late_ms = []

    def schedule(self):
        """Scheduler thread: starts due checks while fewer than --workers run."""
        with self.cond:
            while not self.stopping:
                now = time.monotonic()
                if self.due and self.due[0][0] <= now and self.running < self.args.workers:
                    _, i = heapq.heappop(self.due)
                    self.running += 1
                    future = self.pool.submit(check, self.urls[i], self.args.timeout)
                    future.add_done_callback(lambda f, i=i: self.finished(i, f))
                    continue
                wait = None
                if self.due and self.running < self.args.workers:
                    wait = self.due[0][0] - now
                self.cond.wait(wait)

    def finished(self, i, future):
        healthy, latency = future.result()
        with self.cond:
            self.running -= 1
            heapq.heappush(self.due, (time.monotonic() + self.args.interval, i))
            if self.measuring:
                self.results += 1
                if healthy:
                    self.healthy += 1
                else:
                    self.unhealthy += 1
                if latency is not None:
                    self.check_ms.append(latency * 1000.0)
            self.cond.notify()

    def tick_until(self, end):
        """Main thread: a 10 ms ticker until monotonic time `end`."""
        due = time.monotonic() + TICK_S
        while True:
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            now = time.monotonic()
            if self.measuring:
                self.late_ms.append((now - due) * 1000.0)
            if now >= end:
                return
            due = now + TICK_S


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--checks", type=int, default=200)
    parser.add_argument("--interval", type=float, default=10.0)
    parser.add_argument("--window", type=float, default=60.0)
    parser.add_argument("--warmup", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument("--timeout", type=float, default=5.0)
    args = parser.parse_args()

    peer = Peer(args)
    scheduler = threading.Thread(target=peer.schedule, name="peer-scheduler", daemon=True)
    scheduler.start()
    start = time.monotonic()
    peer.tick_until(start + args.warmup)

    host0, cpu0, t0 = host_jiffies(), cpu_seconds(), time.monotonic()
    with peer.cond:
        peer.measuring = True
    peer.tick_until(t0 + args.window)
    with peer.cond:
        peer.measuring = False
    cpu, seconds, host1 = cpu_seconds() - cpu0, time.monotonic() - t0, host_jiffies()
    host = 100.0 * (host1[0] - host0[0]) / max(1, host1[1] - host0[1])

    with peer.cond:
        peer.stopping = True
        peer.cond.notify()
    scheduler.join()
    peer.pool.shutdown(wait=True, cancel_futures=True)

    n = max(1, peer.results)
    late, ms = peer.late_ms, peer.check_ms
    print("checks_peer: %d HTTP checks every %g s against %s, %.1f s window after %g s warm-up"
          % (args.checks, args.interval, args.url, seconds, args.warmup))
    print("  client               urllib.request in a ThreadPoolExecutor(%d), Python %s"
          % (args.workers, sys.version.split()[0]))
    print("  results              %d (a full schedule is ~%.0f): %d healthy, %d unhealthy"
          % (peer.results, args.checks * seconds / args.interval, peer.healthy, peer.unhealthy))
    print("  process CPU          %.3f s (%.2f %% of a core), %.0f us per check"
          % (cpu, 100 * cpu / seconds, cpu * 1e6 / n))
    print("  ticker lateness      %d ticks of 10 ms: p50 %.2f ms, p90 %.2f, p99 %.2f, max %.2f"
          % (len(late), percentile(late, 50), percentile(late, 90), percentile(late, 99),
             max(late, default=0.0)))
    print("  check latency        p50 %.2f ms, p99 %.2f, max %.2f"
          % (percentile(ms, 50), percentile(ms, 99), max(ms, default=0.0)))
    print("  host busy            %.1f %% of all %d CPUs during the window"
          % (host, os.cpu_count()))
    print("RESULT who=python checks=%d interval_s=%g window_s=%.1f results=%d healthy=%d "
          "degraded=0 unhealthy=%d cpu_s=%.3f cpu_us_per_check=%.0f loop_p50_ms=%.2f "
          "loop_p90_ms=%.2f loop_p99_ms=%.2f loop_max_ms=%.2f check_p50_ms=%.2f "
          "check_p99_ms=%.2f host_pct=%.1f"
          % (args.checks, args.interval, seconds, peer.results, peer.healthy, peer.unhealthy,
             cpu, cpu * 1e6 / n, percentile(late, 50), percentile(late, 90),
             percentile(late, 99), max(late, default=0.0), percentile(ms, 50),
             percentile(ms, 99), host), flush=True)


if __name__ == "__main__":
    main()
