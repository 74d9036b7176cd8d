"""Feed benchmark: build time and requests per second for 100 and 10,000 advisories.

Run alone (``.venv/bin/python bench/feeds.py``) or from ``make bench`` (bench/run.py
calls ``main()``). It works in a throw-away test database of its own (SQLite in
memory, or test_<name> on PostgreSQL when DATABASE_URL says so), fills it with
advisories in bulk, and for each size measures, in this process:

- build: one feed built from the database, no cache (median of several), and its queries;
- cold: requests per second of the feed view when every request rebuilds the body;
- cached: requests per second when the body comes from the cache;
- 304: requests per second answering If-None-Match with 304 Not Modified.

The view is called directly (no middleware), so this is the feed code's own cost;
bench/run.py measures whole HTTP requests through gunicorn and nginx.
Results are printed and written to bench/feeds-results.md.
"""

import os
import statistics
import sys
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIZES = (100, 10_000)
FORMATS = ("rss", "atom", "json")
BUILD_RUNS = 7
SECONDS_PER_RATE = 2.0
RESULTS = REPO / "bench" / "feeds-results.md"


def main(sizes=SIZES):
    """Measure each size; print a Markdown table, write it to RESULTS and return the rows."""
    _setup_django()
    from django.db import connection

    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        rows = [row for size in sizes for row in measure(size)]
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    text = markdown(rows)
    RESULTS.write_text(text)
    print(text)
    return rows


def _setup_django():
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "awareness_site.settings.test")
    import django
    from django.apps import apps

    if not apps.ready:
        django.setup()


def measure(size):
    from django.utils import translation

    index = _site()
    _add_advisories(index, size)
    with translation.override("en"):
        return [_measure_format(size, fmt) for fmt in FORMATS]


def _measure_format(size, fmt):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from advisories.feeds.builders import build_advisory_feed
    from advisories.feeds.cache import invalidate_feeds
    from advisories.feeds.views import advisory_feed

    request = _request()
    build_advisory_feed(request, fmt)  # warm Wagtail's own caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        body, _type = build_advisory_feed(_request(), fmt)
    times = [_timed(lambda: build_advisory_feed(_request(), fmt)) for _ in range(BUILD_RUNS)]
    cold = _rate(lambda: (invalidate_feeds(["en"]), advisory_feed(_request(), fmt)))
    etag = advisory_feed(_request(), fmt)["ETag"]
    cached = _rate(lambda: advisory_feed(_request(), fmt))
    not_modified = _rate(lambda: advisory_feed(_request(HTTP_IF_NONE_MATCH=etag), fmt))
    return {
        "advisories": size,
        "format": fmt,
        "build ms": statistics.median(times) * 1000,
        "queries": len(queries),
        "bytes": len(body),
        "cold req/s": cold,
        "cached req/s": cached,
        "304 req/s": not_modified,
    }


def _request(**headers):
    from django.test import RequestFactory

    return RequestFactory().get("/feeds/advisories.rss", HTTP_HOST="localhost", **headers)


def _timed(function):
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def _rate(function):
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < SECONDS_PER_RATE:
        function()
        count += 1
    return count / (time.perf_counter() - started)


def _site():
    """A home page, an advisory list, help numbers and a few taxonomy terms (once)."""
    from wagtail.models import Locale, Page, Site

    from advisories.models import AdvisoryIndexPage
    from awareness_site.models import HomePage

    existing = AdvisoryIndexPage.objects.first()
    if existing is not None:
        return existing
    locale, _created = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="bench-home", locale=locale))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    index = home.add_child(instance=AdvisoryIndexPage(title="Advisories", slug="advisories"))
    return index


def _add_advisories(index, target):
    """Advisories up to ``target``, inserted in bulk (add_child is ~30 ms a page)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Page

    from advisories.models import AdvisoryPage

    index.refresh_from_db()
    start = index.numchild
    count = target - start
    if count <= 0:
        return
    terms = _terms(index.locale)
    content_type = ContentType.objects.get_for_model(AdvisoryPage)
    now = timezone.now()
    pages = [
        _advisory(index, start + n, content_type, now, terms["district"]) for n in range(count)
    ]
    with transaction.atomic():
        bases = Page.objects.bulk_create([Page(**_base_fields(page)) for page in pages], 1000)
        for page, base in zip(pages, bases, strict=True):
            page.page_ptr_id = page.pk = base.pk
        fields = AdvisoryPage._meta.local_concrete_fields
        for offset in range(0, count, 1000):
            AdvisoryPage._base_manager._insert(pages[offset : offset + 1000], fields=fields)
        _link_terms(pages, terms)
        Page.objects.filter(pk=index.pk).update(numchild=target)


def _advisory(index, number, content_type, now, district):
    from datetime import timedelta

    from wagtail.models import Page

    from advisories.models import AdvisoryPage

    slug = f"bench-advisory-{number}"
    published = now - timedelta(minutes=number)
    return AdvisoryPage(
        title=f"Benchmark advisory {number}: a fake KYC update SMS & <link>",
        draft_title=f"Benchmark advisory {number}",
        slug=slug,
        path=Page._get_path(index.path, index.depth + 1, number + 1),
        depth=index.depth + 1,
        numchild=0,
        url_path=f"{index.url_path}{slug}/",
        content_type=content_type,
        locale_id=index.locale_id,
        translation_key=uuid.uuid4(),
        live=True,
        first_published_at=published,
        last_published_at=published,
        summary="An SMS says your bank KYC expired and asks you to open a link. Do not.",
        severity=1 + number % 4,
        district=district,
    )


def _base_fields(page):
    from wagtail.models import Page

    return {f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields}


def _terms(locale):
    from awareness_site.models import Audience, District, ThreatCategory

    def term(model, slug):
        return model.objects.get_or_create(locale=locale, slug=slug, defaults={"name": slug})[0]

    return {
        "categories": [term(ThreatCategory, "kyc-update"), term(ThreatCategory, "fake-loan-app")],
        "audience": term(Audience, "senior-citizens"),
        "district": term(District, "kolkata"),
    }


def _link_terms(pages, terms):
    from advisories.models import AdvisoryPage

    categories = AdvisoryPage.threat_categories.through
    audiences = AdvisoryPage.audiences.through
    categories.objects.bulk_create(
        [
            categories(advisorypage_id=page.pk, threatcategory_id=category.pk)
            for page in pages
            for category in terms["categories"]
        ],
        1000,
    )
    audiences.objects.bulk_create(
        [audiences(advisorypage_id=page.pk, audience_id=terms["audience"].pk) for page in pages],
        1000,
    )


def markdown(rows):
    header = [
        "## Feeds (bench/feeds.py)",
        "",
        "The feed view in-process: build = one feed from the database, no cache (median of "
        f"{BUILD_RUNS}); cold = every request rebuilds; cached = body from the cache; "
        "304 = If-None-Match answered Not Modified. Feeds carry the latest 50 items.",
        "",
        "| advisories | format | build ms | queries | bytes | cold req/s | cached req/s "
        "| 304 req/s |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines = [
        f"| {r['advisories']:,} | {r['format']} | {r['build ms']:.1f} | {r['queries']} "
        f"| {r['bytes']:,} | {r['cold req/s']:,.0f} | {r['cached req/s']:,.0f} "
        f"| {r['304 req/s']:,.0f} |"
        for r in rows
    ]
    return "\n".join(header + lines) + "\n"


if __name__ == "__main__":
    main()
