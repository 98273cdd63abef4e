#!/usr/bin/python3
"""Scripted webhook receiver for Vigil's delivery tests (tst_outbox_delivery); binds 127.0.0.1.

Standard library only. The first stdout line is "listening 127.0.0.1:<port>" (--port 0 picks a
free port); with --down-for it is printed while the port is still closed.

  --script 500,500,200   request n (from 0, any method and path) gets the n-th entry, the last
                         one repeating; an entry is a status code or "hang" (read the request,
                         never answer, until the client goes away)
  --hang                 same as --script hang
  --retry-after VALUE    Retry-After header on 429 and 503 replies ("" for none, the default)
  --body TEXT            reply body for every status (JSON content type if it starts with { or [)
  --down-for S           keep the port closed (connection refused) for S seconds, then serve
  --log FILE             append one JSON line per request, written before the reply: seq, time
                         (unix float), method, path, status ("hang" or the code), headers, body
                         (or body_base64 when not UTF-8)

GET /_requests answers the records so far as a JSON array (not recorded, not counted).
Stop it with SIGTERM or SIGKILL.
"""

import argparse
import base64
import json
import select
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--script", default="200", help="comma list of codes or 'hang'")
    ap.add_argument("--hang", action="store_true", help="never answer")
    ap.add_argument("--retry-after", default="", help="Retry-After value for 429/503")
    ap.add_argument("--body", default="", help="reply body")
    ap.add_argument("--down-for", type=float, default=0.0, help="seconds with the port closed")
    ap.add_argument("--log", help="JSON-lines file to append each request to")
    args = ap.parse_args()
    entries = ["hang"] if args.hang else [e.strip() for e in args.script.split(",") if e.strip()]
    for entry in entries:
        if entry != "hang" and not entry.isdigit():
            ap.error("--script entries are status codes or 'hang': %r" % entry)
    args.entries = entries or ["200"]
    return args


ARGS = parse_args()
LOCK = threading.Lock()
RECORDS = []
LOG = open(ARGS.log, "a", encoding="utf-8") if ARGS.log else None
REPLY_TYPE = ("application/json" if ARGS.body.strip()[:1] in ("{", "[")
              else "text/plain; charset=utf-8")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like real webhook endpoints

    def log_message(self, *_):  # the JSON lines are the log
        pass

    def do_GET(self):
        if self.path == "/_requests":
            with LOCK:
                reply = json.dumps(RECORDS).encode()
            self.send(200, reply, "application/json")
            return
        self.handle_request()

    def handle_request(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with LOCK:
            seq = len(RECORDS)
            entry = ARGS.entries[min(seq, len(ARGS.entries) - 1)]
            record = {"seq": seq, "time": time.time(), "method": self.command,
                      "path": self.path, "status": entry if entry == "hang" else int(entry),
                      "headers": dict(self.headers.items())}
            try:
                record["body"] = body.decode("utf-8")
            except UnicodeDecodeError:
                record["body_base64"] = base64.b64encode(body).decode("ascii")
            RECORDS.append(record)
            if LOG:
                LOG.write(json.dumps(record) + "\n")
                LOG.flush()
        if entry == "hang":
            self.hang()
            return
        status = int(entry)
        headers = []
        if status in (429, 503) and ARGS.retry_after:
            headers.append(("Retry-After", ARGS.retry_after))
        self.send(status, b"" if status in (204, 304) else ARGS.body.encode("utf-8"), REPLY_TYPE,
                  headers)

    do_POST = do_PUT = do_PATCH = do_DELETE = handle_request

    def hang(self):
        """Never answer; return once the client closes the connection."""
        self.close_connection = True
        sock = self.connection
        while True:
            readable, _, _ = select.select([sock], [], [], 0.2)
            if not readable:
                continue
            try:
                if not sock.recv(4096, socket.MSG_PEEK):
                    return
                sock.recv(4096)  # a pipelined request: ignore it, keep hanging
            except OSError:
                return

    def send(self, status, body, content_type, headers=()):
        try:
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            if status not in (204, 304):
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (its timeout)
            self.close_connection = True


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    server = Server(("127.0.0.1", ARGS.port), Handler)
    port = server.server_address[1]
    if ARGS.down_for > 0:
        server.server_close()  # connection refused from now on
    print("listening 127.0.0.1:%d" % port, flush=True)
    if ARGS.down_for > 0:
        time.sleep(ARGS.down_for)
        server = Server(("127.0.0.1", port), Handler)
        print("up", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(0)
