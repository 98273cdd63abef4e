#!/bin/bash
# metrics_vs_node_exporter.sh [--series N] [--requests N] [--build DIR]
#
# Reproduce (docs/performance.md, "/metrics with 2 000 series"):
#   bench/metrics_vs_node_exporter.sh                      # build-bench, as run_all.sh; ~1 min
#   bench/metrics_vs_node_exporter.sh --build build
#
# 1. bench_metrics              render time in-process (state changing before each render)
# 2. bench_metrics --serve      Vigil's exporter with --series series (default 2 000) on
#                               127.0.0.1, its state changing every 5 ms
#    prometheus-node-exporter   on 127.0.0.1 with Debian's default collectors (minus systemd and
#                               textfile), i.e. whatever this machine has
#    Both answer --requests (default 300) sequential GETs /metrics from one client
#    (/usr/bin/python3 http.client, a new connection per request, 10 ms apart, 20 warm-up
#    requests first), alternating Vigil and node_exporter so load hits both alike. Printed per
#    server: series (sample lines), bytes, median and p95 time to the full body, and the time
#    per 1 000 series.
# --build DIR: the configured CMake tree in which bench_metrics is built first (default
# <repo>/build-bench); BENCH_METRICS_BIN=path skips the build and runs that binary.
# Exits 0 once all ran (figures are reported, never judged); 1 when something could not start.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
PY=/usr/bin/python3
NE=/usr/bin/prometheus-node-exporter
BUILD=$ROOT/build-bench
SERIES=2000
REQUESTS=300

usage() { sed -n '2,20s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
while [ $# -gt 0 ]; do
    case $1 in
        --series|--requests)
            [[ ${2:-} =~ ^[0-9]+$ ]] || { usage >&2; exit 2; }
            [ "$1" = --series ] && SERIES=$2 || REQUESTS=$2; shift 2 ;;
        --build) BUILD=$(cd "$2" && pwd); shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done

BIN=${BENCH_METRICS_BIN:-}
if [ -z "$BIN" ]; then
    [ -f "$BUILD/build.ninja" ] || [ -f "$BUILD/Makefile" ] ||
        { echo "metrics_vs_node_exporter: $BUILD is not a configured build tree" >&2; exit 1; }
    cmake --build "$BUILD" --target bench_metrics >&2
    BIN=$BUILD/bin/bench_metrics
fi
[ -x "$BIN" ] || { echo "metrics_vs_node_exporter: $BIN not built" >&2; exit 1; }
[ -x "$NE" ] || { echo "metrics_vs_node_exporter: $NE missing (Debian prometheus-node-exporter)" >&2; exit 1; }

PIDS=()
TMP=$(mktemp -d)
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$TMP"
}
trap cleanup EXIT

free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

echo "== 1. render in-process =="
"$BIN" --series "$SERIES"

echo "== 2. serving over HTTP, $REQUESTS requests each =="
"$BIN" --serve --series "$SERIES" >"$TMP/vigil.out" 2>&1 & PIDS+=($!)
for _ in $(seq 100); do grep -q '^port ' "$TMP/vigil.out" && break; sleep 0.05; done
VIGIL_PORT=$(sed -n 's/^port //p' "$TMP/vigil.out")
[ -n "$VIGIL_PORT" ] || { echo "bench_metrics --serve gave no port: $(cat "$TMP/vigil.out")" >&2; exit 1; }

NE_PORT=$(free_port)
"$NE" --web.listen-address="127.0.0.1:$NE_PORT" --no-collector.systemd --no-collector.textfile \
    >"$TMP/ne.log" 2>&1 & PIDS+=($!)
for _ in $(seq 100); do
    "$PY" -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$NE_PORT/metrics', timeout=2)" \
        2>/dev/null && break
    sleep 0.1
done

"$PY" - "$VIGIL_PORT" "$NE_PORT" "$REQUESTS" <<'PYEOF'
import http.client, statistics, sys, time
vigil, ne, n = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
def fetch(port):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    t = time.perf_counter()
    c.request("GET", "/metrics")
    r = c.getresponse()
    body = r.read()
    dt = time.perf_counter() - t
    c.close()
    if r.status != 200:
        raise SystemExit(f"port {port}: HTTP {r.status}")
    return dt, body
times = {vigil: [], ne: []}
bodies = {}
for i in range(20 + n):
    for port in (vigil, ne):
        dt, body = fetch(port)
        bodies[port] = body
        if i >= 20:
            times[port].append(dt)
        time.sleep(0.01)
for name, port in (("vigil (bench_metrics --serve)", vigil), ("node_exporter 1.5", ne)):
    t = sorted(times[port])
    body = bodies[port]
    series = sum(1 for l in body.split(b"\n") if l and not l.startswith(b"#"))
    med, p95 = statistics.median(t) * 1000, t[len(t) * 95 // 100] * 1000
    print(f"{name:30s} {series:5d} series {len(body):7d} bytes  median {med:6.2f} ms  "
          f"p95 {p95:6.2f} ms  {med * 1000 / series:5.2f} ms per 1000 series")
PYEOF
