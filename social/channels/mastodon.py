"""Mastodon (any server) through Mastodon.py, with an Idempotency-Key per outbox row.

Mastodon keeps idempotency keys for about an hour: a retry within it returns the
post the first attempt made. For a retry later than that, the account's recent
posts are searched for the row's link first.
"""

import time
from datetime import timedelta

from django.utils import timezone
from mastodon import (
    Mastodon,
    MastodonAPIError,
    MastodonNetworkError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)

from .base import Accepted, ChannelBackend, CredentialsError, PermanentError, TransientError

IDEMPOTENCY_WINDOW = timedelta(minutes=50)


class MastodonBackend(ChannelBackend):
    network = "mastodon"
    default_base_url = "https://mastodon.social"
    default_rate_per_minute = 30
    secrets = ("access_token",)

    def __init__(self, channel):
        super().__init__(channel)
        self._client = None

    def client(self):
        """One client per worker process and channel: the server's version is asked once."""
        if self._client is None:
            self._client = self.new_client()
        return self._client

    def new_client(self):
        return Mastodon(
            api_base_url=self.base_url,
            access_token=self.channel.secret("access_token"),
            request_timeout=self.timeout,
            ratelimit_method="throw",
            version_check_mode="none",
            mastodon_version=self.channel.option("mastodon_version"),
        )

    def send(self, post):
        client = self.client()
        with translated_errors(client):
            media_ids = None
            if post.image:
                media = client.media_post(
                    post.image,
                    mime_type="image/png",
                    description=post.image_alt,
                    file_name="card.png",
                )
                media_ids = [media["id"]]
            status = client.status_post(
                post.text,
                media_ids=media_ids,
                language=post.language,
                visibility=self.channel.option("visibility", "public"),
                idempotency_key=post.key,
            )
        return Accepted(remote_id=str(status["id"]), remote_url=status.get("url") or "")

    def find_existing(self, post):
        started = post.first_attempt_at or post.created_at
        if timezone.now() - started < IDEMPOTENCY_WINDOW:
            return None  # the Idempotency-Key still covers it
        client = self.client()
        with translated_errors(client):
            statuses = client.account_statuses(client.me(), limit=40)
        for status in statuses:
            if post.url in (status.get("content") or ""):
                return Accepted(remote_id=str(status["id"]), remote_url=status.get("url") or "")
        return None

    def delete(self, remote_id):
        client = self.client()
        with translated_errors(client):
            client.status_delete(remote_id)

    def check(self):
        client = self.client()
        with translated_errors(client):
            account = client.me()
        return f"@{account['acct']} on {self.base_url}"


class translated_errors:
    def __init__(self, client):
        self.client = client

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        if error is None:
            return False
        raise translate(error, self.client) from None


def translate(error, client):
    if isinstance(error, MastodonRatelimitError):
        reset = client.ratelimit_reset
        wait = reset - time.time() if reset else None
        return TransientError("Mastodon says: too many requests.", retry_after=wait)
    if isinstance(error, MastodonUnauthorizedError):
        return CredentialsError("Mastodon refused the channel's access token (401).")
    if isinstance(error, MastodonNetworkError):
        return TransientError(
            "Mastodon did not answer in time; the post may exist.", outcome_unknown=True
        )
    if isinstance(error, MastodonServerError):
        return TransientError(f"Mastodon had a server error ({status_of(error)}).")
    if isinstance(error, MastodonAPIError):
        return api_error(error)
    return error


def status_of(error):
    return error.args[1] if len(error.args) > 1 else "?"


def api_error(error):
    status, message = status_of(error), error.args[3] if len(error.args) > 3 else ""
    if status == 403:
        return CredentialsError(f"Mastodon does not let this token post (403): {message}")
    if status == 429:
        return TransientError("Mastodon says: too many requests.")
    return PermanentError(f"Mastodon rejected the post ({status}): {message}")
