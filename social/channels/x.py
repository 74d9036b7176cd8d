"""X through tweepy's v2 Client; the share card goes to X's v2 media endpoint.

tweepy 4.17 hard-codes https://api.twitter.com and sets no timeout, so the
client gets a session that sends its requests to the channel's base URL with
the channel's timeout. OAuth 1.0a signs the final URL, so a self-hosted or fake
server sees a correctly signed request. X has no idempotency key: after an
attempt whose outcome is unknown, the account's recent posts are searched for
this row's link before anything is sent again.
"""

import base64
import time
from datetime import timedelta

import requests
import tweepy

from .base import Accepted, ChannelBackend, CredentialsError, PermanentError, TransientError

TWEEPY_HOST = "https://api.twitter.com"


class RebasedSession(requests.Session):
    def __init__(self, base_url, timeout):
        super().__init__()
        self.base_url = base_url
        self.timeout = timeout

    def request(self, method, url, *args, **kwargs):
        if url.startswith(TWEEPY_HOST):
            url = self.base_url + url[len(TWEEPY_HOST) :]
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, url, *args, **kwargs)


class XBackend(ChannelBackend):
    network = "x"
    default_base_url = "https://api.x.com"
    default_daily_quota = 17  # X's free tier
    secrets = ("consumer_key", "consumer_secret", "access_token", "access_token_secret")

    def __init__(self, channel):
        super().__init__(channel)
        self._client = None

    def client(self):
        """One client per worker process and channel, keeping its connections."""
        if self._client is None:
            self._client = self.new_client()
        return self._client

    def new_client(self):
        client = tweepy.Client(
            consumer_key=self.channel.secret("consumer_key"),
            consumer_secret=self.channel.secret("consumer_secret"),
            access_token=self.channel.secret("access_token"),
            access_token_secret=self.channel.secret("access_token_secret"),
        )
        client.session = RebasedSession(self.base_url, self.timeout)
        return client

    def send(self, post):
        try:
            with translated_errors():
                client = self.client()
                media_ids = [self.upload(client, post)] if post.image else None
                response = client.create_tweet(text=post.text, media_ids=media_ids, user_auth=True)
        except Duplicate:
            # On a retry, a duplicate means the earlier attempt got through after all.
            found = self.find_existing(post) if post.is_retry else None
            if found is None:
                raise
            return found
        return self.accepted(response.data["id"])

    def upload(self, client, post):
        """X's v2 media upload and alt text, through the same OAuth 1.0a session."""
        payload = {
            "media": base64.b64encode(post.image).decode(),
            "media_category": "tweet_image",
            "media_type": "image/png",
        }
        media = client.request("POST", "/2/media/upload", json=payload, user_auth=True).json()
        media_id = media["data"]["id"]
        if post.image_alt:
            metadata = {"id": media_id, "metadata": {"alt_text": {"text": post.image_alt[:1000]}}}
            client.request("POST", "/2/media/metadata", json=metadata, user_auth=True)
        return media_id

    def find_existing(self, post):
        since = (post.first_attempt_at or post.created_at) - timedelta(minutes=5)
        with translated_errors():
            client = self.client()
            me = client.get_me(user_auth=True).data
            recent = client.get_users_tweets(
                me.id,
                max_results=100,
                start_time=since,
                tweet_fields=["entities", "created_at"],
                user_auth=True,
            )
        for tweet in recent.data or []:
            if links_to(tweet, post.url):
                return self.accepted(tweet.id)
        return None

    def delete(self, remote_id):
        with translated_errors():
            self.client().delete_tweet(remote_id, user_auth=True)

    def check(self):
        with translated_errors():
            me = self.client().get_me(user_auth=True).data
        return f"@{me.username} on {self.base_url}"

    def accepted(self, tweet_id):
        handle = self.channel.option("handle", "i/web")
        return Accepted(
            remote_id=str(tweet_id), remote_url=f"https://x.com/{handle}/status/{tweet_id}"
        )


def links_to(tweet, url):
    urls = (tweet.entities or {}).get("urls", [])
    return any(u.get("expanded_url") == url for u in urls) or url in (tweet.text or "")


class Duplicate(PermanentError):
    pass


class translated_errors:
    """tweepy's and requests' exceptions as the publisher's."""

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        if error is None:
            return False
        raise translate(error) from None


def translate(error):  # noqa: PLR0911 - one branch per kind of answer
    if isinstance(error, tweepy.TooManyRequests):
        wait = error.reset_time - time.time() if error.reset_time else None
        return TransientError("X says: too many requests.", retry_after=wait)
    if isinstance(error, tweepy.Unauthorized):
        return CredentialsError("X refused the channel's credentials (401).")
    if isinstance(error, tweepy.Forbidden):
        message = " ".join(error.api_messages) or "forbidden"
        if "duplicate" in message.lower():
            return Duplicate("X refused the post as a duplicate of an earlier one.")
        return CredentialsError(f"X does not let this account post (403): {message}")
    if isinstance(error, tweepy.BadRequest):
        return PermanentError(f"X rejected the post: {' '.join(error.api_messages)}")
    if isinstance(error, tweepy.TwitterServerError):
        return TransientError(f"X had a server error ({error.response.status_code}).")
    if isinstance(error, tweepy.HTTPException):
        return PermanentError(f"X answered {error.response.status_code}.")
    if isinstance(error, requests.ConnectTimeout):
        return TransientError("X did not accept a connection in time.")
    if isinstance(error, requests.RequestException):
        return TransientError("X did not answer in time; the post may exist.", outcome_unknown=True)
    return error
