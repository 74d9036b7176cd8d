"""'Is this number really ours?': any common format in, a clear answer and advice out."""

import pytest
from django.utils import translation

from campaigns.handles import looks_alike, normalise_handle
from tests.campaign_factories import (
    CyberCellFactory,
    DirectoryPageFactory,
    OfficialAccountFactory,
)


@pytest.fixture(autouse=True)
def english():
    """Addresses reversed in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


@pytest.fixture
def directory(home, help_settings):
    page = DirectoryPageFactory(parent=home)
    CyberCellFactory(
        name="Cyber Police Station Jammu",
        phone="+911912000001",
        whatsapp="+919000000191",
        email="CyberPS.Jammu@police.example",
    )
    OfficialAccountFactory()
    OfficialAccountFactory(
        network="mastodon",
        handle="@suraksha@police.social",
        url="https://police.social/@suraksha",
        owner="Cyber Suraksha",
    )
    return page


def check(client, directory, typed):
    response = client.get(directory.url + "check/", {"q": typed})
    assert response.status_code == 200
    return response.context["result"], response.content.decode()


@pytest.mark.parametrize(
    "typed",
    [
        "090000 00191",
        "9000000191",
        "+91-90000-00191",
        "0091 90000 00191",
        "(+91) 90000 00191",
        "919000000191",
        "https://wa.me/919000000191",
        "wa.me/+919000000191?text=hi",
        "0191 200 0001",
    ],
)
def test_our_numbers_are_recognised_in_any_format(client, directory, typed):
    result, html = check(client, directory, typed)
    assert result.is_ours
    assert "Cyber Police Station Jammu" in html
    assert "is ours" in html


def test_help_box_numbers_are_ours_too(client, directory):
    for typed, label in [
        ("1930", "National cyber-crime helpline"),
        ("112", "Police emergency number"),
        ("+91 90000 01930", "Local WhatsApp help number"),
        ("033 2000 1930", "Local phone number"),
    ]:
        result, html = check(client, directory, typed)
        assert result.is_ours, typed
        assert label in html


def test_a_number_not_ours_gets_advice(client, directory):
    result, html = check(client, directory, "98765 43210")
    assert not result.is_ours
    assert "No: 98765 43210 is not one of ours." in html
    assert "call 1930" in html
    assert "sancharsaathi.gov.in" in html


@pytest.mark.parametrize("typed", ["12345678", "+91 10000 10101", "+999 555"])
def test_an_impossible_number_is_explained(client, directory, typed):
    result, html = check(client, directory, typed)
    assert not result.is_ours and result.problem
    assert "is not a real number" in html


def test_e_mail_is_matched_whatever_the_case(client, directory):
    result, _html = check(client, directory, "cyberps.JAMMU@Police.Example")
    assert result.is_ours


def test_same_name_at_another_mail_domain_is_flagged(client, directory):
    result, html = check(client, directory, "cyberps.jammu@gmail.com")
    assert not result.is_ours
    assert result.lookalikes
    assert "Impostors copy names closely" in html


@pytest.mark.parametrize(
    "typed",
    [
        "@CyberPSJammu",
        "cyberpsjammu",
        "https://x.com/CyberPSJammu",
        "https://twitter.com/cyberpsjammu?lang=en",
        "x.com/CyberPSJammu/",
        "@suraksha@police.social",
        "suraksha@police.social",
        "https://police.social/@suraksha",
    ],
)
def test_official_handles_are_recognised_in_any_form(client, directory, typed):
    result, _html = check(client, directory, typed)
    assert result.is_ours, typed


@pytest.mark.parametrize("typed", ["@CyberPS_Jammu", "@CyberPSJammu1", "@CyberPSJamu"])
def test_lookalike_handle_is_flagged(client, directory, typed):
    result, html = check(client, directory, typed)
    assert not result.is_ours
    assert result.lookalikes
    assert "It looks like one of ours but is not the same" in html


def test_draft_registry_entry_is_not_ours(client, directory):
    OfficialAccountFactory(handle="@NotYetApproved", url="https://x.com/NotYetApproved", live=False)
    CyberCellFactory(name="Unchecked", whatsapp="+919000000999", live=False)
    assert not check(client, directory, "@NotYetApproved")[0].is_ours
    assert not check(client, directory, "90000 00999")[0].is_ours


def test_empty_check_shows_the_form(client, directory):
    response = client.get(directory.url + "check/")
    assert response.status_code == 200
    assert response.context["result"] is None
    assert 'name="q"' in response.content.decode()
    assert "<title>Is this number really ours? | " in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"q": "x" * 500},
        {"q": "   "},
        {"q": "\x00\x01"},
        {"q": ["one", "two"]},
        {"q": "@"},
        {"q": "https://"},
        {"q": "<script>alert(1)</script>"},
        {"q": "٩٨٧٦٥٤٣٢١٠"},
        {"nothing": "here"},
    ],
)
def test_odd_input_never_breaks_the_check(client, directory, query):
    response = client.get(directory.url + "check/", query)
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_too_long_input_is_kept_and_explained(client, directory):
    typed = "9" * 250
    html = client.get(directory.url + "check/", {"q": typed}).content.decode()
    assert "too long" in html
    assert f'value="{typed}"' in html


def test_directory_page_offers_the_check(client, directory):
    html = client.get(directory.url).content.decode()
    assert f'action="{directory.url}check/"' in html


@pytest.mark.parametrize(
    ("typed", "handle"),
    [
        ("@CyberPSJammu", "cyberpsjammu"),
        ("https://www.instagram.com/cyberpsjammu/", "cyberpsjammu"),
        ("https://www.youtube.com/@CyberPSJammu", "cyberpsjammu"),
        ("https://t.me/cyberps_jammu", "cyberps_jammu"),
        ("https://bsky.app/profile/cyberps.bsky.social", "cyberps.bsky.social"),
        ("https://mastodon.social/@cyberps", "cyberps@mastodon.social"),
        ("", ""),
    ],
)
def test_handles_are_normalised(typed, handle):
    assert normalise_handle(typed) == handle


def test_lookalikes_are_close_but_not_equal():
    assert looks_alike("cyber_ps_jammu", "cyberpsjammu")
    assert not looks_alike("cyberpsjammu", "cyberpsjammu")
    assert not looks_alike("delhipolice", "cyberpsjammu")


def test_answers_are_kept_out_of_shared_caches(client, directory):
    response = client.get(directory.url + "check/", {"q": "90000 00191"})
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_accounts_listed_on_the_follow_page_are_ours(client, directory, home):
    from advisories.feeds.models import FollowPage
    from advisories.feeds.models import OfficialAccount as ListedAccount

    page = FollowPage(title="Follow us", slug="follow")
    page.accounts = [
        ListedAccount(network="telegram", handle="@alerts_demo", url="https://t.me/alerts_demo")
    ]
    home.add_child(instance=page)
    page.save_revision().publish()
    result, html = check(client, directory, "t.me/alerts_demo")
    assert result.is_ours
    assert "on Telegram" in html
    page.unpublish()
    assert not check(client, directory, "@alerts_demo")[0].is_ours
