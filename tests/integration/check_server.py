#!/usr/bin/python3
"""Peers for Vigil's service-check integration tests (tst_httpcheck, tst_netchecks).

Standard library only. Binds 127.0.0.1 and prints the chosen port as its first stdout line.

  check_server.py --port 0 [--tls-cert CERT --tls-key KEY]   HTTP(S) server, endpoints below
  check_server.py --port 0 --tcp-banner    TCP: sends "SSH-2.0-VigilTest\\r\\n" on connect,
                                           then answers "PING\\r\\n" with "PONG\\r\\n"
  check_server.py --port 0 --tcp-echo      TCP: silent until "PING\\r\\n", answers "PONG\\r\\n"

HTTP endpoints:
  /ok                 200 "hello vigil"
  /status/<n>         status n
  /slow?ms=N          sleeps N ms, then 200
  /huge[?mib=N]       200, 5 (or N) MiB body with Content-Length
  /endless[?fast=1]   200, chunked body that never ends: 4 KiB every 20 ms, or as fast as the
                      client reads with fast=1
  /trickle            200 without Content-Length, one byte every 200 ms, forever
  /redirect-loop      302 to itself
  /redirect-once      302 to /ok
  /invalid-json       200 "{not json"
  /health/<s>         200 {"status": "<s>"}
  /json               200 {"status":"ok","db":{"state":"up"}}
  /nonutf8            200 b"\\xff\\xfe" + "marker"
  /echo               200, JSON object of the request headers (names lower-cased); the same
                      object is printed on stdout as "ECHO <json>" before the reply
  /metrics-good       Prometheus text exposition 0.0.4: a counter and a gauge
  /metrics-bad-escape           ... with an invalid label-value escape on line 5
  /metrics-duplicate            ... with the series of line 3 repeated on line 4
  /metrics-no-newline           ... whose last line (line 4) lacks its "\\n"

Every endless writer stops when the client goes away. Stop the server with SIGTERM/SIGKILL.
"""

import argparse
import json
import socketserver
import ssl
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

BANNER = b"SSH-2.0-VigilTest\r\n"

METRICS_HEAD = (
    b"# HELP vigil_test_requests_total Requests served.\n"
    b"# TYPE vigil_test_requests_total counter\n"
)
METRICS = {
    "/metrics-good": METRICS_HEAD
    + b'vigil_test_requests_total{code="200"} 42\n'
    + b'vigil_test_requests_total{code="500"} 3\n'
    + b"# HELP vigil_test_temperature_celsius Temperature.\n"
    + b"# TYPE vigil_test_temperature_celsius gauge\n"
    + b"vigil_test_temperature_celsius 21.5\n",
    "/metrics-bad-escape": METRICS_HEAD
    + b'vigil_test_requests_total{code="200"} 42\n'
    + b"# TYPE vigil_test_info gauge\n"
    + b'vigil_test_info{path="C:\\temp"} 1\n',
    "/metrics-duplicate": METRICS_HEAD
    + b'vigil_test_requests_total{code="200"} 42\n'
    + b'vigil_test_requests_total{code="200"} 43\n',
    "/metrics-no-newline": METRICS_HEAD
    + b'vigil_test_requests_total{code="200"} 42\n'
    + b'vigil_test_requests_total{code="500"} 3',
}

CLIENT_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, ssl.SSLError,
               OSError)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "VigilCheckServer/1"

    def log_message(self, fmt, *args):  # quiet: the tests read stdout for the port only
        if self.server.verbose:
            sys.stderr.write("%s - %s\n" % (self.address_string(), fmt % args))

    def reply(self, status, body=b"", content_type="text/plain; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def reply_json(self, obj):
        self.reply(200, json.dumps(obj).encode(), "application/json")

    def do_HEAD(self):
        self.do_GET()

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.do_GET()

    def do_GET(self):
        url = urlsplit(self.path)
        path, query = url.path, parse_qs(url.query)
        try:
            self.route(path, query)
        except CLIENT_GONE:
            self.close_connection = True

    def route(self, path, query):
        if path == "/ok":
            self.reply(200, b"hello vigil")
        elif path.startswith("/status/"):
            self.reply(int(path.rsplit("/", 1)[1]), b"status page")
        elif path == "/slow":
            time.sleep(int(query.get("ms", ["1000"])[0]) / 1000.0)
            self.reply(200, b"slow hello vigil")
        elif path == "/huge":
            self.huge(int(query.get("mib", ["5"])[0]) * 1024 * 1024)
        elif path == "/endless":
            self.endless(fast=query.get("fast", ["0"])[0] == "1")
        elif path == "/trickle":
            self.trickle()
        elif path == "/redirect-loop":
            self.reply(302, b"", headers=[("Location", "/redirect-loop")])
        elif path == "/redirect-once":
            self.reply(302, b"", headers=[("Location", "/ok")])
        elif path == "/invalid-json":
            self.reply(200, b"{not json", "application/json")
        elif path.startswith("/health/"):
            self.reply_json({"status": path.rsplit("/", 1)[1]})
        elif path == "/json":
            self.reply_json({"status": "ok", "db": {"state": "up"}})
        elif path == "/nonutf8":
            self.reply(200, b"\xff\xfe marker", "application/octet-stream")
        elif path == "/echo":
            headers = {name.lower(): value for name, value in self.headers.items()}
            print("ECHO " + json.dumps(headers, sort_keys=True), flush=True)  # before replying
            self.reply_json(headers)
        elif path in METRICS:
            self.reply(200, METRICS[path], "text/plain; version=0.0.4; charset=utf-8")
        else:
            self.reply(404, b"no such endpoint")

    def huge(self, size):
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        block = b"x" * 65536
        for _ in range(size // len(block)):
            self.wfile.write(block)

    def endless(self, fast):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"%x\r\n%s\r\n" % (4096, b"e" * 4096)
        while True:
            self.wfile.write(chunk)
            if not fast:
                time.sleep(0.02)

    def trickle(self):
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Connection", "close")
        self.end_headers()
        while True:
            self.wfile.write(b".")
            self.wfile.flush()
            time.sleep(0.2)


class HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    verbose = False
    tls = None  # ssl.SSLContext: the handshake runs in the request's thread, not in accept()

    def finish_request(self, request, client_address):
        if self.tls is not None:
            try:
                request = self.tls.wrap_socket(request, server_side=True)
            except CLIENT_GONE:
                return  # e.g. a client that rejects the self-signed certificate
        self.RequestHandlerClass(request, client_address, self)

    def handle_error(self, request, client_address):
        if self.verbose:
            super().handle_error(request, client_address)


class TcpHandler(socketserver.BaseRequestHandler):
    def handle(self):
        sock = self.request
        try:
            if self.server.banner:
                sock.sendall(BANNER)
            pending = b""
            while True:
                data = sock.recv(4096)
                if not data:
                    return
                pending += data
                while b"\n" in pending:
                    line, pending = pending.split(b"\n", 1)
                    if line.rstrip(b"\r") == b"PING":
                        sock.sendall(b"PONG\r\n")
        except CLIENT_GONE:
            return


class TcpServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    banner = True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--tcp-banner", action="store_true")
    mode.add_argument("--tcp-echo", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()

    if args.tcp_banner or args.tcp_echo:
        server = TcpServer(("127.0.0.1", args.port), TcpHandler)
        server.banner = args.tcp_banner
    else:
        server = HttpServer(("127.0.0.1", args.port), Handler)
        server.verbose = args.verbose
        if args.tls_cert:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(args.tls_cert, args.tls_key)
            server.tls = context
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
