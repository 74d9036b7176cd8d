"""Plain HTTPS for the networks without a client library (Telegram, webhooks)."""

import requests

from .base import TransientError

USER_AGENT = "cyber-awareness-publisher/1.0"


def session():
    made = requests.Session()
    made.headers["User-Agent"] = USER_AGENT
    return made


def call(http, method, url, timeout, **kwargs):
    """One request. Network trouble becomes a TransientError naming no URL: tokens live in URLs."""
    try:
        return http.request(method, url, timeout=timeout, **kwargs)
    except requests.ConnectTimeout:
        raise TransientError("The server did not accept a connection in time.") from None
    except requests.Timeout:
        raise TransientError(
            "The server did not answer in time; the post may exist.", outcome_unknown=True
        ) from None
    except requests.ConnectionError:
        raise TransientError(
            "The connection failed; the post may exist.", outcome_unknown=True
        ) from None


def retry_after(response, default=None):
    value = response.headers.get("Retry-After")
    try:
        return float(value) if value is not None else default
    except ValueError:
        return default
