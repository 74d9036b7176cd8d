"""Guideline pages and the guideline list need the same queries however many guidelines exist.

The advisory pages, lists and home page are counted in tests/test_query_counts.py,
campaigns, audiences, directory and impact in their apps' tests, feeds in
tests/test_feeds.py; this file covers the page types left. Counts are exact and
taken with the page cache off (the test settings' default): a cached page needs none.
Each page is counted after a change of the site and on the next request, which finds
the site's structure in the structure cache (as in tests/test_query_counts.py).
"""

import pytest

from awareness_site import structure
from tests.factories import AudienceFactory, GuidelinePageFactory, ThreatCategoryFactory

pytestmark = pytest.mark.django_db

GUIDELINE_PAGE_QUERIES = (7, 1)  # (after a change, then): then only the page's own row
GUIDELINE_LIST_QUERIES = (11, 4)  # then: the row, the list, 2 prefetches (the count is kept)


@pytest.fixture
def add_guidelines(guideline_index, help_settings):
    category, audience = ThreatCategoryFactory(), AudienceFactory()

    def add(count):
        pages = []
        for _number in range(count):
            page = GuidelinePageFactory(parent=guideline_index)
            page.threat_categories = [category]
            page.audiences = [audience]
            page.save()
            pages.append(page)
        return pages

    return add


def queries_for(client, django_assert_num_queries, url, expected):
    after_change, then = expected
    client.get(url)  # the first request fills Wagtail's per-process caches (site root paths)
    structure.forget_structure()
    with django_assert_num_queries(after_change):
        first = client.get(url)
    with django_assert_num_queries(then):
        response = client.get(url)
    assert first.status_code == response.status_code == 200
    assert first.content == response.content


@pytest.mark.parametrize("count", [1, 12])
def test_a_guideline_page_needs_the_same_queries_however_many_guidelines(
    client, add_guidelines, django_assert_num_queries, count
):
    page = add_guidelines(count)[0]
    queries_for(client, django_assert_num_queries, page.url, GUIDELINE_PAGE_QUERIES)


@pytest.mark.parametrize("count", [1, 12])
def test_the_guideline_list_needs_the_same_queries_however_many_guidelines(
    client, add_guidelines, guideline_index, django_assert_num_queries, count
):
    add_guidelines(count)
    queries_for(client, django_assert_num_queries, guideline_index.url, GUIDELINE_LIST_QUERIES)
