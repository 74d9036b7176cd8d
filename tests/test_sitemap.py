"""sitemap.xml covers the public pages of every language; robots.txt points to it."""

from datetime import timedelta

from django.utils import timezone
from lxml import etree
from wagtail.models import PageViewRestriction

from advisories.models import AdvisoryPage
from tests.feeds_support import fresh_state, locale, new_advisory, publish  # noqa: F401

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = etree.fromstring(response.content)
    return [loc.text for loc in root.findall("s:url/s:loc", SITEMAP_NS)]


def test_sitemap_lists_the_public_pages_of_every_language(client, advisory_index):
    page = new_advisory(advisory_index, title="Fake KYC update SMS")
    urdu = page.copy_for_translation(locale("ur"), copy_parents=True)
    publish(urdu)
    urls = sitemap_urls(client)
    for expected in (
        "http://localhost/",
        "http://localhost/hi/",
        "http://localhost/ur/",
        advisory_index.get_full_url(),
        page.get_full_url(),
        urdu.get_full_url(),
    ):
        assert expected in urls
    assert urdu.get_full_url().startswith("http://localhost/ur/")
    assert len(urls) == len(set(urls))


def test_sitemap_leaves_out_drafts_private_and_scheduled_pages(client, advisory_index):
    draft = AdvisoryPage(title="Draft", slug="draft", summary="s", live=False)
    advisory_index.add_child(instance=draft)
    draft.save_revision()
    scheduled = AdvisoryPage(title="Scheduled", slug="scheduled", summary="s", live=False)
    scheduled.go_live_at = timezone.now() + timedelta(days=1)
    advisory_index.add_child(instance=scheduled)
    scheduled.save_revision().publish()
    private = new_advisory(advisory_index, title="Private", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    new_advisory(advisory_index, title="Withdrawn", slug="withdrawn").unpublish()
    urls = " ".join(sitemap_urls(client))
    for slug in ("draft", "scheduled", "private", "withdrawn"):
        assert f"/{slug}/" not in urls


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin_and_search(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    for prefix in ("", "/hi", "/bn", "/ur"):
        assert f"Disallow: {prefix}/search/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /feeds/" not in lines
