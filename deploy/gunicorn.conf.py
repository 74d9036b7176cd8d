"""gunicorn's settings for the site, as deployed and as benchmarked.

    gunicorn -c deploy/gunicorn.conf.py awareness_site.wsgi:application

Options on the command line win over these (the benchmark and the tests pass
their own ``--bind``). Why each one: deploy/README.md, "Running it".
"""

import contextlib
import os
import socket

bind = "127.0.0.1:8000"  # nginx in front (deploy/nginx.conf)
worker_class = "sync"
# One per core: a request's time is all on the CPU here (deploy/README.md).
workers = os.cpu_count() or 1
backlog = 2048


def post_request(worker, req, environ, resp):
    """Close a finished bodyless request's connection at once when nothing is left to read.

    gunicorn (27) closes every connection gracefully (RFC 9112, 9.6): it
    half-closes and waits, up to two seconds, for the client to close its side
    too, so that unread request bytes cannot make the kernel reset the
    connection before the client has read the answer. A sync worker serves
    no one while it waits. When the request had no body and the kernel holds
    nothing unread from the client, there is nothing to reset over: nginx's
    default (``lingering_close on``) closes such a connection at once, and
    so do we. Any other request keeps gunicorn's drain, and a connection
    kept alive for the next request (gunicorn's threaded workers) is left open.
    """
    sock = getattr(resp, "sock", None)
    if sock is None or not resp.should_close() or not _bodyless(environ):
        return  # no answer, a connection kept alive (threaded workers), or a body
    try:
        sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT)
    except BlockingIOError:  # nothing unread: the client sent only this request
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)  # gunicorn's drain then has nothing to wait for
    except OSError:  # the client is gone already; gunicorn's close deals with it
        pass


def _bodyless(environ):
    return environ.get("CONTENT_LENGTH") in (None, "", "0") and (
        "chunked" not in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
    )
