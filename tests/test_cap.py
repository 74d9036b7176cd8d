"""CAP 1.2 alerts: valid against the OASIS schema, Alert -> Update -> Cancel following the
advisory's history, an Atom index of current alerts, and nothing of a withdrawn advisory."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from freezegun import freeze_time
from lxml import etree
from wagtail.models import PageViewRestriction

from advisories.feeds.models import CapAlert, MessageType
from advisories.models import AdvisoryIndexPage, AdvisoryPage
from tests.factories import AudienceFactory, DistrictFactory, ThreatCategoryFactory
from tests.feeds_support import (
    ATOM_NS,
    CAP_NS,
    cap_text,
    edit,
    fresh_state,  # noqa: F401 (autouse)
    new_advisory,
    parse_feed,
    unit,  # noqa: F401 (fixture)
    valid_cap,
)

WHAT_TO_DO = {
    "type": "what_to_do",
    "value": {"heading": "", "steps": ["Do not open the link.", "Call your bank's own number."]},
}


@pytest.fixture
def kolkata(home):
    return DistrictFactory(name="Kolkata", slug="kolkata", state="West Bengal")


@pytest.fixture
def advisory(advisory_index, kolkata, unit):  # noqa: F811
    return new_advisory(
        advisory_index,
        title="Fake KYC update SMS",
        summary="An SMS says your KYC expired & asks you to click <a link>.",
        severity=3,
        district=kolkata,
        categories=[ThreatCategoryFactory(name="KYC fraud")],
        audiences=[AudienceFactory(name="Senior citizens")],
        body=[WHAT_TO_DO],
    )


def history(page):
    return list(CapAlert.objects.filter(advisory_guid=page.guid).order_by("pk"))


def cap_document(client, page):
    response = client.get(f"/feeds/cap/{page.guid}.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/cap+xml; charset=utf-8"
    return valid_cap(response.content)


def test_first_publication_issues_a_complete_valid_alert(client, advisory):
    root = cap_document(client, advisory)
    (alert,) = history(advisory)
    assert cap_text(root, "cap:identifier") == f"urn:uuid:{alert.message_id}"
    assert cap_text(root, "cap:sender") == "localhost"
    assert cap_text(root, "cap:sent").endswith("+05:30")
    assert cap_text(root, "cap:status") == "Actual"
    assert cap_text(root, "cap:msgType") == "Alert"
    assert cap_text(root, "cap:scope") == "Public"
    assert root.find("cap:references", CAP_NS) is None
    info = root.find("cap:info", CAP_NS)
    assert cap_text(info, "cap:language") == "en"
    assert cap_text(info, "cap:category") == "Security"
    assert cap_text(info, "cap:event") == "KYC fraud"
    assert cap_text(info, "cap:headline") == "Fake KYC update SMS"
    assert cap_text(info, "cap:description") == advisory.summary
    assert cap_text(info, "cap:instruction").splitlines() == [
        "1. Do not open the link.",
        "2. Call your bank's own number.",
        "3. If you lost money, call 1930 at once and report at https://cybercrime.gov.in.",
    ]
    assert cap_text(info, "cap:web") == advisory.get_full_url()
    assert cap_text(info, "cap:contact") == (
        "Cyber Police <South> & West: Cyber-crime helpline 1930"
    )
    assert cap_text(info, "cap:senderName") == "Cyber Police <South> & West"
    assert cap_text(info, "cap:audience") == "Senior citizens"
    assert cap_text(info, "cap:area/cap:areaDesc") == "Kolkata, West Bengal"


@pytest.mark.parametrize(
    ("severity", "expected"),
    [
        (1, ("Future", "Minor", "Possible")),
        (2, ("Expected", "Minor", "Likely")),
        (3, ("Expected", "Moderate", "Observed")),
        (4, ("Immediate", "Severe", "Observed")),
    ],
)
def test_urgency_severity_and_certainty_follow_the_advisory_severity(
    client, advisory_index, severity, expected
):
    page = new_advisory(advisory_index, severity=severity)
    info = cap_document(client, page).find("cap:info", CAP_NS)
    assert tuple(cap_text(info, f"cap:{n}") for n in ("urgency", "severity", "certainty")) == (
        expected
    )
    assert cap_text(info, "cap:event") == "Cyber fraud"  # no category chosen
    assert cap_text(info, "cap:area/cap:areaDesc") == "All areas served by Cyber Police"


def test_a_changed_advisory_issues_an_update_that_references_the_alert(client, advisory):
    edit(advisory, summary="Now also by WhatsApp: the message says your KYC expired.")
    alert, update = history(advisory)
    assert update.msg_type == MessageType.UPDATE
    root = cap_document(client, advisory)
    assert cap_text(root, "cap:msgType") == "Update"
    assert cap_text(root, "cap:identifier") == update.identifier
    assert cap_text(root, "cap:references") == (
        f"localhost,{alert.identifier},{cap_text(valid_cap(alert.document), 'cap:sent')}"
    )
    assert cap_text(root, "cap:incidents") == str(advisory.guid)
    assert cap_text(root, "cap:info/cap:description").startswith("Now also by WhatsApp")
    edit(advisory, severity=4)
    second_update = valid_cap(history(advisory)[-1].document)
    assert cap_text(second_update, "cap:references").split() == [
        f"localhost,{alert.identifier},{alert.sent_text}",
        f"localhost,{update.identifier},{update.sent_text}",
    ]


def test_republishing_without_a_change_sends_nothing(advisory):
    edit(advisory)
    edit(advisory, contact_methods=["sms"])  # not part of the alert
    assert [a.msg_type for a in history(advisory)] == ["Alert"]


def test_unpublishing_sends_a_cancel_and_publishing_again_a_new_alert(client, advisory):
    advisory.unpublish()
    alert, cancel = history(advisory)
    root = valid_cap(cancel.document)
    assert cap_text(root, "cap:msgType") == "Cancel"
    assert cap_text(root, "cap:references") == f"localhost,{alert.identifier},{alert.sent_text}"
    assert cap_text(root, "cap:note") == "This advisory has been withdrawn."
    assert root.find("cap:info", CAP_NS) is None  # nothing of the withdrawn text
    assert cap_text(cap_document(client, advisory), "cap:msgType") == "Cancel"
    advisory.unpublish()  # a second unpublish sends nothing more
    edit(advisory)
    assert [a.msg_type for a in history(advisory)] == ["Alert", "Cancel", "Alert"]
    assert not history(advisory)[-1].references


def test_a_superseded_advisory_is_cancelled_pointing_to_the_newer_one(advisory_index, advisory):
    newer = new_advisory(advisory_index, title="KYC scams: the latest advice")
    edit(advisory, superseded_by=newer)
    cancel = history(advisory)[-1]
    root = valid_cap(cancel.document)
    assert cap_text(root, "cap:msgType") == "Cancel"
    assert cap_text(root, "cap:note") == f"Replaced by newer advice: {newer.get_full_url()}"


def test_moving_an_advisory_sends_an_update_with_its_new_address(home, advisory):
    other_index = AdvisoryIndexPage(title="Older advisories", slug="older")
    home.add_child(instance=other_index)
    advisory.move(other_index, pos="last-child")
    alert, update = history(advisory)
    assert update.msg_type == MessageType.UPDATE
    web = cap_text(valid_cap(update.document), "cap:info/cap:web")
    assert web == "http://localhost/older/fake-kyc-update-sms/"
    assert alert.identifier in update.references


def test_deleting_a_live_advisory_sends_a_cancel(advisory):
    guid = advisory.guid
    advisory.delete()
    kinds = list(CapAlert.objects.filter(advisory_guid=guid).values_list("msg_type", flat=True))
    assert sorted(kinds) == ["Alert", "Cancel"]


def test_making_an_advisory_private_cancels_it_and_hides_its_alerts(client, advisory):
    alert = history(advisory)[0]
    PageViewRestriction.objects.create(page=advisory, restriction_type="login")
    assert [a.msg_type for a in history(advisory)] == ["Alert", "Cancel"]
    assert client.get(f"/feeds/cap/messages/{alert.message_id}.xml").status_code == 404
    assert cap_text(cap_document(client, advisory), "cap:msgType") == "Cancel"
    PageViewRestriction.objects.all().delete()
    assert [a.msg_type for a in history(advisory)] == ["Alert", "Cancel", "Alert"]


def test_no_alert_for_drafts_or_scheduled_pages_until_they_go_live(advisory_index):
    draft = AdvisoryPage(title="Draft", summary="Not yet.", live=False)
    advisory_index.add_child(instance=draft)
    draft.save_revision()
    scheduled = AdvisoryPage(title="Scheduled", summary="Tomorrow.", live=False)
    scheduled.go_live_at = timezone.now() + timedelta(hours=1)
    advisory_index.add_child(instance=scheduled)
    scheduled.save_revision().publish()
    assert not CapAlert.objects.exists()
    with freeze_time(timezone.now() + timedelta(hours=2)):
        call_command("publish_scheduled")
    assert [a.msg_type for a in history(scheduled)] == ["Alert"]
    assert history(draft) == []


def test_every_message_in_a_history_validates_against_the_cap_schema(client, advisory):
    edit(advisory, title="Fake KYC\x0b update SMS 🚨 & <more>", summary="پیغام\x08 & <b>")
    advisory.unpublish()
    for alert in history(advisory):
        valid_cap(alert.document)
        response = client.get(f"/feeds/cap/messages/{alert.message_id}.xml")
        if alert.msg_type == MessageType.CANCEL:
            assert valid_cap(response.content) is not None
    update = valid_cap(history(advisory)[1].document)
    assert cap_text(update, "cap:info/cap:headline") == "Fake KYC update SMS 🚨 & <more>"
    assert cap_text(update, "cap:info/cap:description") == "پیغام & <b>"


def test_alert_index_lists_current_alerts_for_aggregators(client, advisory_index, advisory):
    withdrawn = new_advisory(advisory_index, title="Withdrawn advice")
    withdrawn.unpublish()
    new_advisory(advisory_index, title="Updated advice")
    edit(AdvisoryPage.objects.get(title="Updated advice"), summary="Changed.")
    response = client.get("/feeds/cap/index.atom")
    feed = parse_feed(response)
    assert feed.version == "atom10"
    by_title = {entry.title: entry for entry in feed.entries}
    assert set(by_title) == {"Fake KYC update SMS", "Withdrawn advice", "Updated advice"}
    assert by_title["Withdrawn advice"].tags[0].term == "Cancel"
    assert by_title["Updated advice"].tags[0].term == "Update"
    links = etree.fromstring(response.content).findall("atom:entry/atom:link", ATOM_NS)
    assert {link.get("type") for link in links} == {"application/cap+xml"}
    for entry in feed.entries:
        (link,) = entry.links
        assert link.type == "application/cap+xml"
        document = client.get(link.href)
        identifier = cap_text(valid_cap(document.content), "cap:identifier")
        assert identifier == entry.id


def test_alert_index_drops_old_cancels_and_never_lists_withdrawn_alerts(client, advisory):
    with freeze_time(timezone.now() - timedelta(days=30)):
        advisory.unpublish()
    assert parse_feed(client.get("/feeds/cap/index.atom")).entries == []


def test_cap_documents_answer_304_when_unchanged(client, advisory):
    first = client.get(f"/feeds/cap/{advisory.guid}.xml")
    again = client.get(f"/feeds/cap/{advisory.guid}.xml", headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    edit(advisory, summary="Changed advice.")
    changed = client.get(
        f"/feeds/cap/{advisory.guid}.xml", headers={"if-none-match": first["ETag"]}
    )
    assert changed.status_code == 200


def test_unknown_alerts_and_other_languages_are_not_found(client, advisory):
    assert client.get("/feeds/cap/00000000-0000-0000-0000-000000000000.xml").status_code == 404
    assert client.get(f"/ur/feeds/cap/{advisory.guid}.xml").status_code == 404
    assert client.get("/feeds/cap/not-a-uuid.xml").status_code == 404
