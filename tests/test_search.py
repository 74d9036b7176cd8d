"""Search over live advisories and guidelines, in the reader's language."""

import pytest
from wagtail.models import Locale, PageViewRestriction

from advisories.models.indexes import PAGE_SIZE
from tests.factories import AdvisoryPageFactory, GuidelinePageFactory, ThreatCategoryFactory

pytestmark = pytest.mark.django_db


def found(response):
    return [page.title for page in response.context["results"]]


def test_search_finds_advisories_and_guidelines_by_title_summary_and_body(
    client, advisory_index, guideline_index
):
    AdvisoryPageFactory(parent=advisory_index, title="Fake KYC update SMS")
    AdvisoryPageFactory(
        parent=advisory_index, title="Loan apps", summary="They copy your contacts."
    )
    AdvisoryPageFactory(
        parent=advisory_index,
        title="Parcel calls",
        body=[("red_flags", {"heading": "", "flags": ["A customs officer on video."]})],
    )
    GuidelinePageFactory(parent=guideline_index, title="Paying online safely")

    assert found(client.get("/search/?q=KYC")) == ["Fake KYC update SMS"]
    assert found(client.get("/search/?q=contacts")) == ["Loan apps"]
    assert found(client.get("/search/?q=customs")) == ["Parcel calls"]
    assert found(client.get("/search/?q=paying")) == ["Paying online safely"]


def test_search_finds_advisories_by_their_kind_of_fraud(client, advisory_index):
    category = ThreatCategoryFactory(name="Sextortion")
    page = AdvisoryPageFactory(parent=advisory_index, title="Video-call blackmail")
    page.threat_categories = [category]
    page.save_revision().publish()
    # Categories are written just after the page row, and the test task backend indexes
    # at once (the real worker runs after commit): a second publication indexes them.
    page.save_revision().publish()
    assert found(client.get("/search/?q=sextortion")) == ["Video-call blackmail"]


def test_search_never_shows_drafts_or_private_pages(client, advisory_index):
    AdvisoryPageFactory(parent=advisory_index, title="KYC public advice")
    AdvisoryPageFactory(parent=advisory_index, title="KYC draft advice", live=False)
    private = AdvisoryPageFactory(parent=advisory_index, title="KYC private advice")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert found(client.get("/search/?q=KYC")) == ["KYC public advice"]


def test_search_covers_only_the_current_language(client, advisory_index):
    ur = Locale.objects.get(language_code="ur")
    advisory_index.copy_for_translation(ur).save_revision().publish()
    english = AdvisoryPageFactory(parent=advisory_index, title="KYC expired message")
    urdu = english.copy_for_translation(ur)
    urdu.title = "KYC کے پیغامات"
    urdu.save_revision().publish()

    assert found(client.get("/search/?q=KYC")) == ["KYC expired message"]
    assert found(client.get("/ur/search/?q=KYC")) == ["KYC کے پیغامات"]
    assert found(client.get("/ur/search/?q=پیغامات")) == ["KYC کے پیغامات"]


def test_search_results_are_paginated_and_keep_the_query(client, advisory_index):
    for number in range(PAGE_SIZE + 1):
        AdvisoryPageFactory(parent=advisory_index, title=f"Loan app warning {number}")
    first = client.get("/search/?q=loan")
    assert len(found(first)) == PAGE_SIZE
    assert 'href="?q=loan&amp;page=2"' in first.content.decode()
    assert len(found(client.get("/search/?q=loan&page=2"))) == 1


def test_empty_search_shows_the_form_and_a_hint(client, home):
    response = client.get("/search/")
    assert response.status_code == 200
    assert "for example KYC, courier, loan or OTP" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ["%00", "kyc%00loan", "%22%27%3B--", "*", "(((", "AND OR NOT", "x" * 5000, "%0A%0D%09", "🙂"],
)
def test_odd_search_input_never_breaks_the_page(client, advisory, query):
    response = client.get(f"/search/?q={query}")
    assert response.status_code == 200


def test_search_page_has_a_title_and_description(client, home):
    html = client.get("/search/?q=loan").content.decode()
    assert "<title>Search: loan |" in html
    assert '<meta name="description" content="Search the fraud advisories' in html
