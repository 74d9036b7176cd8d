"""Audience pages: one for each audience, with what is aimed at it and where to follow it."""

from datetime import date

import pytest
from django.utils import translation
from freezegun import freeze_time
from wagtail.models import Locale

from awareness_site.models import Audience
from campaigns.models import AudienceIndexPage
from tests.campaign_factories import (
    AudienceIndexPageFactory,
    CampaignIndexPageFactory,
    CampaignPageFactory,
    OutreachSessionFactory,
    count_queries,
    ist,
)
from tests.factories import (
    AdvisoryPageFactory,
    AudienceFactory,
    GuidelineIndexPageFactory,
    GuidelinePageFactory,
)

pytestmark = pytest.mark.usefixtures("frozen")


@pytest.fixture(autouse=True)
def english():
    """Addresses reversed in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


@pytest.fixture
def frozen():
    with freeze_time("2026-03-15 06:00:00"):
        yield


@pytest.fixture
def audiences(locales):
    return {
        "elderly": AudienceFactory(slug="senior-citizens", name="Senior citizens"),
        "students": AudienceFactory(slug="school-students", name="School students"),
    }


@pytest.fixture
def audience_index(home, audiences):
    return AudienceIndexPageFactory(parent=home, show_in_menus=True)


@pytest.fixture
def section(home, advisory_index, audiences):
    """Advice, a campaign and sessions for both audiences."""
    guideline_index = GuidelineIndexPageFactory(parent=home)
    campaign_index = CampaignIndexPageFactory(parent=home)
    for key, audience in audiences.items():
        advisory = AdvisoryPageFactory(parent=advisory_index, title=f"Advisory for {key}")
        advisory.audiences.add(audience)
        advisory.save()
        guideline = GuidelinePageFactory(parent=guideline_index, title=f"Guideline for {key}")
        guideline.audiences.add(audience)
        guideline.save()
        campaign = CampaignPageFactory(
            parent=campaign_index, title=f"Campaign for {key}", end_date=date(2026, 4, 30)
        )
        campaign.audiences.add(audience)
        campaign.save()
        OutreachSessionFactory(
            page=campaign, venue=f"Hall for {key}", starts_at=ist(2026, 3, 20, 10)
        )
        OutreachSessionFactory(
            page=campaign, venue=f"Old hall for {key}", starts_at=ist(2026, 3, 1, 10)
        )
    return campaign_index


def audience_url(index, slug):
    return index.url + index.reverse_subpage("audience", args=[slug]).lstrip("/")


def test_index_links_every_audience(client, audience_index, audiences):
    html = client.get(audience_index.url).content.decode()
    for audience in audiences.values():
        assert f'href="{audience_url(audience_index, audience.slug)}"' in html
        assert audience.name in html


def test_audience_page_shows_what_is_aimed_at_it(client, audience_index, section):
    response = client.get(audience_url(audience_index, "senior-citizens"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Senior citizens</h1>" in html
    assert "<title>Senior citizens | " in html
    for kind in ("Advisory", "Guideline", "Campaign", "Hall"):
        assert f"{kind} for elderly" in html
        assert f"{kind} for students" not in html
    assert "Old hall for elderly" not in html  # only sessions still to come


def test_audience_page_links_its_feeds(client, audience_index, section):
    html = client.get(audience_url(audience_index, "senior-citizens")).content.decode()
    assert "/calendar/audience/senior-citizens.ics" in html
    assert "senior-citizens" in html and "rss" in html and "atom" in html
    assert 'type="text/calendar"' in html


def test_audience_page_leaves_out_drafts(client, audience_index, advisory_index, audiences):
    draft = AdvisoryPageFactory(parent=advisory_index, title="Draft for elderly", live=False)
    draft.audiences.add(audiences["elderly"])
    draft.save()
    html = client.get(audience_url(audience_index, "senior-citizens")).content.decode()
    assert "Draft for elderly" not in html


@pytest.mark.parametrize("slug", ["martians", "senior-citizens-x", "%3Cb%3E", "a" * 300])
def test_unknown_audience_is_not_found(client, audience_index, slug):
    assert client.get(audience_index.url + slug + "/").status_code == 404


def test_each_language_shows_its_own_audience_names(client, audience_index, audiences):
    hindi = Locale.objects.get(language_code="hi")
    translated = audiences["elderly"].copy_for_translation(hindi)
    translated.name = "वरिष्ठ नागरिक"
    translated.save()
    index_hi = audience_index.copy_for_translation(hindi)
    index_hi.save_revision().publish()
    index_hi = AudienceIndexPage.objects.get(pk=index_hi.pk)
    response = client.get(audience_url(index_hi, "senior-citizens"))
    assert response.status_code == 200
    assert "<h1>वरिष्ठ नागरिक</h1>" in response.content.decode()
    assert client.get(audience_url(index_hi, "school-students")).status_code == 404


def test_sitemap_lists_every_audience_page(audience_index, audiences, rf):
    locations = [u["location"] for u in audience_index.get_sitemap_urls(rf.get("/"))]
    for audience in Audience.objects.filter(locale=audience_index.locale):
        assert any(loc.endswith(f"/for-you/{audience.slug}/") for loc in locations)


def test_audience_page_queries_do_not_grow(
    client, audience_index, section, audiences, django_assert_num_queries
):
    elderly = audiences["elderly"]
    url = audience_url(audience_index, "senior-citizens")
    baseline = count_queries(client, url)
    for n in range(5):
        campaign = CampaignPageFactory(parent=section, end_date=date(2026, 5, n + 1))
        campaign.audiences.add(elderly)
        campaign.save()
        OutreachSessionFactory(page=campaign, starts_at=ist(2026, 3, 25, 10))
        OutreachSessionFactory(page=campaign, starts_at=ist(2026, 3, 26, 10), audience=elderly)
    client.get(url)
    with django_assert_num_queries(baseline):
        client.get(url)
