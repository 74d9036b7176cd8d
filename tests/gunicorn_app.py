"""The smallest WSGI application, for tests/test_gunicorn_config.py's real gunicorn."""

ANSWER = b"answered\n"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(ANSWER)))])
    return [ANSWER]
