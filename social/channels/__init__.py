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


def fingerprint(channel):
    config = [channel.pk, channel.network, channel.base_url, channel.secret_env, channel.options]
    return json.dumps(config, sort_keys=True)


def forget_backend(channel):
    """Drop the channel's kept client, e.g. after its credentials failed (they may be replaced)."""
    with _lock:
        _cache.pop(fingerprint(channel), None)


def get_backend(channel):
    """A backend for the channel, kept per process so clients and sessions are reused."""
    key = fingerprint(channel)
    with _lock:
        backend = _cache.get(key)
        if backend is None:
            backend = _cache[key] = backend_class(channel.network)(channel)
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
    "forget_backend",
    "get_backend",
]
