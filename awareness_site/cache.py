"""Whole-response cache for anonymous readers, shared by every process.

Why not a library: wagtail-cache 3.0 (the well-kept one) requires Wagtail < 8,
and its URL keyring is one cache entry rewritten by every process; Django's
cache middleware keys on Cookie, so every visitor with a stray cookie gets
their own copy, and its keys cannot be invalidated by URL.

How it stays correct:

- Only GET/HEAD requests without a session cookie or Authorization header,
  outside the admin, static, media and documents, are looked up; only views
  named in ``PAGE_CACHE_VIEWS`` are stored, and only a 200 that sets no cookie,
  used no CSRF token and was not rendered for a logged-in user or a preview.
- Each entry records the *path token* and the *generation* read before the
  view ran. Invalidating a path writes a new token; invalidating everything
  writes a new generation. An entry whose token or generation is not current
  is a miss, so a page rendered from old data while an editor published is
  never kept, and all three values come in one round trip (``get_many``).
- A hit is also kept in the process's memory for ``PAGE_CACHE_LOCAL_SECONDS``
  (one second): under a surge most hits need no round trip at all, and
  another process's invalidation is seen within that second. The front
  cache's refresh requests (``X-Cache-Refresh``) always read the shared cache.
- ``CachedPageApp`` wraps the WSGI application: a GET that asks exactly what a
  remembered hit answered (same host, scheme, path, query and cookies) gets
  those bytes before Django builds a request. It only ever serves what
  ``PageCacheMiddleware`` itself served or stored within that second, and it
  is forgotten with the rest of the process's memory.
- The same tests choose the headers, with the app cache on or off: a shared
  answer says ``public`` with lifetimes, an ``ETag`` and ``Last-Modified``
  (front caches keep it); any other view's answer says ``private, no-cache``.
"""

import functools
import hashlib
import secrets
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe
from django.utils.module_loading import import_string

from .cache_headers import add_shared_cache_headers, mark_private

GENERATION_KEY = "pagecache:generation"
SKIP_PREFIXES = ("/admin/", "/static/", "/media/", "/documents/")
TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_", "igshid")
CACHE_HEADER = "X-Page-Cache"
# Sent by the front cache's refresh server: never answer it from this process's memory.
REFRESH_HEADER = "HTTP_X_CACHE_REFRESH"
LOCAL_ENTRIES = 1000
_recent = {}  # entry key -> (monotonic time it expires, entry)
_recent_raw = {}  # raw request key -> (monotonic time it expires, status, headers, body)
# What a WSGI request's answer can depend on before Django looks at it: a raw hit
# must match all of it (cookies whole, so a session or a preference never matches).
RAW_KEY_FIELDS = (
    "wsgi.url_scheme",
    "HTTP_HOST",
    "SERVER_NAME",
    "SERVER_PORT",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_PORT",
    "SCRIPT_NAME",
    "PATH_INFO",
    "QUERY_STRING",
    "HTTP_COOKIE",
)
# A request with any of these goes through Django (304s, refreshes, credentials).
RAW_SKIP_FIELDS = (
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_AUTHORIZATION",
    REFRESH_HEADER,
)


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


@functools.cache
def _import_all(names):
    return [import_string(name) for name in names]


def key_functions():
    return _import_all(tuple(settings.PAGE_CACHE_KEY_FUNCTIONS))


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def token_key(path):
    return "pagecache:path:" + _digest(path)


def entry_key(request, path):
    query = [(k, v) for k, v in parse_qsl(request.META.get("QUERY_STRING", ""), True)]
    query = sorted((k, v) for k, v in query if not k.startswith(TRACKING_PARAMS))
    variants = [function(request) for function in key_functions()]
    raw = "\n".join([request.scheme, request.get_host().lower(), path, urlencode(query), *variants])
    return "pagecache:entry:" + _digest(raw)


def is_shareable_request(request):
    """A request whose answer may be the same for everyone (the response decides the rest)."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(SKIP_PREFIXES)
    )


def is_public_response(request, response):
    """A response anyone may be given: the same for every anonymous reader."""
    match = getattr(request, "resolver_match", None)
    user = getattr(request, "user", None)
    return (
        match is not None
        and _view_is_cached(match)
        and response.status_code in (200, 404)
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(request, "is_preview", False)
        and not (user is not None and user.is_authenticated)
        and not _forbids_sharing(response.get("Cache-Control", ""))
    )


def _view_is_cached(match):
    names = settings.PAGE_CACHE_VIEWS
    return match.view_name in names or any(ns + ":*" in names for ns in match.namespaces)


def _forbids_sharing(cache_control):
    return any(word in cache_control for word in ("private", "no-store", "no-cache"))


class Lookup:
    """What the cache holds for one request: maybe a response, and the tokens to store under."""

    def __init__(self, request):
        self.request = request
        self.path = request.path
        self.key = entry_key(request, self.path)
        self.token_key = token_key(self.path)
        recent = _recent.get(self.key)
        self.remembered_until = None
        if recent and recent[0] > time.monotonic() and REFRESH_HEADER not in request.META:
            self.remembered_until, self.entry = recent
            self.token, self.generation = self.entry[:2]
            return
        cache = page_cache()
        found = cache.get_many([self.key, self.token_key, GENERATION_KEY])
        self.token = found.get(self.token_key) or _ensure(cache, self.token_key)
        self.generation = found.get(GENERATION_KEY) or _ensure(cache, GENERATION_KEY)
        entry = found.get(self.key)
        self.entry = entry if entry and entry[:2] == (self.token, self.generation) else None
        if self.entry is not None:
            self.remembered_until = _remember(self.key, self.entry)

    def response(self):
        _token, _gen, status, headers, body = self.entry
        response = HttpResponse(body, status=status)
        for name, value in headers:
            response.headers[name] = value
        response.headers[CACHE_HEADER] = "hit"
        return response

    def store(self, response):
        headers = [(k, v) for k, v in response.headers.items() if k != CACHE_HEADER]
        entry = (self.token, self.generation, response.status_code, headers, response.content)
        page_cache().set(self.key, entry, settings.PAGE_CACHE_SECONDS)
        _remember(self.key, entry)


def _remember(key, entry):
    """Keep a hit in this process for PAGE_CACHE_LOCAL_SECONDS: no round trip to the cache.

    Returns when this memory of it ends (None when the memory is off).
    """
    seconds = settings.PAGE_CACHE_LOCAL_SECONDS
    if not seconds:
        return None
    if len(_recent) >= LOCAL_ENTRIES:
        forget_local()
    until = time.monotonic() + seconds
    _recent[key] = (until, entry)
    return until


def _raw_key(environ):
    """The request as the WSGI server gave it, when a raw hit may answer it."""
    if environ.get("REQUEST_METHOD") != "GET" or any(f in environ for f in RAW_SKIP_FIELDS):
        return None
    return tuple(environ.get(field, "") for field in RAW_KEY_FIELDS)


def _remember_raw(request, response, until):
    """Let ``CachedPageApp`` answer the same request from memory until ``until``.

    ``until`` is when the process's memory of the hit ends, so the copy never
    outlives it: another process's invalidation is still seen within the second.
    """
    key = _raw_key(request.META)
    if until is None or key is None or response.status_code != 200:
        return
    if len(_recent_raw) >= LOCAL_ENTRIES:
        _recent_raw.clear()
    status = f"{response.status_code} {response.reason_phrase}"
    headers = [(k, v) for k, v in response.items() if k.lower() != "content-length"]
    headers.append(("Content-Length", str(len(response.content))))
    _recent_raw[key] = (until, status, headers, response.content)


class CachedPageApp:
    """WSGI middleware: answer a remembered hit without entering Django at all."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        key = _raw_key(environ)
        found = _recent_raw.get(key) if key is not None else None
        if found is None or found[0] <= time.monotonic():
            return self.application(environ, start_response)
        _expires, status, headers, body = found
        start_response(status, headers)
        return [body]


def _ensure(cache, key):
    """The key's token, making one if there is none yet (the first process wins)."""
    cache.add(key, secrets.token_hex(8), None)
    return cache.get(key)


class PageCacheMiddleware:
    """First in MIDDLEWARE: a hit returns before any other middleware runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_shareable_request(request):
            return _private(request, self.get_response(request))
        lookup = _lookup(request)
        if lookup is not None and lookup.entry is not None:
            response = lookup.response()
            _remember_raw(request, response, lookup.remembered_until)
            return _conditional(request, response)
        response = self.get_response(request)
        if not is_public_response(request, response):
            return _private(request, response)
        add_shared_cache_headers(response)
        if lookup is not None and response.status_code == 200 and request.method == "GET":
            lookup.store(response)
            response.headers[CACHE_HEADER] = "miss"
        return _conditional(request, response)


def _private(request, response):
    if getattr(request, "resolver_match", None):  # a view's answer, not a static file
        mark_private(response)
    return response


def _lookup(request):
    """The app cache's entry for this request, when the app cache is on."""
    if not settings.PAGE_CACHE_ENABLED:
        return None
    try:
        return Lookup(request)
    except DisallowedHost:  # let Django answer 400 as usual
        return None


def _conditional(request, response):
    """304 Not Modified when the reader already has this version."""
    if response.status_code != 200:
        return response
    last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
    return get_conditional_response(
        request, etag=response.get("ETag"), last_modified=last_modified, response=response
    )


def invalidate_paths(paths):
    """Forget every cached variant (query strings, hosts) of these URL paths."""
    tokens = {token_key(path): secrets.token_hex(8) for path in set(paths)}
    if tokens:
        page_cache().set_many(tokens, None)
        forget_local()


def forget_local():
    """Drop this process's one-second memory (tests, and every invalidation)."""
    _recent.clear()
    _recent_raw.clear()


def invalidate_all():
    """Forget every cached page, e.g. after the help numbers or a category changed."""
    page_cache().set(GENERATION_KEY, secrets.token_hex(8), None)
    forget_local()
