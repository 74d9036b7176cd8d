"""Channel backends, one module per network, chosen by ``SOCIAL_CHANNEL_BACKENDS``."""

import json
import threading

from django.utils.module_loading import import_string

from ..conf import channel_backend_paths
from .base import (
    Accepted,
    ChannelBackend,
    ChannelError,
    CredentialsError,
    OutgoingPost,
    PermanentError,
    TransientError,
)

_cache = {}
_lock = threading.Lock()


def backend_class(network):
    return import_string(channel_backend_paths()[network])


def get_backend(channel):
    """A backend for the channel, kept per process so sessions (Bluesky's) are reused."""
    fingerprint = json.dumps(
        [channel.pk, channel.network, channel.base_url, channel.secret_env, channel.options],
        sort_keys=True,
    )
    with _lock:
        backend = _cache.get(fingerprint)
        if backend is None:
            backend = _cache[fingerprint] = backend_class(channel.network)(channel)
    backend.channel = channel
    return backend


__all__ = [
    "Accepted",
    "ChannelBackend",
    "ChannelError",
    "CredentialsError",
    "OutgoingPost",
    "PermanentError",
    "TransientError",
    "backend_class",
    "get_backend",
]
