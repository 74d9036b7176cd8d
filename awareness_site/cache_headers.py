"""Headers for answers that shared caches may keep, and for those they must not."""

import hashlib
import time

from django.conf import settings
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date


def add_shared_cache_headers(response):
    """Cache-Control for browsers and shared caches, validators, no per-visitor Vary."""
    if response.status_code == 200:
        browser, shared = settings.PAGE_CACHE_BROWSER_SECONDS, settings.PAGE_CACHE_SHARED_SECONDS
    else:  # a 404: browsers ask again (the page may be published any second); caches
        browser, shared = 0, settings.PAGE_CACHE_NOT_FOUND_SECONDS  # keep it briefly
    headers = response.headers  # a view's own choices (the feeds' validators) are kept
    headers.setdefault("Cache-Control", f"public, max-age={browser}, s-maxage={shared}")
    headers.setdefault(
        "ETag", '"' + hashlib.blake2b(response.content, digest_size=16).hexdigest() + '"'
    )
    headers.setdefault("Last-Modified", http_date(time.time()))
    _drop_vary(response, {"cookie", "accept-language"})


def _drop_vary(response, names):
    kept = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
    kept = [v for v in kept if v.lower() not in names]
    del response.headers["Vary"]
    if kept:
        patch_vary_headers(response, kept)


def mark_private(response):
    if "Cache-Control" not in response:
        response.headers["Cache-Control"] = "private, no-cache"
