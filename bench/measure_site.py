"""The benchmark's look inside the site (Django set up with bench.settings)."""

import threading
import time

import requests
from django.core.cache import cache
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from wagtail.models import Site

from advisories.models import AdvisoryIndexPage, AdvisoryPage
from awareness_site import structure

POLL_SECONDS = 0.005
GIVE_UP_SECONDS = 30


def clear_cache():
    """Everything, every key version: the benchmark's Redis database (3) or folder is its own."""
    cache.clear()


def site_host():
    return Site.objects.get(is_default_site=True).hostname


def advisory():
    """The newest English advisory: a demo one, with a full body."""
    return AdvisoryPage.objects.listing().filter(locale__language_code="en").first()


def pages():
    index = AdvisoryIndexPage.objects.live().filter(locale__language_code="en").first()
    try:
        feed = reverse("feeds:advisories", kwargs={"fmt": "rss"})
    except NoReverseMatch:
        feed = None
    return {
        "home": "/",
        "advisory index": index.url,
        "advisory": advisory().url,
        "RSS feed": feed,
    }


@override_settings(PAGE_CACHE_ENABLED=False)
def page_costs(paths, host):
    """(page, path, queries after a change, queries then, bytes) of each page, without
    the app cache: on the first request after a change of the site (which works out
    its structure) and on the next one (which finds it in the structure cache)."""
    client = Client(HTTP_HOST=host)
    costs = []
    for page, path in paths.items():
        if path is None:
            continue
        client.get(path)  # the first request of a process fills Wagtail's own small caches
        structure.new_generation()
        with CaptureQueriesContext(connection) as after_change:
            client.get(path)
        with CaptureQueriesContext(connection) as then:
            response = client.get(path)
        costs.append((page, path, len(after_change), len(then), len(response.content)))
    return costs


def publish_to_visible(path, host, bases):
    """Seconds from publish() until each layer serves the new title."""
    page = advisory()
    marker = f"(edited {time.time():.0f})"
    page.title = f"{page.title.split(' (edited')[0]} {marker}"
    results, threads = [], []
    started = time.monotonic()
    for layer, base in bases.items():
        thread = threading.Thread(
            target=_poll, args=(layer, base + path, host, marker, started, results), daemon=True
        )
        threads.append(thread)
        thread.start()
    page.save_revision().publish()
    published = time.monotonic() - started
    for thread in threads:
        thread.join()
    return [("publish() returned (app cache forgotten, nginx refreshed)", published), *results]


def _poll(layer, url, host, marker, started, results):
    session = requests.Session()
    while time.monotonic() - started < GIVE_UP_SECONDS:
        try:
            response = session.get(url, headers={"Host": host}, timeout=10)
        except requests.RequestException:
            break
        if marker.encode() in response.content:
            results.append((layer, time.monotonic() - started))
            return
        time.sleep(POLL_SECONDS)
    results.append((layer, float("inf")))
