"""gunicorn's settings for the site, as deployed and as benchmarked.

    gunicorn -c deploy/gunicorn.conf.py awareness_site.wsgi:application

Options on the command line win over these (the benchmark and the tests pass
their own ``--bind``). Why each one: deploy/README.md, "Running it".
"""

import contextlib
import gc
import os
import socket

bind = "127.0.0.1:8000"  # nginx in front (deploy/nginx.conf)
worker_class = "sync"
# One per core: a request's time is all on the CPU here (deploy/README.md).
workers = os.cpu_count() or 1
backlog = 2048
# awareness_site/wsgi.py freezes what the site imports; a worker's first requests
# build more that it keeps for good, frozen after this many (see freeze_what_was_built).
FREEZE_AFTER_REQUESTS = 100


def post_request(worker, req, environ, resp):
    _close_at_once(resp, environ)
    if worker.nr == FREEZE_AFTER_REQUESTS:
        freeze_what_was_built()


def freeze_what_was_built():
    """Keep what the first requests built out of the garbage collector's full collections.

    awareness_site/wsgi.py freezes (``gc.freeze()``) the 170,000 objects the site
    imports. Its first requests build some 40,000 more that live as long as the
    worker: compiled templates, URL patterns, StreamField block definitions,
    translations, the structure cache's answers. A full collection, every few
    hundred requests, walked them all: about 20 ms in which the worker answered
    no one (under 2 ms once they are frozen; measured on the benchmark's site).
    Done once, after the answer is sent; garbage that requests make later is
    still collected.
    """
    gc.collect()  # what is garbage already is not frozen with the rest
    gc.freeze()


def _close_at_once(resp, environ):
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
