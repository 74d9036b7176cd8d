"""Which public URLs show a page, and forgetting exactly those in both caches.

A page change reaches readers through two caches: the app's whole-response
cache (``cache.py``, shared by every process) and the front cache (nginx, or
a CDN, through Wagtail's frontend-cache backends). On commit the app cache
forgets the affected paths at once; a task then forgets them again (closing
the gap in which another on-commit hook, such as the feed bodies', had not yet
run) and refreshes the front cache.

The affected URLs of a page: its own (every routable path), its ancestors
(its index, the home page), the pages that reference it (an advisory it
supersedes, one that lists it as related), and what the functions named in
``PAGE_CACHE_DEPENDENT_PATHS`` add (its feeds, its audience pages). Those named in
``PAGE_CACHE_LISTED_ON_PATHS`` add the pages that list it among many others (the
advisories showing it as the latest of its kind: for a new advisory, every
other of its kind): the app cache forgets them too, but the front cache lets
them expire (``s-maxage``) rather than refresh each of them through the site.
"""

import logging
from urllib.parse import unquote, urlsplit

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils.module_loading import import_string
from django_tasks import task
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.models import Page, ReferenceIndex

from . import cache

logger = logging.getLogger(__name__)
HOT_PAGE_DEPTH = 3  # home pages (2) and their sections (3): refreshed after a site-wide change


def own_urls(page, url_path=None):
    """Every URL of one page (routable pages have several); ``url_path`` as it was before a move."""
    page = page.specific_deferred
    if url_path is not None:
        page.url_path = url_path
    base = page.get_full_url()
    if base is None:
        return []
    return [base + path.lstrip("/") for path in page.get_cached_paths()]


def urls_showing(page):
    """The URLs whose content changes with this page; its own first, as they are purged in order."""
    urls = own_urls(page)
    for ancestor in list(page.get_ancestors().filter(depth__gt=1))[::-1]:  # nearest first
        urls += own_urls(ancestor)
    for referrer in _referring_pages(page):
        urls += own_urls(referrer)
    urls += _dependent_urls(page, settings.PAGE_CACHE_DEPENDENT_PATHS)
    return list(dict.fromkeys(urls))


def urls_listing(page):
    """The URLs that list this page among many others (``PAGE_CACHE_LISTED_ON_PATHS``)."""
    return _dependent_urls(page, settings.PAGE_CACHE_LISTED_ON_PATHS)


def _dependent_urls(page, function_names):
    root = _root_url(page)
    if not root:
        return []
    specific = page.specific
    return [
        root + path.lstrip("/") for name in function_names for path in import_string(name)(specific)
    ]


def _referring_pages(page):
    references = ReferenceIndex.get_references_to(page).filter(
        base_content_type__model="page", base_content_type__app_label="wagtailcore"
    )
    ids = {int(object_id) for object_id in references.values_list("object_id", flat=True)}
    return Page.objects.filter(pk__in=ids - {page.pk}).live()


def _root_url(page):
    parts = page.get_url_parts()
    return parts[1].rstrip("/") + "/" if parts and parts[1] else ""


def hot_urls():
    """The home pages and their sections, in every language."""
    pages = Page.objects.live().filter(depth__gt=1, depth__lte=HOT_PAGE_DEPTH).order_by("path")
    return [url for page in pages for url in own_urls(page)]


def forget_showing_on_commit(page, more_urls=()):
    """Forget what shows this page: ``urls_showing`` (and ``more_urls``) in both caches,
    ``urls_listing`` in the app cache only."""
    forget_on_commit([*urls_showing(page), *more_urls], app_only=urls_listing(page))


def forget_on_commit(urls, app_only=()):
    """After the transaction commits: the app cache now, the front cache in a task
    (but for ``app_only``, which the app cache forgets in the task again)."""
    urls = list(dict.fromkeys(urls))
    shown = set(urls)
    app_only = [url for url in dict.fromkeys(app_only) if url not in shown]
    if not urls and not app_only:
        return
    transaction.on_commit(lambda: _forget(urls, app_only))


def forget_everything_on_commit():
    transaction.on_commit(_forget_everything)


def _forget(urls, app_only=()):
    cache.invalidate_paths(paths_of([*urls, *app_only]))
    purge_urls_task.enqueue(urls, app_only=list(app_only))


def _forget_everything():
    cache.invalidate_all()
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):  # a front cache to refresh
        purge_urls_task.enqueue(hot_urls())


def paths_of(urls):
    return [unquote(urlsplit(url).path) for url in urls]


@task()
def purge_urls_task(urls, app_only=()):
    """Forget the paths in the app cache again, then refresh ``urls`` in the front cache."""
    cache.invalidate_paths(paths_of([*urls, *app_only]))
    if urls:
        logger.info("Refreshing %d URL(s) in the front cache", len(urls))
        purge_urls_from_cache_task.call(urls)


def audience_page_paths(page):
    """Every audience page of the page's language that can list it (it may just have left one)."""
    if not hasattr(page, "audiences"):
        return []
    try:
        model = apps.get_model("campaigns", "AudienceIndexPage")
    except LookupError:
        return []
    paths = []
    for index in model.objects.live().filter(locale_id=page.locale_id):
        parts = index.get_url_parts()
        if parts is None:
            continue
        paths += [
            parts[2] + index.reverse_subpage("audience", args=[audience.slug])
            for audience in index.audiences()
        ]
    return paths
