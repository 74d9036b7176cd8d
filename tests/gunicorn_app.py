"""The smallest WSGI application, for tests/test_gunicorn_config.py's real gunicorn.

``/frozen`` answers how many objects the worker's garbage collector leaves alone
(``gc.get_freeze_count()``), to show what the configuration's hooks did.
"""

import gc

ANSWER = b"answered\n"


def application(environ, start_response):
    if environ["PATH_INFO"] == "/frozen":
        body = str(gc.get_freeze_count()).encode()
        start_response(
            "200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))]
        )
        return [body]
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(ANSWER)))])
    return [ANSWER]
