"""deploy/gunicorn.conf.py, as shipped, in a real gunicorn on 127.0.0.1.

gunicorn 27 closes each connection gracefully: it half-closes and then waits,
up to two seconds, for the client to close too. The configuration closes a
finished bodyless request's connection at once when nothing is left to read,
so a reader who keeps a connection open does not hold a sync worker. A
request with a body, bytes still unread or a connection kept alive keep
gunicorn's drain (checked on real loopback sockets, as gunicorn hands them over).

Once a worker's first requests have built what it keeps, it freezes that
(``gc.freeze()``), so that Python's full collections, every few hundred
requests, walk only what later requests made.
"""

import gc
import select
import socket
import subprocess
import sys
import time
import weakref
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.gunicorn_app import ANSWER
from tests.server_support import free_port, load_module, wait_for_port

REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / "deploy" / "gunicorn.conf.py"
LINGER_SECONDS = 2.0  # gunicorn.util.close_graceful's wait for the client's close


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory):
    """gunicorn with the shipped settings and a single sync worker."""
    port = free_port()
    log = tmp_path_factory.mktemp("gunicorn") / "gunicorn.log"
    command = [sys.executable, "-m", "gunicorn", "-c", str(CONFIG), "tests.gunicorn_app"]
    command += ["--bind", f"127.0.0.1:{port}", "--workers", "1", "--no-control-socket"]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, process, "gunicorn", timeout=30, log=log)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def send(port, request):
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.sendall(request)
    return sock


def read_answer(sock):
    """Everything the server sends until it closes its side."""
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def body_of(answer):
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK"), head
    return body


GET = b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"


def test_a_reader_who_keeps_the_connection_open_does_not_hold_up_the_next(one_worker):
    first = send(one_worker, GET)
    assert body_of(read_answer(first)) == ANSWER  # and it does not close its side
    try:
        answered_after = time.monotonic()
        second = send(one_worker, GET)
        assert body_of(read_answer(second)) == ANSWER
        waited = time.monotonic() - answered_after
        second.close()
    finally:
        first.close()
    # Without the configuration's close the only worker waits for the first reader
    # to close, and answers the second only when gunicorn gives up after 2 s.
    assert waited < LINGER_SECONDS * 0.9, f"the next reader waited {waited:.2f} s"


@pytest.fixture
def connection():
    """Both ends of a real loopback TCP connection: (the client's, the server's)."""
    with socket.create_server(("127.0.0.1", 0)) as listener:
        client = socket.create_connection(listener.getsockname())
        server, _ = listener.accept()
    yield client, server
    client.close()
    server.close()


def finish(server, environ, closing=True):
    """The configuration's hook, as gunicorn calls it once an answer is written."""
    answer = SimpleNamespace(sock=server, should_close=lambda: closing)
    worker = SimpleNamespace(nr=1)  # the worker's first request
    load_module(CONFIG).post_request(worker, None, environ, answer)


def test_a_finished_get_with_nothing_unread_is_closed_both_ways(connection):
    client, server = connection
    client.sendall(GET)
    assert server.recv(65536) == GET
    finish(server, {"REQUEST_METHOD": "GET"})
    server.settimeout(0)
    assert server.recv(1) == b""  # gunicorn's drain that follows has nothing to wait for


def test_bytes_still_unread_keep_gunicorns_drain(connection):
    client, server = connection
    client.sendall(GET + GET)  # a second, pipelined request that gunicorn has not read
    assert server.recv(len(GET)) == GET
    assert select.select([server], [], [], 5)[0]
    finish(server, {"REQUEST_METHOD": "GET"})
    client.sendall(b"more")  # a connection closed both ways would answer this with a reset
    server.settimeout(5)
    received = b""
    while len(received) < len(GET) + 4:
        received += server.recv(65536)
    assert received == GET + b"more"


@pytest.mark.parametrize(
    "environ",
    [
        {"REQUEST_METHOD": "POST", "CONTENT_LENGTH": "10"},
        {"REQUEST_METHOD": "POST", "HTTP_TRANSFER_ENCODING": "chunked"},
    ],
    ids=["content-length", "chunked"],
)
def test_a_request_with_a_body_keeps_gunicorns_drain(connection, environ):
    client, server = connection
    finish(server, environ)  # its body may still be on the way
    client.sendall(b"late bytes")
    server.settimeout(5)
    assert server.recv(65536) == b"late bytes"


def test_a_connection_kept_alive_for_the_next_request_is_left_open(connection):
    client, server = connection
    client.sendall(GET)
    assert server.recv(65536) == GET
    finish(server, {"REQUEST_METHOD": "GET"}, closing=False)  # a threaded worker's keep-alive
    client.sendall(GET)
    server.settimeout(5)
    assert server.recv(65536) == GET


def frozen(port):
    """How many objects the worker's collector leaves alone (tests/gunicorn_app.py)."""
    with send(port, b"GET /frozen HTTP/1.1\r\nHost: localhost\r\n\r\n") as sock:
        return int(body_of(read_answer(sock)))


def test_a_worker_keeps_what_its_first_requests_built_out_of_full_collections(one_worker):
    before = frozen(one_worker)
    for _ in range(load_module(CONFIG).FREEZE_AFTER_REQUESTS):
        frozen(one_worker)
    # What the worker holds by then (here gunicorn's own objects) is frozen.
    assert frozen(one_worker) > before


class Node:
    pass


def test_garbage_made_after_the_freeze_is_still_collected_as_the_worker_goes_on():
    load_module(CONFIG).freeze_what_was_built()
    try:
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle: only the collector frees it
        gone = weakref.ref(a)
        del a, b
        # No gc.collect() here: what requests allocate sets off the collector by itself.
        for _ in range(10):
            kept = [[] for _ in range(gc.get_threshold()[0] * 2)]
            del kept
            if gone() is None:
                break
        assert gone() is None, "the collector no longer runs after the freeze"
    finally:
        gc.unfreeze()
