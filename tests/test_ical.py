"""The iCalendar feeds of outreach sessions, read back by a real iCalendar library."""

from datetime import UTC, date, datetime

import pytest
from django.urls import reverse
from django.utils import translation
from freezegun import freeze_time
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from tests.campaign_factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    OutreachSessionFactory,
    count_queries,
    ist,
)
from tests.factories import AudienceFactory, DistrictFactory

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
def campaign_index(home):
    return CampaignIndexPageFactory(parent=home)


@pytest.fixture
def campaign(campaign_index):
    return CampaignPageFactory(parent=campaign_index, title="School talks")


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response.content


def parse(content):
    """Parse as a subscriber's calendar would, and check what RFC 5545 requires."""
    lines = content.split(b"\r\n")
    assert lines[-1] == b"", "every line ends with CRLF"
    assert all(len(line) <= 75 for line in lines), "lines are folded at 75 octets"
    calendar = Calendar.from_ical(content)
    calendar.validate()
    assert calendar["VERSION"] == "2.0"
    assert not [c.errors for c in calendar.walk() if c.errors]
    assert calendar.get_missing_tzids() == set()
    for event in calendar.walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            assert required in event, required
        assert event.decoded("DTSTAMP").tzinfo is not None
    return calendar


def events(calendar):
    return {str(e["LOCATION"]).split(",")[0]: e for e in calendar.walk("VEVENT")}


def test_feed_is_valid_with_time_zone_and_local_times(client, campaign):
    OutreachSessionFactory(
        page=campaign,
        venue="School hall",
        address="Gandhinagar",
        starts_at=ist(2026, 3, 16, 10, 30),
    )
    calendar = parse(fetch(client, reverse("campaigns:calendar")))
    (timezone,) = calendar.walk("VTIMEZONE")
    assert timezone["TZID"] == "Asia/Kolkata"
    event = events(calendar)["School hall"]
    assert event["DTSTART"].params["TZID"] == "Asia/Kolkata"
    assert event.decoded("DTSTART") == ist(2026, 3, 16, 10, 30)
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2026, 3, 16, 5, 0, tzinfo=UTC)
    assert event.decoded("DTEND") == ist(2026, 3, 16, 12, 30)
    assert str(event["SUMMARY"]) == "School talks: School hall"
    assert str(event["URL"]).endswith(campaign.url)


def test_feed_without_sessions_is_still_valid(client, campaign_index):
    calendar = parse(fetch(client, reverse("campaigns:calendar")))
    assert calendar.walk("VEVENT") == []


def test_uids_are_unique_and_survive_edits_and_republishing(client, campaign):
    first = OutreachSessionFactory(page=campaign, venue="Hall one", starts_at=ist(2026, 3, 16, 10))
    OutreachSessionFactory(page=campaign, venue="Hall two", starts_at=ist(2026, 3, 17, 10))
    url = reverse("campaigns:calendar")
    before = {name: str(e["UID"]) for name, e in events(parse(fetch(client, url))).items()}
    assert len(set(before.values())) == 2
    assert before == {n: str(e["UID"]) for n, e in events(parse(fetch(client, url))).items()}

    page = campaign.get_latest_revision_as_object()
    sessions = list(page.sessions.all())
    next(s for s in sessions if s.pk == first.pk).venue = "Hall one, upstairs"
    page.sessions = sessions
    page.save_revision().publish()

    after = {name: str(e["UID"]) for name, e in events(parse(fetch(client, url))).items()}
    assert after["Hall one"] == before["Hall one"]  # LOCATION starts with the new venue
    assert after["Hall two"] == before["Hall two"]


def test_audience_feed_has_sessions_for_that_audience_only(client, campaign_index):
    students, nurses = AudienceFactory(slug="students"), AudienceFactory(slug="nurses")
    school = CampaignPageFactory(parent=campaign_index)
    school.audiences.add(students)
    school.save()
    OutreachSessionFactory(page=school, venue="Inherits students", starts_at=ist(2026, 3, 16, 9))
    OutreachSessionFactory(
        page=school, venue="Own audience", audience=nurses, starts_at=ist(2026, 3, 16, 12)
    )
    url = reverse("campaigns:calendar_audience", args=["students"])
    assert set(events(parse(fetch(client, url)))) == {"Inherits students"}
    url = reverse("campaigns:calendar_audience", args=["nurses"])
    assert set(events(parse(fetch(client, url)))) == {"Own audience"}


def test_district_feed_has_sessions_in_that_district_only(client, campaign):
    samba, doda = DistrictFactory(slug="samba"), DistrictFactory(slug="doda")
    OutreachSessionFactory(page=campaign, venue="Samba hall", district=samba)
    OutreachSessionFactory(page=campaign, venue="Doda hall", district=doda)
    url = reverse("campaigns:calendar_district", args=["samba"])
    assert set(events(parse(fetch(client, url)))) == {"Samba hall"}


@pytest.mark.parametrize(
    "url",
    [
        "/calendar/audience/no-such-audience.ics",
        "/calendar/district/no-such-district.ics",
        "/calendar/district/%3Cscript%3E.ics",
        "/calendar/audience/.ics",
    ],
)
def test_unknown_feed_is_not_found(client, campaign_index, url):
    assert client.get(url).status_code == 404


def test_drafts_and_private_campaigns_stay_out_of_the_feed(client, campaign_index):
    draft = CampaignPageFactory(parent=campaign_index, live=False)
    private = CampaignPageFactory(parent=campaign_index)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    OutreachSessionFactory(page=draft, venue="Draft hall")
    OutreachSessionFactory(page=private, venue="Private hall")
    assert events(parse(fetch(client, reverse("campaigns:calendar")))) == {}


def test_sessions_of_long_ago_drop_out(client, campaign):
    OutreachSessionFactory(page=campaign, venue="Old hall", starts_at=ist(2024, 1, 10, 10))
    OutreachSessionFactory(page=campaign, venue="Recent hall", starts_at=ist(2026, 1, 10, 10))
    assert set(events(parse(fetch(client, reverse("campaigns:calendar"))))) == {"Recent hall"}


def test_feed_follows_the_language_of_its_address(client, campaign):
    OutreachSessionFactory(page=campaign, venue="English hall")
    assert events(parse(fetch(client, "/hi/calendar/sessions.ics"))) == {}
    assert set(events(parse(fetch(client, "/calendar/sessions.ics")))) == {"English hall"}


def test_feed_queries_do_not_grow_with_sessions(client, campaign_index, django_assert_num_queries):
    audience = AudienceFactory(slug="students")

    def add(count):
        for n in range(count):
            page = CampaignPageFactory(parent=campaign_index, end_date=date(2026, 4, n + 1))
            page.audiences.add(audience)
            page.save()
            OutreachSessionFactory(page=page, audience=audience)
            OutreachSessionFactory(page=page)

    add(2)
    url = reverse("campaigns:calendar_audience", args=["students"])
    baseline = count_queries(client, url)
    add(8)
    with django_assert_num_queries(baseline):
        client.get(url)
