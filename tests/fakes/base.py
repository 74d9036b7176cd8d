"""A threaded HTTP server with request recording and failure injection."""

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict
    headers: dict
    body: bytes

    def header(self, name, default=""):
        return self.headers.get(name.lower(), default)

    @property
    def json(self):
        return json.loads(self.body or b"{}")

    @property
    def form(self):
        """Fields of a urlencoded or multipart body: name -> str, or (filename, bytes)."""
        kind = self.header("content-type")
        if kind.startswith("multipart/"):
            message = BytesParser(policy=HTTP).parsebytes(
                f"Content-Type: {kind}\r\n\r\n".encode() + self.body
            )
            fields = {}
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True)
                filename = part.get_filename()
                fields[name] = (filename, payload) if filename else payload.decode()
            return fields
        if kind.startswith("application/json"):
            return self.json
        return {k: v[0] for k, v in parse_qs(self.body.decode()).items()}


@dataclass
class Reply:
    status: int = 200
    body: object = None
    headers: dict = field(default_factory=dict)


class FakeServer:
    """Subclasses route requests in ``handle``; ``is_create`` marks requests that make a post."""

    name = "fake"

    def __init__(self, latency=0.0):
        self.requests = []
        self.posts = []
        self.failures = deque()
        self.lock = threading.RLock()
        self.latency = latency
        self.release = threading.Event()
        self.hanging = threading.Event()
        self.server = None

    # -- lifecycle -------------------------------------------------------------
    def start(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # no 40 ms wait between headers and body

            def do_any(self):
                fake.dispatch(self)

            do_GET = do_POST = do_DELETE = do_PUT = do_any

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        self.release.set()
        if self.server:
            self.server.shutdown()
            self.server.server_close()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    # -- failure injection -----------------------------------------------------
    def fail(self, kind, times=1, **options):
        with self.lock:
            for _ in range(times):
                self.failures.append((kind, options))

    def next_failure(self, request):
        with self.lock:
            if self.failures and self.is_create(request):
                return self.failures.popleft()
        return None, {}

    # -- request handling ------------------------------------------------------
    def dispatch(self, handler):
        length = int(handler.headers.get("Content-Length") or 0)
        parts = urlsplit(handler.path)
        request = Request(
            method=handler.command,
            path=parts.path,
            query={k: v[0] for k, v in parse_qs(parts.query).items()},
            headers={k.lower(): v for k, v in handler.headers.items()},
            body=handler.rfile.read(length) if length else b"",
        )
        with self.lock:
            self.requests.append(request)
        reply = self.respond(request)
        if reply is not None:
            self.write(handler, reply)

    def respond(self, request):
        if self.latency:
            time.sleep(self.latency)
        kind, options = self.next_failure(request)
        if kind == "timeout":  # nothing is done; the answer comes too late
            time.sleep(options.get("seconds", 3))
            return Reply(504, self.error_body(504, "too late"))
        if kind in ("500", "429", "401", "duplicate"):
            return self.failure_reply(kind, options)
        denied = self.check_auth(request)
        if denied:
            return denied
        with self.lock:
            reply = self.handle(request)
        if kind == "lost_response":  # the post is made, the answer comes too late
            time.sleep(options.get("seconds", 3))
        if kind == "hang":  # the post is made; hold the answer until released
            self.hanging.set()
            self.release.wait(options.get("seconds", 60))
        return reply

    def failure_reply(self, kind, options):
        if kind == "500":
            return Reply(500, self.error_body(500, "Internal Server Error"))
        if kind == "401":
            return Reply(401, self.error_body(401, "Unauthorized"))
        if kind == "duplicate":
            return self.duplicate_reply()
        return self.rate_limited(options.get("reset", 2))

    def write(self, handler, reply):
        body = reply.body
        if isinstance(body, dict | list):
            body = json.dumps(body).encode()
            reply.headers.setdefault("Content-Type", "application/json")
        body = body or b""
        try:
            handler.send_response(reply.status)
            for key, value in reply.headers.items():
                handler.send_header(key, str(value))
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test); nothing to tell it

    # -- for subclasses --------------------------------------------------------
    def is_create(self, request):
        return False

    def check_auth(self, request):
        return None

    def handle(self, request):
        return Reply(404, self.error_body(404, "Not found"))

    def error_body(self, status, message):
        return {"error": message}

    def duplicate_reply(self):
        return Reply(409, self.error_body(409, "duplicate"))

    def rate_limited(self, reset_seconds):
        return Reply(429, self.error_body(429, "Too many requests"))

    # -- for tests -------------------------------------------------------------
    def requests_to(self, path_part, method=None):
        with self.lock:
            return [
                r
                for r in self.requests
                if path_part in r.path and (method is None or r.method == method)
            ]

    def next_id(self):
        with self.lock:
            return str(1_000_000 + len(self.posts) + 1)
