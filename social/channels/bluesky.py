"""Bluesky (any AT Protocol server) through the atproto client.

Each outbox row has its own record key (a TID made from the row's creation time
and id), so a second create of the same row is refused by the server and the
first one can be looked up: nothing is ever posted twice. The link is a facet
over a shortened link text; hashtags are tag facets.
"""

import time

from atproto import Client, exceptions, models
from atproto_client.request import Request

from .base import Accepted, ChannelBackend, CredentialsError, PermanentError, TransientError

TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
POST = "app.bsky.feed.post"


def record_key(post):
    """A valid TID derived from the outbox row: same row, same key."""
    micros = int(post.created_at.timestamp() * 1_000_000)
    value = (micros << 10) | (post.delivery_id % 1024)
    return "".join(TID_ALPHABET[(value >> shift) & 31] for shift in range(60, -1, -5))


def byte_offset(text, index):
    return len(text[:index].encode("utf-8"))


def facets(post):
    def facet(start, end, feature):
        span = models.AppBskyRichtextFacet.ByteSlice(
            byte_start=byte_offset(post.text, start), byte_end=byte_offset(post.text, end)
        )
        return models.AppBskyRichtextFacet.Main(index=span, features=[feature])

    start, end = post.link_span
    made = [facet(start, end, models.AppBskyRichtextFacet.Link(uri=post.url))] if start >= 0 else []
    for tag in post.tags:
        at = post.text.rfind(tag)
        if at >= 0:
            made.append(facet(at, at + len(tag), models.AppBskyRichtextFacet.Tag(tag=tag[1:])))
    return made


class BlueskyBackend(ChannelBackend):
    network = "bluesky"
    default_base_url = "https://bsky.social"
    default_rate_per_minute = 30
    secrets = ("app_password",)

    def __init__(self, channel):
        super().__init__(channel)
        self._client = None
        self.session = None

    def client(self):
        if self._client is None:
            client = Client(base_url=self.base_url, request=Request(timeout=self.timeout))
            client.on_session_change(self.remember)
            client.login(
                self.channel.option("handle"),
                self.channel.secret("app_password"),
                fetch_bsky_profile=False,
            )
            self._client = client
        return self._client

    def remember(self, event, session):
        self.session = session

    def send(self, post):
        with translated_errors(self):
            client = self.client()
            record = models.AppBskyFeedPost.Record(
                text=post.text,
                facets=facets(post) or None,
                langs=[post.language],
                created_at=client.get_current_time_iso(),
                embed=self.embed(client, post),
            )
            data = models.ComAtprotoRepoCreateRecord.Data(
                repo=self.session.did, collection=POST, rkey=record_key(post), record=record
            )
            try:
                client.com.atproto.repo.create_record(data)
            except exceptions.BadRequestError:
                found = self.find_existing(post)  # refused: this row's record may exist
                if found is None:
                    raise
                return found
        return self.accepted(record_key(post))

    def embed(self, client, post):
        if not post.image:
            return None
        blob = client.upload_blob(post.image).blob
        ratio = models.AppBskyEmbedDefs.AspectRatio(width=1200, height=675)
        image = models.AppBskyEmbedImages.Image(alt=post.image_alt, image=blob, aspect_ratio=ratio)
        return models.AppBskyEmbedImages.Main(images=[image])

    def find_existing(self, post):
        with translated_errors(self):
            client = self.client()
            params = models.ComAtprotoRepoGetRecord.Params(
                repo=self.session.did, collection=POST, rkey=record_key(post)
            )
            try:
                client.com.atproto.repo.get_record(params)
            except exceptions.BadRequestError:
                return None
        return self.accepted(record_key(post))

    def delete(self, remote_id):
        rkey = remote_id.rsplit("/", 1)[-1]
        with translated_errors(self):
            client = self.client()
            data = models.ComAtprotoRepoDeleteRecord.Data(
                repo=self.session.did, collection=POST, rkey=rkey
            )
            client.com.atproto.repo.delete_record(data)

    def check(self):
        with translated_errors(self):
            self.client()
        return f"@{self.session.handle} on {self.base_url}"

    def accepted(self, rkey):
        handle = self.session.handle
        return Accepted(
            remote_id=f"at://{self.session.did}/{POST}/{rkey}",
            remote_url=f"https://bsky.app/profile/{handle}/post/{rkey}",
        )


class translated_errors:
    def __init__(self, backend):
        self.backend = backend

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        if error is None or isinstance(error, TransientError | PermanentError):
            return False
        if isinstance(error, exceptions.UnauthorizedError):
            self.backend._client = None  # log in afresh next time
        raise translate(error) from None


def translate(error):
    response = getattr(error, "response", None)
    status = getattr(response, "status_code", None)
    detail = getattr(getattr(response, "content", None), "message", None) or ""
    if isinstance(error, exceptions.InvokeTimeoutError):
        return TransientError(
            "Bluesky did not answer in time; the post may exist.", outcome_unknown=True
        )
    if isinstance(error, exceptions.RateLimitExceededError):
        return TransientError("Bluesky says: too many requests.", retry_after=reset_in(response))
    if isinstance(error, exceptions.UnauthorizedError):
        return CredentialsError(f"Bluesky refused the channel's login ({status}). {detail}".strip())
    if isinstance(error, exceptions.BadRequestError):
        return PermanentError(f"Bluesky rejected the post: {detail or 'bad request'}")
    if isinstance(error, exceptions.NetworkError) or (status or 500) >= 500:
        return TransientError(f"Bluesky could not be reached or failed ({status or 'no answer'}).")
    if isinstance(error, exceptions.AtProtocolError):
        return PermanentError(f"Bluesky answered {status}: {detail}")
    return error


def reset_in(response):
    reset = (getattr(response, "headers", None) or {}).get("ratelimit-reset")
    try:
        return float(reset) - time.time() if reset else None
    except ValueError:
        return None
