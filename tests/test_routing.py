"""The site's own router (awareness_site/routing.py) answers every URL as Wagtail's would."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import AdvisoryPageFactory, GuidelinePageFactory

pytestmark = pytest.mark.django_db


def test_a_page_below_a_private_section_asks_for_the_password(client, advisory_index, advisory):
    PageViewRestriction.objects.create(
        page=advisory_index, restriction_type="password", password="s3cret"
    )
    response = client.get(advisory.url)
    assert response.status_code == 200
    assert b"password" in response.content.lower()
    assert advisory.summary.encode() not in response.content


def test_a_private_page_is_left_out_of_the_menu_and_lists(client, home, advisory_index, advisory):
    assert b'href="/advisories/"' in client.get("/").content
    PageViewRestriction.objects.create(page=advisory_index, restriction_type="login")
    home_page = client.get("/").content.decode()
    assert 'href="/advisories/"' not in home_page
    assert advisory.title not in home_page


def test_unknown_and_too_long_addresses_are_not_found(client, advisory):
    assert client.get("/advisories/no-such-scam/").status_code == 404
    assert client.get(f"{advisory.url}extra/").status_code == 404
    assert client.get("/no-such-section/deeper/").status_code == 404


def test_an_unpublished_page_is_not_found_but_the_pages_around_it_are(client, advisory_index):
    gone = AdvisoryPageFactory(parent=advisory_index, slug="gone")
    AdvisoryPageFactory(parent=advisory_index, slug="kept")
    gone.unpublish()
    assert client.get("/advisories/gone/").status_code == 404
    assert client.get("/advisories/kept/").status_code == 200
    assert client.get("/advisories/").status_code == 200


def test_a_slug_used_in_two_sections_routes_to_the_right_one(
    client, advisory_index, guideline_index
):
    advisory = AdvisoryPageFactory(parent=advisory_index, slug="otp", title="OTP advisory")
    guideline = GuidelinePageFactory(parent=guideline_index, slug="otp", title="OTP guideline")
    assert b"OTP advisory" in client.get(advisory.url).content
    assert b"OTP guideline" in client.get(guideline.url).content
