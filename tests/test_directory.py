"""The cyber-cell directory: numbers stored in E.164, shown as people write them, filters."""

from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from campaigns import phones
from campaigns.models import CyberCell, DirectoryPage
from tests.campaign_factories import CyberCellFactory, DirectoryPageFactory, count_queries
from tests.factories import DistrictFactory


@pytest.fixture(autouse=True)
def english():
    """Addresses reversed in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


@pytest.fixture
def districts(locales):
    return {slug: DistrictFactory(slug=slug, name=slug.title()) for slug in ("samba", "doda")}


@pytest.fixture
def directory(home, districts):
    return DirectoryPageFactory(parent=home, show_in_menus=True)


@pytest.fixture
def cells(districts):
    return [
        CyberCellFactory(
            name="District Cyber Cell Samba",
            district=districts["samba"],
            phone="+911912000001",
            whatsapp="+919000000201",
            email="cybercell.samba@police.example",
            address="District Police Office, Samba",
            last_verified=date(2026, 2, 14),
        ),
        CyberCellFactory(name="District Cyber Cell Doda", district=districts["doda"]),
    ]


# --- numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["090000 10101", "9000010101", "+91 90000-10101", "0091 90000 10101", "(+91) 90000.10101"],
)
def test_any_common_format_is_stored_in_e164(typed):
    assert phones.to_e164(typed) == "+919000010101"


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+919000010101", "90000 10101"),  # mobile: as on posters, no trunk 0
        ("+911912000001", "0191 200 0001"),  # landline: with its STD code
        ("+913320001930", "033 2000 1930"),
        ("+12025550100", "+1 202-555-0100"),  # abroad: international form
    ],
)
def test_numbers_are_shown_as_people_write_them(e164, shown):
    assert phones.display(e164) == shown


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("12345", "Too few digits"),
        ("+91 90000 101010101", "Too many digits"),
        ("call me", "does not look like a phone number"),
        ("+999 1234 5678", "country code"),
        ("+91 10000 10101", "No phone number starts like this"),
        ("2000 0001", "give a landline its STD code"),
    ],
)
def test_invalid_numbers_are_refused_with_a_reason(typed, reason):
    with pytest.raises(ValidationError) as error:
        phones.to_e164(typed)
    assert reason in error.value.messages[0]


def test_editor_typing_a_national_number_saves_e164(admin_client, districts):
    url = reverse(CyberCell.snippet_viewset.get_url_name("add"))
    data = {
        "name": "District Cyber Cell Samba",
        "kind": "district-cell",
        "zone": "Jammu zone",
        "division": "",
        "district": districts["samba"].pk,
        "phone": "0191-2000001",
        "whatsapp": "090000 10101",
        "whatsapp_message": "Hello",
        "email": "",
        "address": "",
        "hours": "",
        "map_url": "",
        "last_verified": "2026-03-01",
        "action-publish": "publish",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302
    cell = CyberCell.objects.get()
    assert (cell.phone, cell.whatsapp) == ("+911912000001", "+919000010101")


def test_editor_is_told_why_a_number_is_refused(admin_client, districts):
    url = reverse(CyberCell.snippet_viewset.get_url_name("add"))
    data = {
        "name": "Cell",
        "kind": "district-cell",
        "phone": "12345",
        "whatsapp": "",
        "whatsapp_message": "",
        "last_verified": "2026-03-01",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Too few digits" in response.content.decode()
    assert 'value="12345"' in response.content.decode()  # what the editor typed is kept
    assert not CyberCell.objects.exists()


# --- the directory page ---------------------------------------------------------------


def test_directory_lists_contacts_with_links(client, directory, cells):
    html = client.get(directory.url).content.decode()
    assert '<a href="tel:+911912000001">0191 200 0001</a>' in html
    assert "90000 00201" in html
    assert "mailto:cybercell.samba@police.example" in html
    assert '<time datetime="2026-02-14">14 February 2026</time>' in html
    assert "openstreetmap.org/search?query=District+Police+Office%2C+Samba" in html


def test_whatsapp_link_opens_a_chat_with_a_first_message(cells):
    link = urlsplit(cells[0].whatsapp_link)
    assert (link.netloc, link.path) == ("wa.me", "/919000000201")
    assert parse_qs(link.query)["text"] == ["Hello, I need help with a cyber fraud."]


def test_directory_filters_by_district(client, directory, cells):
    html = client.get(directory.url, {"district": "doda"}).content.decode()
    assert "District Cyber Cell Doda" in html
    assert "District Cyber Cell Samba" not in html


def test_district_filter_works_in_every_language(client, directory, cells, districts):
    hindi = Locale.objects.get(language_code="hi")
    doda_hi = districts["doda"].copy_for_translation(hindi)
    doda_hi.name = "डोडा"
    doda_hi.save()
    page_hi = directory.copy_for_translation(hindi)
    page_hi.save_revision().publish()
    page_hi = DirectoryPage.objects.get(pk=page_hi.pk)
    html = client.get(page_hi.url, {"district": "doda"}).content.decode()
    assert "District Cyber Cell Doda" in html and "डोडा" in html
    assert "District Cyber Cell Samba" not in html


@pytest.mark.parametrize(
    "query",
    [
        {"district": "atlantis"},
        {"district": ""},
        {"district": ["samba", "doda"]},
        {"district": "\x00"},
    ],
)
def test_bad_district_shows_everything_never_an_error(client, directory, cells, query):
    response = client.get(directory.url, query)
    assert response.status_code == 200
    assert len(response.context["cells"]) in (1, 2)


def test_unknown_district_is_reported(client, directory, cells):
    html = client.get(directory.url, {"district": "atlantis"}).content.decode()
    assert "were ignored" in html
    assert "District Cyber Cell Samba" in html


def test_draft_entries_stay_off_the_directory(client, directory, cells):
    CyberCellFactory(name="Unchecked cell", live=False)
    assert "Unchecked cell" not in client.get(directory.url).content.decode()


def test_directory_queries_do_not_grow_with_entries(
    client, directory, cells, districts, django_assert_num_queries
):
    baseline = count_queries(client, directory.url)
    for n in range(8):
        CyberCellFactory(district=districts["doda"], whatsapp=f"+9190000003{n:02d}")
    client.get(directory.url)
    with django_assert_num_queries(baseline):
        client.get(directory.url)


# --- the named address the help box links to ------------------------------------------


def test_help_box_links_the_directory(client, directory, cells):
    assert reverse("campaigns:directory") == "/cyber-cells/"
    html = client.get("/").content.decode()
    assert 'href="/cyber-cells/"' in html
    response = client.get("/cyber-cells/")
    assert response.status_code == 200
    assert "District Cyber Cell Samba" in response.content.decode()


def test_moved_directory_is_redirected_to(client, directory):
    directory.slug = "helplines"
    directory.save_revision().publish()
    response = client.get("/cyber-cells/")
    assert response.status_code == 302
    assert response["Location"] == "/helplines/"


def test_no_directory_page_is_not_found(client, home):
    assert client.get("/cyber-cells/").status_code == 404
