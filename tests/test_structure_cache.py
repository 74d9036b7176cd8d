"""The structure cache (awareness_site/structure.py) never shows readers an old site.

Each test first reads the pages involved, so that what they show of the site's
structure (the page of a URL, the menu, language links, linked advisories, an
advisory's kinds of fraud and audiences, help numbers) is kept; then changes the
site as an editor would, and reads again.
"""

import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from awareness_site.models import HelpSettings
from tests.factories import AdvisoryPageFactory, AudienceFactory, ThreatCategoryFactory

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.django_db


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_a_renamed_section_shows_its_new_name_in_every_menu_at_once(client, advisory):
    assert "Fraud advisories</a>" in read(client, advisory.url)
    publish(advisory.get_parent().specific, title="Scam alerts")
    for url in ("/", advisory.url):
        html = read(client, url)
        assert "Scam alerts</a>" in html
        assert "Fraud advisories</a>" not in html


def test_an_unpublished_advisory_is_gone_though_its_address_was_known(client, advisory):
    url = advisory.url
    read(client, url)
    advisory.unpublish()
    assert client.get(url).status_code == 404
    advisory.save_revision().publish()
    assert "Fake KYC update SMS" in read(client, url)


def test_a_new_address_is_followed_and_the_old_one_redirects(
    client, advisory, django_capture_on_commit_callbacks
):
    old_url = advisory.url
    read(client, old_url)
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail adds the redirect then
        publish(advisory, slug="kyc-sms-scam")
    moved = client.get(old_url)
    assert moved.status_code == 301
    assert moved["Location"] == "/advisories/kyc-sms-scam/"
    assert "Fake KYC update SMS" in read(client, "/advisories/kyc-sms-scam/")


def test_a_section_made_private_asks_for_the_password_at_once(client, advisory):
    assert advisory.summary in read(client, advisory.url)
    PageViewRestriction.objects.create(
        page=advisory.get_parent(), restriction_type="password", password="s3cret"
    )
    html = read(client, advisory.url)
    assert "password" in html.lower()
    assert advisory.summary not in html
    assert 'href="/advisories/"' not in read(client, "/")


def test_a_new_translation_is_announced_by_the_page_it_translates(client, advisory, locales):
    assert 'rel="alternate" hreflang="hi"' not in read(client, advisory.url)
    advisory.get_parent().copy_for_translation(locales["hi"]).save_revision().publish()
    advisory.copy_for_translation(locales["hi"]).save_revision().publish()
    link = f'<link rel="alternate" hreflang="hi" href="http://testserver/hi{advisory.url}">'
    assert link in read(client, advisory.url)


def test_a_new_advisory_of_the_same_kind_is_linked_from_the_older_one(client, advisory_index):
    kyc = ThreatCategoryFactory(slug="kyc")
    older = AdvisoryPageFactory(parent=advisory_index, title="Fake KYC call")
    publish(older, threat_categories=[kyc])
    assert "Related advisories" not in read(client, older.url)
    newer = AdvisoryPageFactory(parent=advisory_index, title="Fake KYC link by WhatsApp")
    publish(newer, threat_categories=[kyc])
    assert f'<a href="{newer.url}">Fake KYC link by WhatsApp</a>' in read(client, older.url)
    newer.unpublish()
    assert "Fake KYC link by WhatsApp" not in read(client, older.url)


def facts(client, url):
    """The advisory's "Kind of fraud" and "Who is targeted", as readers see them."""
    html = read(client, url)
    return [
        re.search(rf"<dt>{title}</dt><dd>([^<]*)</dd>", html)[1]
        for title in ("Kind of fraud", "Who is targeted")
    ]


def test_a_renamed_kind_of_fraud_or_audience_shows_on_the_advisory_at_once(client, advisory):
    kyc = ThreatCategoryFactory(name="KYC update scam")
    elders = AudienceFactory(name="Senior citizens")
    publish(advisory, threat_categories=[kyc], audiences=[elders])
    assert facts(client, advisory.url) == ["KYC update scam", "Senior citizens"]
    kyc.name = "Fake KYC update"
    kyc.save()  # as the snippet editor saves it
    elders.name = "Retired people"
    elders.save()
    assert facts(client, advisory.url) == ["Fake KYC update", "Retired people"]


def test_an_advisorys_kinds_and_audiences_follow_its_publishes_not_its_drafts(client, advisory):
    kyc = ThreatCategoryFactory(name="KYC update scam")
    loans = ThreatCategoryFactory(name="Loan app")
    elders, students = AudienceFactory(name="Senior citizens"), AudienceFactory(name="Students")
    publish(advisory, threat_categories=[kyc], audiences=[elders])
    assert facts(client, advisory.url) == ["KYC update scam", "Senior citizens"]
    advisory.threat_categories = [loans]
    advisory.audiences = [elders, students]
    revision = advisory.save_revision()  # a draft: readers still see the published page
    assert facts(client, advisory.url) == ["KYC update scam", "Senior citizens"]
    revision.publish()
    assert facts(client, advisory.url) == ["Loan app", "Senior citizens, Students"]


def test_the_number_of_advisories_in_a_list_follows_each_publish(client, advisory_index):
    """The count is kept in the structure cache, one for each set of filters."""
    kyc = ThreatCategoryFactory(slug="kyc")
    fake_kyc_call = AdvisoryPageFactory(parent=advisory_index)
    publish(fake_kyc_call, threat_categories=[kyc])
    AdvisoryPageFactory(parent=advisory_index)

    def counts():
        return [
            re.search(r'id="results-title">([^<]*)<', read(client, url))[1]
            for url in ("/advisories/", "/advisories/?category=kyc")
        ]

    assert counts() == ["2 advisories", "1 advisory"]
    publish(AdvisoryPageFactory(parent=advisory_index), threat_categories=[kyc])
    assert counts() == ["3 advisories", "2 advisories"]
    fake_kyc_call.unpublish()
    assert counts() == ["2 advisories", "1 advisory"]


def test_new_help_numbers_show_on_every_page_at_once(client, advisory, help_settings):
    for url in ("/", advisory.url):
        assert "wa.me/919000001930" in read(client, url)
    help_settings.local_whatsapp = "+91 98300 12345"
    help_settings.save()
    for url in ("/", advisory.url):
        html = read(client, url)
        assert "wa.me/919830012345" in html
        assert "wa.me/919000001930" not in html


def test_a_draft_changes_nothing_readers_see_and_keeps_the_cache(client, advisory):
    read(client, advisory.url)
    with CaptureQueriesContext(connection) as before:
        read(client, advisory.url)
    section = advisory.get_parent().specific
    section.title = "Draft name of the section"
    section.save_revision()  # saved, not published
    with CaptureQueriesContext(connection) as after:
        html = read(client, advisory.url)
    assert "Draft name of the section" not in html
    assert len(after) == len(before)


@pytest.mark.parametrize("url", ["/", "/advisories/", "ADVISORY", "/hi/"])
def test_pages_are_the_same_with_the_structure_cache_off(client, advisory, settings, url):
    url = advisory.url if url == "ADVISORY" else url
    read(client, url)
    cached = read(client, url)
    settings.STRUCTURE_CACHE_ENABLED = False
    assert read(client, url) == cached


RENEW_IN_ANOTHER_PROCESS = """
import django
from django.conf import settings
settings.configure(
    CACHES={"default": %r}, STRUCTURE_CACHE_ENABLED=True, STRUCTURE_CACHE_ALIAS="default"
)
django.setup()
from awareness_site.structure import new_generation
new_generation()
"""


def test_a_change_made_by_another_process_is_seen_on_the_next_request(
    client, advisory, help_settings, shared_cache
):
    """The worker publishes scheduled pages in its own process; the web server must follow."""
    read(client, "/")
    Page.objects.filter(pk=advisory.get_parent().pk).update(title="Scam alerts")  # no signal here
    assert "Scam alerts" not in read(client, "/")  # still the kept menu
    script = RENEW_IN_ANOTHER_PROCESS % (shared_cache,)
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True)
    assert "Scam alerts</a>" in read(client, "/")


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs a second connection during a write: PostgreSQL"
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_menu_read_while_an_editor_publishes_is_not_kept_after_the_publish(advisory):
    """A reader's request reads the menu after the publish started but before it committed:
    what it kept must not outlive the commit."""
    section = advisory.get_parent().specific
    seen = []

    def reader():
        seen.append(read(Client(), "/"))
        connection.close()  # this thread's own connection

    with transaction.atomic():
        publish(section, title="Scam alerts")
        thread = threading.Thread(target=reader)
        thread.start()
        thread.join()
    assert "Fraud advisories</a>" in seen[0]  # the reader saw the old, committed menu
    assert "Scam alerts</a>" in read(Client(), "/")


def test_settings_of_the_site_come_with_it(client, advisory, help_settings):
    """The help numbers are the ones of the site that answers, not of another site."""
    other_home = Page.objects.get(pk=advisory.get_parent().get_parent().pk)
    other = Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    other_help = HelpSettings.for_site(other)
    other_help.local_whatsapp = "+91 91234 56789"
    other_help.save()
    assert "wa.me/919000001930" in read(client, advisory.url)
    assert "wa.me/919123456789" in read(Client(HTTP_HOST="other.example"), advisory.url)
    assert "wa.me/919000001930" in read(client, advisory.url)
