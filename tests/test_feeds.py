"""RSS, Atom and JSON Feed: complete items, valid XML whatever editors type, only live
public advisories, stable GUIDs, constant query counts, caching and conditional GET."""

import html
import json
import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone
from lxml import etree
from wagtail.models import PageViewRestriction

from advisories.feeds.cache import feed_paths_for_page
from advisories.feeds.scopes import FEED_SIZE
from advisories.models import AdvisoryIndexPage, AdvisoryPage
from tests.factories import AudienceFactory, DistrictFactory, ImageFactory, ThreatCategoryFactory
from tests.feeds_support import (
    ATOM_NS,
    edit,
    fresh_state,  # noqa: F401 (autouse)
    locale,
    new_advisory,
    parse_feed,
    publish,
    unit,  # noqa: F401 (fixture)
)

FEEDS = ["/feeds/advisories.rss", "/feeds/advisories.atom"]
RFC822 = re.compile(r"^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d [+-]\d{4}$")
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")


@pytest.fixture
def terms(home):
    return {
        "category": ThreatCategoryFactory(name="KYC & <update> fraud", slug="kyc"),
        "audience": AudienceFactory(name="Senior citizens", slug="seniors"),
        "district": DistrictFactory(name="Kolkata", slug="kolkata", state="West Bengal"),
    }


@pytest.fixture
def full_advisory(advisory_index, terms, unit):  # noqa: F811
    return new_advisory(
        advisory_index,
        title="Fake KYC update SMS",
        categories=[terms["category"]],
        audiences=[terms["audience"]],
        district=terms["district"],
        listing_image=ImageFactory(alt_text="Screenshot of the fake SMS"),
    )


def test_rss_item_has_every_field(client, full_advisory):
    feed = parse_feed(client.get("/feeds/advisories.rss"))
    assert feed.version == "rss20"
    (item,) = feed.entries
    assert item.title == "Fake KYC update SMS"
    assert item.summary == full_advisory.summary
    assert item.link == full_advisory.get_full_url()
    assert item.link.startswith("http://")
    assert item.id == f"urn:uuid:{full_advisory.guid}"
    assert item.guidislink is False
    assert item.published_parsed and item.updated_parsed
    assert item.author == "Cyber Police <South> & West"
    assert [tag.term for tag in item.tags] == ["KYC & <update> fraud", "Senior citizens"]
    (enclosure,) = item.enclosures
    assert enclosure.type == "image/jpeg" and int(enclosure.length) > 0
    assert enclosure.href.endswith(".fill-1200x630.jpg")
    assert item.media_content[0]["url"] == enclosure.href


def test_atom_entry_has_every_field_and_whole_links(client, full_advisory):
    response = client.get("/feeds/advisories.atom")
    feed = parse_feed(response)
    assert feed.version == "atom10"
    (entry,) = feed.entries
    assert entry.id == f"urn:uuid:{full_advisory.guid}"
    assert entry.title == "Fake KYC update SMS"
    assert entry.summary == full_advisory.summary
    assert entry.author == "Cyber Police <South> & West"
    assert {tag.term for tag in entry.tags} == {"kyc", "seniors"}
    assert entry.published_parsed and entry.updated_parsed
    # feedgen 1.0 drops rel, type and length from entry links: the enclosure would
    # become a second plain ("alternate") link. Both must keep their attributes.
    links = etree.fromstring(response.content).findall("atom:entry/atom:link", ATOM_NS)
    assert [(link.get("rel"), link.get("type")) for link in links] == [
        ("alternate", "text/html"),
        ("enclosure", "image/jpeg"),
    ]
    assert links[0].get("href") == full_advisory.get_full_url()
    assert int(links[1].get("length")) > 0
    assert [link.rel for link in entry.links] == ["alternate", "enclosure"]


def test_json_feed_has_the_same_items(client, full_advisory):
    response = client.get("/feeds/advisories.json")
    assert response["Content-Type"] == "application/feed+json; charset=utf-8"
    feed = json.loads(response.content)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"].endswith("/feeds/advisories.json")
    (item,) = feed["items"]
    assert item["id"] == f"urn:uuid:{full_advisory.guid}"
    assert item["url"] == full_advisory.get_full_url()
    assert item["title"] == "Fake KYC update SMS"
    assert item["summary"] == full_advisory.summary
    assert RFC3339.match(item["date_published"]) and RFC3339.match(item["date_modified"])
    assert item["tags"] == ["KYC & <update> fraud", "Senior citizens"]
    assert item["authors"] == [{"name": "Cyber Police <South> & West"}]
    assert item["image"].endswith(".fill-1200x630.jpg")
    assert item["attachments"][0]["title"] == "Screenshot of the fake SMS"


def test_rss_channel_link_is_the_web_page_not_the_feed(client, full_advisory):
    # feedgen 1.0 takes the channel link from the last link() call, even rel="self".
    response = client.get("/feeds/advisories.rss")
    channel = etree.fromstring(response.content).find("channel")
    assert channel.findtext("link") == "http://localhost/advisories/"
    self_link = channel.find("{http://www.w3.org/2005/Atom}link")
    assert self_link.get("rel") == "self"
    assert self_link.get("href") == "http://testserver/feeds/advisories.rss"


@pytest.mark.parametrize("path", [*FEEDS, "/feeds/advisories.json"])
def test_control_characters_emoji_rtl_and_markup_give_valid_feeds(client, advisory_index, path):
    new_advisory(
        advisory_index,
        title="Refund \x0bscam\x08 & <b>cash</b> 🚨",
        summary="جعلی کے وائی سی پیغام\x1f سے بچیں & <script>",
    )
    response = client.get(path)
    if path.endswith(".json"):
        (item,) = json.loads(response.content)["items"]
        title, summary = item["title"], item["summary"]
    else:
        (entry,) = parse_feed(response).entries
        title, summary = entry.title, entry.summary
        if path.endswith(".rss"):  # an RSS description is HTML: the text arrives escaped
            summary = html.unescape(summary)
    assert title == "Refund scam & <b>cash</b> 🚨"
    assert summary == "جعلی کے وائی سی پیغام سے بچیں & <script>"


def test_times_are_rfc822_in_rss_and_rfc3339_in_atom_with_offsets(client, full_advisory):
    rss = etree.fromstring(client.get("/feeds/advisories.rss").content)
    assert RFC822.match(rss.findtext("channel/item/pubDate"))
    assert rss.findtext("channel/item/pubDate").endswith("+0530")
    assert RFC822.match(rss.findtext("channel/lastBuildDate"))
    atom = etree.fromstring(client.get("/feeds/advisories.atom").content)
    for path in ("atom:updated", "atom:entry/atom:published", "atom:entry/atom:updated"):
        assert RFC3339.match(atom.findtext(path, namespaces=ATOM_NS)), path


def test_first_published_and_updated_times_differ_after_the_advice_changes(client, full_advisory):
    first = timezone.now() - timedelta(days=3)
    AdvisoryPage.objects.filter(pk=full_advisory.pk).update(first_published_at=first)
    later = first + timedelta(days=2)
    edit(full_advisory, updated_at=later)
    (entry,) = parse_feed(client.get("/feeds/advisories.atom")).entries
    assert entry.published_parsed < entry.updated_parsed
    (item,) = json.loads(client.get("/feeds/advisories.json").content)["items"]
    assert item["date_modified"] == timezone.localtime(later).replace(microsecond=0).isoformat()


@pytest.mark.parametrize("kind", ["category", "audience", "district"])
@pytest.mark.parametrize("fmt", ["rss", "atom", "json"])
def test_taxonomy_feeds_hold_only_their_advisories(client, advisory_index, terms, kind, fmt):
    fields = {
        "category": {"categories": [terms["category"]]},
        "audience": {"audiences": [terms["audience"]]},
        "district": {"district": terms["district"]},
    }[kind]
    new_advisory(advisory_index, title="In scope", **fields)
    new_advisory(advisory_index, title="Elsewhere")
    response = client.get(f"/feeds/{kind}/{terms[kind].slug}.{fmt}")
    if fmt == "json":
        titles = [item["title"] for item in json.loads(response.content)["items"]]
    else:
        titles = [entry.title for entry in parse_feed(response).entries]
    assert titles == ["In scope"]


def test_unknown_term_or_format_is_not_found(client, advisory_index, terms):
    assert client.get("/feeds/category/no-such-kind.rss").status_code == 404
    assert client.get("/feeds/audience/kyc.rss").status_code == 404  # a category, not an audience
    assert client.get("/feeds/advisories.xml").status_code == 404


def test_each_language_has_its_own_feed(client, advisory_index):
    english = new_advisory(advisory_index, title="Fake KYC update SMS")
    urdu = english.copy_for_translation(locale("ur"), copy_parents=True)
    urdu.title = "جعلی کے وائی سی اپ ڈیٹ ایس ایم ایس"
    publish(urdu)
    (urdu_entry,) = parse_feed(client.get("/ur/feeds/advisories.atom")).entries
    assert urdu_entry.title == urdu.title
    assert urdu_entry.link == urdu.get_full_url()
    assert "/ur/" in urdu_entry.link
    assert urdu_entry.id != f"urn:uuid:{english.guid}"
    assert parse_feed(client.get("/ur/feeds/advisories.rss")).feed.language == "ur"
    (english_entry,) = parse_feed(client.get("/feeds/advisories.atom")).entries
    assert english_entry.title == "Fake KYC update SMS"
    assert parse_feed(client.get("/hi/feeds/advisories.rss")).entries == []


def test_feeds_carry_the_latest_fifty_newest_first(client, advisory_index):
    for number in range(FEED_SIZE + 2):
        new_advisory(advisory_index, title=f"Advisory {number}")
    titles = [entry.title for entry in parse_feed(client.get("/feeds/advisories.rss")).entries]
    assert len(titles) == FEED_SIZE
    assert titles[0] == f"Advisory {FEED_SIZE + 1}"
    assert "Advisory 0" not in titles and "Advisory 1" not in titles


def _add_full_advisories(index, terms, count):
    for number in range(count):
        new_advisory(
            index,
            title=f"Advisory {number}",
            categories=[terms["category"], ThreatCategoryFactory()],
            audiences=[terms["audience"]],
            district=terms["district"],
            listing_image=ImageFactory(),
        )


@pytest.mark.parametrize(
    ("path", "queries"),
    [
        ("/feeds/advisories.rss", 11),
        ("/feeds/advisories.json", 11),
        ("/feeds/category/kyc.atom", 12),
        ("/feeds/district/kolkata.rss", 12),
    ],
)
def test_building_a_feed_costs_the_same_queries_for_any_number_of_advisories(
    client, advisory_index, terms, django_assert_num_queries, path, queries
):
    for count in (2, 9):
        _add_full_advisories(advisory_index, terms, count)
        cache.clear()
        client.get(path)  # renditions of new images are made once, on first use
        cache.clear()
        with django_assert_num_queries(queries):
            response = client.get(path)
        assert response.status_code == 200


def test_a_cached_feed_is_served_without_touching_the_database(
    client, full_advisory, django_assert_num_queries
):
    first = client.get("/feeds/advisories.atom")
    with django_assert_num_queries(0):
        again = client.get("/feeds/advisories.atom")
    assert again.content == first.content


def test_no_draft_private_scheduled_unpublished_or_expired_page_in_any_feed(
    client, advisory_index, terms, django_capture_on_commit_callbacks
):
    everywhere = {"categories": [terms["category"]], "audiences": [terms["audience"]]}
    new_advisory(advisory_index, title="Public advice", district=terms["district"], **everywhere)
    with django_capture_on_commit_callbacks(execute=True):
        draft = AdvisoryPage(title="Draft advice", summary="s", live=False, **{})
        advisory_index.add_child(instance=draft)
        draft.threat_categories = [terms["category"]]
        draft.save_revision()
        scheduled = AdvisoryPage(title="Scheduled advice", summary="s", live=False)
        scheduled.go_live_at = timezone.now() + timedelta(days=1)
        advisory_index.add_child(instance=scheduled)
        scheduled.save_revision().publish()
        new_advisory(advisory_index, title="Unpublished advice", **everywhere).unpublish()
        private = new_advisory(advisory_index, title="Private advice", **everywhere)
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        expired = new_advisory(advisory_index, title="Expired advice", **everywhere)
        expired.expire_at = timezone.now() - timedelta(minutes=1)
        expired.save()
        expired.unpublish(set_expired=True)
    for path in [
        *FEEDS,
        "/feeds/category/kyc.atom",
        "/feeds/audience/seniors.rss",
        "/feeds/district/kolkata.atom",
    ]:
        titles = {entry.title for entry in parse_feed(client.get(path)).entries}
        assert titles <= {"Public advice"}, path
    body = client.get("/feeds/advisories.json").content.decode()
    for secret in ("Draft", "Scheduled", "Unpublished", "Private", "Expired"):
        assert secret not in body


def test_a_live_page_shows_its_live_version_not_a_scheduled_or_draft_one(client, advisory_index):
    page = new_advisory(advisory_index, title="Live title")
    draft = AdvisoryPage.objects.get(pk=page.pk)
    draft.title = "Draft title"
    draft.save_revision()
    scheduled = AdvisoryPage.objects.get(pk=page.pk)
    scheduled.title = "Scheduled title"
    scheduled.go_live_at = timezone.now() + timedelta(days=1)
    scheduled.save_revision().publish()
    (entry,) = parse_feed(client.get("/feeds/advisories.rss")).entries
    assert entry.title == "Live title"


def test_guid_stays_the_same_across_edits_renames_and_moves(
    client, advisory_index, home, django_capture_on_commit_callbacks
):
    page = new_advisory(advisory_index, title="Fake KYC update SMS")
    guid = f"urn:uuid:{page.guid}"
    other_index = AdvisoryIndexPage(title="Older advisories", slug="older")
    home.add_child(instance=other_index)
    with django_capture_on_commit_callbacks(execute=True):
        page = edit(page, title="Fake KYC SMS: new wording", slug="kyc-sms")
        page.move(other_index, pos="last-child")
    page.refresh_from_db()
    for path in FEEDS:
        (entry,) = parse_feed(client.get(path)).entries
        assert entry.id == guid
        assert entry.title == "Fake KYC SMS: new wording"
        assert entry.link == page.get_full_url()
        assert "/older/kyc-sms/" in entry.link


def test_a_copy_is_a_new_advisory_with_its_own_guid(advisory_index):
    page = new_advisory(advisory_index, title="Original")
    copy = page.copy(update_attrs={"slug": "original-copy", "title": "Copy"})
    assert copy.guid != page.guid


def test_unchanged_feed_answers_304_to_etag_and_last_modified(client, full_advisory):
    for path in [*FEEDS, "/feeds/advisories.json", "/feeds/category/kyc.atom"]:
        first = client.get(path)
        assert first["ETag"] and first["Last-Modified"]
        assert first["Cache-Control"] == "public, max-age=300"
        by_etag = client.get(path, headers={"if-none-match": first["ETag"]})
        assert by_etag.status_code == 304 and by_etag.content == b""
        by_date = client.get(path, headers={"if-modified-since": first["Last-Modified"]})
        assert by_date.status_code == 304
        other = client.get(path, headers={"if-none-match": '"something-else"'})
        assert other.status_code == 200 and other.content == first.content
        head = client.head(path)
        assert head.status_code == 200 and head["ETag"] == first["ETag"]


def test_feeds_refuse_writes(client, full_advisory):
    assert client.post("/feeds/advisories.rss").status_code == 405


@pytest.mark.parametrize("change", ["publish", "edit", "unpublish", "move", "delete"])
def test_cached_feeds_change_when_an_advisory_does(
    client, advisory_index, home, terms, django_capture_on_commit_callbacks, change
):
    page = new_advisory(advisory_index, title="First advice", categories=[terms["category"]])
    other_index = AdvisoryIndexPage(title="Older advisories", slug="older")
    home.add_child(instance=other_index)
    paths = [*FEEDS, "/feeds/advisories.json", "/feeds/category/kyc.rss", "/feeds/cap/index.atom"]
    before = {path: client.get(path) for path in paths}
    with django_capture_on_commit_callbacks(execute=True):
        if change == "publish":
            new_advisory(advisory_index, title="Second advice", categories=[terms["category"]])
        elif change == "edit":
            edit(page, title="First advice, reworded")
        elif change == "unpublish":
            page.unpublish()
        elif change == "move":
            page.move(other_index, pos="last-child")
        else:
            page.delete()
    for path, old in before.items():
        new = client.get(path, headers={"if-none-match": old["ETag"]})
        assert new.status_code == 200, (change, path)
        assert new.content != old.content


def test_renaming_a_category_refreshes_the_cached_feeds(
    client, advisory_index, terms, django_capture_on_commit_callbacks
):
    new_advisory(advisory_index, categories=[terms["category"]])
    assert parse_feed(client.get("/feeds/category/kyc.rss")).feed.title.endswith("fraud")
    with django_capture_on_commit_callbacks(execute=True):
        terms["category"].name = "KYC-update scams"
        terms["category"].save()
    feed = parse_feed(client.get("/feeds/category/kyc.rss"))
    assert feed.feed.title == "Cyber Police: KYC-update scams"
    assert feed.entries[0].tags[0].term == "KYC-update scams"


def test_a_change_in_one_language_keeps_the_other_languages_cached(
    client, advisory_index, django_capture_on_commit_callbacks, django_assert_num_queries
):
    client.get("/ur/feeds/advisories.rss")
    with django_capture_on_commit_callbacks(execute=True):
        new_advisory(advisory_index, title="English only")
    with django_assert_num_queries(0):
        assert client.get("/ur/feeds/advisories.rss").status_code == 200


def test_feed_paths_for_page_names_every_feed_a_change_may_touch(advisory_index, terms):
    page = new_advisory(advisory_index, categories=[terms["category"]])
    paths = feed_paths_for_page(page)
    for expected in (
        "/feeds/advisories.rss",
        "/feeds/advisories.atom",
        "/feeds/advisories.json",
        "/feeds/category/kyc.rss",
        "/feeds/audience/seniors.atom",  # the page is not for seniors, but may just have been
        "/feeds/district/kolkata.json",
        "/feeds/cap/index.atom",
        f"/feeds/cap/{page.guid}.xml",
    ):
        assert expected in paths
    assert not any(path.startswith("/ur/") for path in paths)
    assert feed_paths_for_page(advisory_index) == []


def test_home_and_advisory_list_announce_their_feeds(client, advisory_index, terms):
    home_page = client.get("/").content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Cyber Police: fraud advisories'
        ' (RSS)" href="/feeds/advisories.rss">' in home_page
    )
    assert 'type="application/atom+xml"' in home_page
    assert 'href="/feeds/advisories.json"' in home_page
    filtered = client.get(advisory_index.url, {"category": "kyc"}).content.decode()
    assert 'href="/feeds/category/kyc.rss"' in filtered
    assert 'href="/feeds/advisories.rss"' in filtered
    assert 'href="/ur/feeds/advisories.rss"' in client.get("/ur/").content.decode()
