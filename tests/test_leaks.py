"""Drafts, private, scheduled and unpublished pages, and secrets, never reach the public.

Every hidden page carries a made-up word in its slug, title and summary; no
public page, feed, search result, sitemap, calendar, share card or social post
may contain any of those words, nor the site's secret key or a channel's token.
"""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import PageViewRestriction

from advisories.models import AdvisoryPage
from social.models import Channel, Delivery
from tests.campaign_factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    OutreachSessionFactory,
)
from tests.factories import AdvisoryPageFactory, GuidelinePageFactory, ThreatCategoryFactory

pytestmark = pytest.mark.django_db

TOKEN = "tok-5d1e0c9b-never-published"
HIDDEN = ("zorvadraft", "qelprivate", "plimscheduled", "vantunpublished", "quokkadraftedit")


def hidden_advisory(index, word, category, private=False):
    """An advisory published through a revision, as the admin does (signals and all)."""
    page = AdvisoryPageFactory(
        parent=index, slug=word, title=f"Advisory {word}", summary=f"Summary {word}.", live=False
    )
    page.threat_categories.set([category])
    if private:
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="s3")
    page.save_revision().publish()
    return page


@pytest.fixture
def site_with_hidden_pages(advisory_index, guideline_index, monkeypatch):
    cache.clear()  # feed bodies are cached; start from nothing
    monkeypatch.setenv("LEAK_TEST_TOKEN", TOKEN)
    Channel.objects.create(
        name="console", network="console", secret_env={"access_token": "LEAK_TEST_TOKEN"}
    )
    category = ThreatCategoryFactory(slug="phishing")
    visible = hidden_advisory(advisory_index, "visible-advisory", category)
    pages = {"visible": visible}

    pages["draft"] = AdvisoryPageFactory(
        parent=advisory_index, slug="zorvadraft", title="Advisory zorvadraft", live=False
    )
    pages["draft"].summary = "Summary zorvadraft."
    pages["draft"].save_revision()

    pages["private"] = hidden_advisory(advisory_index, "qelprivate", category, private=True)

    scheduled = AdvisoryPageFactory(
        parent=advisory_index, slug="plimscheduled", title="Advisory plimscheduled", live=False
    )
    scheduled.go_live_at = timezone.now() + timedelta(days=3)
    scheduled.summary = "Summary plimscheduled."
    scheduled.save_revision().publish()
    pages["scheduled"] = scheduled

    pages["unpublished"] = hidden_advisory(advisory_index, "vantunpublished", category)
    pages["unpublished"].refresh_from_db()
    pages["unpublished"].unpublish()

    visible.summary = "Summary quokkadraftedit."  # a draft edit of a live page
    visible.save_revision()

    GuidelinePageFactory(parent=guideline_index, slug="visible-guideline")
    campaigns = CampaignIndexPageFactory(parent=advisory_index.get_parent())
    draft_campaign = CampaignPageFactory(parent=campaigns, title="Campaign zorvadraft", live=False)
    OutreachSessionFactory(page=draft_campaign, venue="Hall zorvadraft")
    cache.clear()
    return pages


def public_urls(pages):
    urls = [
        "/",
        "/hi/",
        "/advisories/",
        "/advisories/?category=phishing",
        "/guidelines/",
        pages["visible"].url,
        "/feeds/advisories.rss",
        "/feeds/advisories.atom",
        "/feeds/advisories.json",
        "/feeds/category/phishing.rss",
        "/sitemap.xml",
        "/calendar/sessions.ics",
        "/campaigns/",
    ]
    return urls + [f"/search/?q={word}" for word in (*HIDDEN, "advisory")]


def traces(word):
    """How a hidden page would show: its title, summary, address, campaign or venue."""
    return (f"Advisory {word}", f"Summary {word}", f"/{word}/", f"Campaign {word}", f"Hall {word}")


def assert_nothing_hidden(url, body, hidden=HIDDEN):
    """A search page may repeat the word asked for; it must not show the page itself."""
    for word in hidden:
        for trace in traces(word):
            assert trace not in body, f"{trace} leaked on {url}"
    assert settings.SECRET_KEY not in body, url
    assert TOKEN not in body, url


def test_no_public_page_feed_search_sitemap_or_calendar_shows_hidden_pages(
    client, site_with_hidden_pages
):
    shown = {"/", "/advisories/", "/search/?q=advisory", "/feeds/advisories.rss", "/sitemap.xml"}
    for url in public_urls(site_with_hidden_pages):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert_nothing_hidden(url, body)
        if url in shown:  # the live page is there, so the absence of the others means something
            assert "/visible-advisory/" in body, url


def test_cap_partners_only_hear_that_an_unpublished_advisory_was_withdrawn(
    client, site_with_hidden_pages
):
    """CAP's own way to take an alert back is a Cancel message: no details, just the withdrawal."""
    index = client.get("/feeds/cap/index.atom").content.decode()
    assert_nothing_hidden("CAP index", index, hidden=set(HIDDEN) - {"vantunpublished"})
    entries = [entry for entry in index.split("<entry>") if "vantunpublished" in entry]
    assert entries and all('<category term="Cancel"' in entry for entry in entries)
    withdrawn = AdvisoryPage.objects.get(slug="vantunpublished")
    cancel = client.get(f"/feeds/cap/{withdrawn.guid}.xml").content.decode()
    assert "<msgType>Cancel</msgType>" in cancel and "<info>" not in cancel
    assert_nothing_hidden("CAP cancel", cancel)


def test_hidden_pages_themselves_show_nothing(client, site_with_hidden_pages):
    for state in ("draft", "scheduled", "unpublished"):
        page = site_with_hidden_pages[state]
        response = client.get(f"/advisories/{page.slug}/")
        assert response.status_code == 404, state
        body = response.content.decode()  # it may repeat the address asked for, nothing more
        assert f"Advisory {page.slug}" not in body and f"Summary {page.slug}" not in body
    private = client.get("/advisories/qelprivate/")
    assert b"password" in private.content.lower()
    assert b"Summary qelprivate" not in private.content


def test_hidden_pages_have_no_share_card_or_cap_alert(client, site_with_hidden_pages):
    for state in ("draft", "private", "scheduled", "unpublished"):
        page = AdvisoryPage.objects.get(pk=site_with_hidden_pages[state].pk)
        assert client.get(f"/share-cards/{page.pk}.png").status_code == 404, state
        if state != "unpublished":  # that one has a Cancel message, tested above
            assert client.get(f"/feeds/cap/{page.guid}.xml").status_code == 404, state
    visible = site_with_hidden_pages["visible"]
    assert client.get(f"/share-cards/{visible.pk}.png").status_code == 200


def test_drafts_private_and_scheduled_pages_are_never_posted(site_with_hidden_pages):
    pages = site_with_hidden_pages
    never = [pages[state].pk for state in ("draft", "private", "scheduled")]
    assert not Delivery.objects.filter(page_id__in=never).exists()
    assert Delivery.objects.filter(page=pages["visible"]).exists()  # the publisher does run
    for post in Delivery.objects.all():
        text = f"{post.page_title} {post.text}"
        for word in ("zorvadraft", "qelprivate", "plimscheduled", "quokkadraftedit"):
            assert word not in text
        assert TOKEN not in text and settings.SECRET_KEY not in text
