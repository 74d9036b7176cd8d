"""gunicorn alone: a WSGI application that returns the advisory's HTML, and nothing else.

bench/run.py serves it with the site's gunicorn settings. No Django view, the app
cache's answer included, can be served faster than this through gunicorn on the
same machine: it is the limit of the app cache layer, as the static file is nginx's.
"""

import os
from pathlib import Path

BODY = (Path(os.environ["BENCH_DIR"]) / "static-html" / "advisory.html").read_bytes()
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
