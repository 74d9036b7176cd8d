"""The small interface every network sits behind, and the errors it may raise.

A backend gets an ``OutgoingPost`` and returns ``Accepted`` (the remote id and
address) or raises: ``TransientError`` (try again later; ``retry_after`` honours a
429's reset, ``outcome_unknown`` says the post may exist), ``PermanentError``
(a reason a moderator understands) or ``CredentialsError`` (the channel gets
disabled and flagged).
"""

from dataclasses import dataclass
from datetime import datetime

from ..conf import publisher_setting


class ChannelError(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class TransientError(ChannelError):
    def __init__(self, reason, retry_after=None, outcome_unknown=False):
        super().__init__(reason)
        self.retry_after = retry_after
        self.outcome_unknown = outcome_unknown


class PermanentError(ChannelError):
    pass


class CredentialsError(PermanentError):
    pass


@dataclass(frozen=True)
class OutgoingPost:
    delivery_id: int
    key: str  # stable per outbox row: the idempotency key
    text: str
    url: str
    link_span: tuple  # (start, end) of the shown link in text, in characters
    tags: tuple
    language: str
    title: str
    summary: str
    created_at: datetime
    first_attempt_at: datetime | None
    page_id: int | None
    purpose: str
    is_retry: bool = False  # an earlier attempt for this row may have reached the network
    image: bytes | None = None
    image_alt: str = ""
    image_url: str = ""


@dataclass(frozen=True)
class Accepted:
    remote_id: str
    remote_url: str = ""


class ChannelBackend:
    network = ""
    default_base_url = ""
    default_rate_per_minute = None
    default_daily_quota = None
    secrets = ()  # the secret keys this network needs
    takes_image = True

    def __init__(self, channel):
        self.channel = channel
        self.base_url = (channel.base_url or self.default_base_url).rstrip("/")
        self.timeout = float(channel.option("timeout", publisher_setting("TIMEOUT_SECONDS")))

    def secret_values(self):
        """Values to scrub from any error text before it is stored or logged."""
        values = []
        for key in self.channel.secret_env:
            try:
                values.append(self.channel.secret(key))
            except Exception:  # noqa: S112 - a missing secret cannot leak
                continue
        return values

    def send(self, post):
        raise NotImplementedError

    def find_existing(self, post):
        """After an attempt whose outcome is unknown: the post it made, if any."""
        return None

    def delete(self, remote_id):
        raise PermanentError(f"{self.network} posts cannot be deleted by the publisher.")

    def check(self):
        """Check the credentials against the network; return who the account is."""
        raise NotImplementedError
