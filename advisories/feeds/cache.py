"""Feed bodies in Django's cache, invalidated per language by a generation token.

Each cached body's key holds its language's current generation. Invalidating a
language replaces the generation, so every body built before it is never read
again and simply expires: there is no list of keys to delete, and a request that
was still building from the old data stores it under the old, dead key. With a
shared cache (Redis) this holds across processes. Invalidation runs on commit,
so nothing can rebuild from data that is about to change.

``feed_paths_for_page`` gives the feed URLs a page change affects, for purging
a front cache.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import uuid4

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from .scopes import FORMATS, KINDS, FeedScope

BODY_SECONDS = 15 * 60


@dataclass(frozen=True)
class CachedFeed:
    body: bytes
    content_type: str
    etag: str
    last_modified: datetime


def cached_feed(request, language, build):
    """The body for this URL, built by build() -> (bytes, content type) at most once."""
    token, changed = generation(language)
    url = f"{request.get_host()}{request.path}".encode()
    key = f"feeds:body:{token}:{hashlib.sha256(url).hexdigest()}"
    entry = cache.get(key)
    if entry is None:
        body, content_type = build()
        etag = f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'
        entry = (body, content_type, etag)
        cache.set(key, entry, BODY_SECONDS)
    return CachedFeed(*entry, last_modified=changed)


def generation(language):
    """(token, when it last changed) for a language's feeds."""
    key = _generation_key(language)
    value = cache.get(key)
    if value is None:
        cache.add(key, _next_generation(None), timeout=None)
        value = cache.get(key) or _next_generation(None)
    return value


def invalidate_feeds(languages=None):
    """Make every cached feed of these languages (default: all) stale at once."""
    for language in languages or [code for code, _name in settings.LANGUAGES]:
        key = _generation_key(language)
        cache.set(key, _next_generation(cache.get(key)), timeout=None)


def invalidate_feeds_on_commit(languages=None):
    languages = list(languages) if languages else None
    transaction.on_commit(lambda: invalidate_feeds(languages))


def _generation_key(language):
    return f"feeds:generation:{language}"


def _next_generation(previous):
    """A new token, dated to the second and always later than the one it replaces."""
    changed = timezone.now().replace(microsecond=0)
    if previous is not None and changed <= previous[1]:
        changed = previous[1] + timedelta(seconds=1)
    return (uuid4().hex, changed)


def feed_paths(language_code):
    """Every feed URL path of a language (all taxonomy terms: a page may have just left one)."""
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        return []
    with translation.override(language_code):
        scopes = [FeedScope(locale)] + [
            FeedScope(locale, kind, term)
            for kind, (model, _field) in KINDS.items()
            for term in model.objects.filter(locale=locale)
        ]
        paths = [scope.feed_path(fmt) for scope in scopes for fmt in FORMATS]
        paths.append(reverse("feeds:cap_index"))
    return paths


def feed_paths_for_page(page):
    """The feed URL paths to purge when this page is published, unpublished, moved or deleted.

    Only advisories are in feeds; a page above them that moves or changes its slug
    changes every address below it, which the caller handles as a site-wide change.
    """
    from ..models import AdvisoryPage

    if not isinstance(page, AdvisoryPage):
        return []
    language_code = page.locale.language_code
    paths = feed_paths(language_code)
    with translation.override(language_code):
        paths.append(reverse("feeds:cap_advisory", kwargs={"guid": page.guid}))
    return paths
