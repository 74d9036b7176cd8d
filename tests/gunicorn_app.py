"""A WSGI application for tests/test_gunicorn_config.py: answers without reading a body."""

ANSWER = b"x" * 100_000


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(ANSWER)))])
    return [ANSWER]
