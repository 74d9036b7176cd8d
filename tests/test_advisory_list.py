"""The advisory list: newest first, filters that combine and survive pagination, any input."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from advisories.choices import Severity
from advisories.models.indexes import PAGE_SIZE
from tests.factories import (
    AdvisoryPageFactory,
    AudienceFactory,
    DistrictFactory,
    ThreatCategoryFactory,
)

pytestmark = pytest.mark.django_db


def advisory(index, title, days_ago=1, categories=(), audiences=(), **fields):
    page = AdvisoryPageFactory(
        parent=index,
        title=title,
        first_published_at=timezone.now() - timedelta(days=days_ago),
        **fields,
    )
    page.threat_categories = list(categories)
    page.audiences = list(audiences)
    page.save()
    return page


def titles_in(response):
    return [page.title for page in response.context["advisories"]]


def test_list_shows_live_advisories_newest_first(client, advisory_index):
    advisory(advisory_index, "Older", days_ago=9)
    advisory(advisory_index, "Newest", days_ago=1)
    advisory(advisory_index, "Middle", days_ago=5)
    response = client.get(advisory_index.url)
    assert titles_in(response) == ["Newest", "Middle", "Older"]
    assert "3 advisories" in response.content.decode()


def test_drafts_private_and_scheduled_advisories_are_never_listed(client, advisory_index):
    advisory(advisory_index, "Published")
    advisory(advisory_index, "A draft", live=False)
    scheduled = advisory(advisory_index, "Scheduled", live=False)
    scheduled.go_live_at = timezone.now() + timedelta(days=1)
    scheduled.save_revision().publish()  # Wagtail keeps it unpublished until go_live_at
    private = advisory(advisory_index, "Private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    html = client.get(advisory_index.url).content.decode()
    assert "Published" in html
    for hidden in ("A draft", "Scheduled", "Private"):
        assert hidden not in html


@pytest.fixture
def taxonomy(db):
    return {
        "kyc": ThreatCategoryFactory(slug="kyc"),
        "loan": ThreatCategoryFactory(slug="loan"),
        "elders": AudienceFactory(slug="elders"),
        "students": AudienceFactory(slug="students"),
        "jammu": DistrictFactory(slug="jammu"),
    }


@pytest.fixture
def mixed_advisories(advisory_index, taxonomy):
    t = taxonomy
    advisory(advisory_index, "KYC for elders", 1, [t["kyc"]], [t["elders"]], severity=4)
    advisory(advisory_index, "KYC for students", 2, [t["kyc"]], [t["students"]], severity=2)
    advisory(
        advisory_index, "Loan app in Jammu", 3, [t["loan"]], [t["elders"]], district=t["jammu"]
    )
    advisory(advisory_index, "Loan app everywhere", 4, [t["loan"]], [t["students"]], severity=4)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("category=kyc", ["KYC for elders", "KYC for students"]),
        ("audience=elders", ["KYC for elders", "Loan app in Jammu"]),
        ("severity=4", ["KYC for elders", "Loan app everywhere"]),
        ("district=jammu", ["Loan app in Jammu"]),
        ("category=kyc&audience=elders", ["KYC for elders"]),
        ("category=loan&severity=4", ["Loan app everywhere"]),
        ("category=kyc&audience=elders&severity=4&district=jammu", []),
        ("category=&audience=&severity=&district=", None),
    ],
)
def test_filters_narrow_the_list_and_combine(
    client, advisory_index, mixed_advisories, query, expected
):
    response = client.get(f"{advisory_index.url}?{query}")
    assert response.status_code == 200
    everything = ["KYC for elders", "KYC for students", "Loan app in Jammu", "Loan app everywhere"]
    assert titles_in(response) == (everything if expected is None else expected)
    assert "not understood" not in response.content.decode()


def test_filters_survive_pagination(client, advisory_index, taxonomy):
    for number in range(PAGE_SIZE + 2):
        advisory(advisory_index, f"KYC {number:02}", days_ago=number, categories=[taxonomy["kyc"]])
    for number in range(3):
        advisory(advisory_index, f"Loan {number}", days_ago=number, categories=[taxonomy["loan"]])

    first = client.get(f"{advisory_index.url}?category=kyc&severity=")
    assert len(titles_in(first)) == PAGE_SIZE
    assert f"{PAGE_SIZE + 2} advisories" in first.content.decode()
    assert 'href="?category=kyc&amp;page=2"' in first.content.decode()

    second = client.get(f"{advisory_index.url}?category=kyc&page=2")
    assert titles_in(second) == [f"KYC {PAGE_SIZE:02}", f"KYC {PAGE_SIZE + 1:02}"]
    assert 'href="?category=kyc&amp;page=1"' in second.content.decode()


@pytest.mark.parametrize(
    ("query", "ignored"),
    [
        ("severity=abc", "Severity"),
        ("severity=99", "Severity"),
        ("severity=1e3", "Severity"),
        ("severity=99999999999999999999999", "Severity"),
        ("category=no-such-kind", "Kind of fraud"),
        ("category=%00kyc", "Kind of fraud"),
        ("category=%3Cscript%3E", "Kind of fraud"),
        ("audience=elders%27%20OR%201=1--", "Who it affects"),
        ("district=" + "x" * 5000, "District"),
        ("district=%E0%A4%9C%E0%A4%AE%E0%A5%8D%E0%A4%AE%E0%A5%82", "District"),
    ],
)
def test_unknown_or_malformed_filters_are_ignored_with_a_notice(
    client, advisory_index, mixed_advisories, query, ignored
):
    response = client.get(f"{advisory_index.url}?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Some filters were not understood and were ignored:" in html
    assert ignored in html
    assert len(titles_in(response)) == 4
    assert "<script>" not in html


def test_a_bad_filter_is_ignored_while_the_good_ones_still_apply(
    client, advisory_index, mixed_advisories
):
    response = client.get(f"{advisory_index.url}?category=kyc&severity=high")
    assert titles_in(response) == ["KYC for elders", "KYC for students"]
    assert response.context["filter_query"] == "category=kyc"  # what pagination links keep
    assert "Severity" in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999999999999999999", "2.5", "%00"])
def test_a_bad_page_number_shows_the_nearest_page(client, advisory_index, mixed_advisories, page):
    response = client.get(f"{advisory_index.url}?page={page}")
    assert response.status_code == 200
    assert len(titles_in(response)) == 4


def test_repeated_filter_parameters_do_not_break_the_list(client, advisory_index, mixed_advisories):
    response = client.get(f"{advisory_index.url}?category=kyc&category=loan&severity=4&severity=x")
    assert response.status_code == 200


def test_list_has_title_description_and_open_graph_tags(client, advisory_index):
    advisory_index.intro = "Frauds reported to us, newest first."
    advisory_index.save()
    html = client.get(advisory_index.url).content.decode()
    assert f"<title>{advisory_index.title} |" in html
    assert '<meta name="description" content="Frauds reported to us, newest first.">' in html
    assert '<meta property="og:type" content="website">' in html
    assert f'<meta property="og:url" content="{advisory_index.full_url}">' in html


def test_severity_filter_offers_the_public_wording(client, advisory_index):
    html = client.get(advisory_index.url).content.decode()
    for level in Severity:
        assert f'<option value="{level.value}">{level.label}</option>' in html
