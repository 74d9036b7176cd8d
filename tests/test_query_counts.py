"""A constant number of SQL queries for an advisory and the lists, however many advisories exist.

The numbers are exact: a change that adds a query per advisory (or any query) fails here.
Each page is counted twice: on the first request after the site changed, which works
out the site's structure, and on the next, which finds it in the structure cache
(awareness_site/structure.py) as every reader does until the next change.
"""

import pytest
from django.core.cache import caches

from advisories.models import GuidelinePage
from awareness_site import structure
from tests.factories import (
    AdvisoryPageFactory,
    AudienceFactory,
    DistrictFactory,
    GuidelinePageFactory,
    ThreatCategoryFactory,
)

pytestmark = pytest.mark.django_db

# (after a change, then). After a change each count includes the structure: Wagtail's
# routing (site, language, home, the page and its specific row, with private sections
# checked in the same query), the help numbers, the menu with the language links (one
# query), and what the comments mark "after a change". Then the routing reads only the
# page's own row.
ADVISORY_PAGE_QUERIES = (10, 1)  # after a change: linked advisories, categories, audiences
# + page, 2 prefetches; after a change: 3 vocabularies, the count of the (filtered) list
ADVISORY_LIST_QUERIES = (14, 4)
FILTERED_LIST_QUERIES = (14, 4)  # the same: filter values are checked without a query
HOME_QUERIES = (17, 7)  # + latest advisories, guidelines, 4 prefetches; after a change: 2 lists
HOME_WITHOUT_GUIDELINES_QUERIES = (15, 5)  # no guidelines: nothing of theirs to prefetch
# Between two changes a page reads the shared cache (Redis in production) once: the
# structure generation. Its own full URL (canonical link, a guideline's "Printed from")
# comes from the site root paths the request holds.
SHARED_CACHE_READS = 1


@pytest.fixture
def populate(advisory_index, guideline_index, help_settings):
    """Advisories with every relation a page shows: categories, audiences, district, links."""
    kyc, loans = ThreatCategoryFactory(slug="kyc"), ThreatCategoryFactory(slug="loans")
    elders, district = AudienceFactory(slug="elders"), DistrictFactory(slug="jammu")
    for _ in range(3):
        GuidelinePageFactory(parent=guideline_index)

    def make(count):
        pages = []
        for number in range(count):
            page = AdvisoryPageFactory(parent=advisory_index, district=district)
            page.threat_categories = [kyc, loans] if number % 2 else [kyc]
            page.audiences = [elders]
            if pages:
                page.superseded_by = pages[-1] if number == count - 1 else None
                page.related_advisories.add(
                    page.related_advisories.model(advisory=pages[0], sort_order=0)
                )
            page.save()
            pages.append(page)
        return pages

    return make


def measured(client, django_assert_num_queries, url, expected):
    """The queries after a change of the site, then of the next request.

    A first request fills per-process caches (Wagtail's site root paths).
    """
    after_change, then = expected
    assert client.get(url).status_code == 200
    structure.forget_structure()
    with django_assert_num_queries(after_change):
        first = client.get(url)
    with django_assert_num_queries(then):
        response = client.get(url)
    assert first.status_code == response.status_code == 200
    assert first.content == response.content
    return response


@pytest.mark.parametrize("count", [3, 30])
def test_an_advisory_page_needs_the_same_queries_however_many_advisories(
    client, populate, django_assert_num_queries, count
):
    page = populate(count)[-1]
    response = measured(client, django_assert_num_queries, page.url, ADVISORY_PAGE_QUERIES)
    assert response.context["related"]


@pytest.fixture
def shared_cache_reads(monkeypatch):
    """How many times the requests read the shared cache: each is a round trip to Redis."""
    reads = []
    cache = caches["default"]
    for name in ("get", "get_many", "has_key"):
        method = getattr(cache, name)
        monkeypatch.setattr(cache, name, _counted(method, reads))
    return reads


def _counted(method, reads):
    def counted(*args, **kwargs):
        reads.append(args[:1])
        return method(*args, **kwargs)

    return counted


@pytest.mark.parametrize("which", ["advisory", "advisory list", "home", "guideline"])
def test_a_page_reads_the_shared_cache_once_between_changes(
    client, populate, advisory_index, shared_cache_reads, which
):
    advisories = populate(3)
    url = {
        "advisory": advisories[-1].url,
        "advisory list": advisory_index.url,
        "home": "/",
        "guideline": GuidelinePage.objects.live().first().url,
    }[which]
    assert client.get(url).status_code == 200
    del shared_cache_reads[:]
    assert client.get(url).status_code == 200
    assert len(shared_cache_reads) == SHARED_CACHE_READS, shared_cache_reads


@pytest.mark.parametrize("count", [3, 30])
def test_the_advisory_list_needs_the_same_queries_however_many_advisories(
    client, populate, advisory_index, django_assert_num_queries, count
):
    populate(count)
    response = measured(
        client, django_assert_num_queries, advisory_index.url, ADVISORY_LIST_QUERIES
    )
    assert len(response.context["advisories"]) == min(count, 10)


@pytest.mark.parametrize("count", [3, 30])
def test_a_filtered_list_needs_the_same_queries_however_many_advisories(
    client, populate, advisory_index, django_assert_num_queries, count
):
    populate(count)
    url = f"{advisory_index.url}?category=kyc&audience=elders&district=jammu&severity=2&page=1"
    measured(client, django_assert_num_queries, url, FILTERED_LIST_QUERIES)


@pytest.mark.parametrize("count", [3, 30])
def test_the_home_page_needs_the_same_queries_however_many_advisories(
    client, populate, django_assert_num_queries, count
):
    populate(count)
    measured(client, django_assert_num_queries, "/", HOME_QUERIES)


def test_a_home_page_without_a_section_remembers_that_too(
    client, advisory_index, help_settings, django_assert_num_queries
):
    """No guideline list below this home: the structure cache keeps "none" as an answer,
    so later readers do not look for the list again."""
    AdvisoryPageFactory(parent=advisory_index)
    measured(client, django_assert_num_queries, "/", HOME_WITHOUT_GUIDELINES_QUERIES)
