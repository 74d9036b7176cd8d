"""The Follow page explains feeds and alerts in plain words and lists only the official
accounts editors entered."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from advisories.feeds.models import FollowPage, OfficialAccount
from awareness_site.models import HomePage
from campaigns.models import OfficialAccount as RegisteredAccount
from tests.factories import AudienceFactory, DistrictFactory, ThreatCategoryFactory
from tests.feeds_support import fresh_state, locale, publish  # noqa: F401


@pytest.fixture
def follow_page(home):
    page = FollowPage(title="Follow us", slug="follow", intro="Hear about new frauds first.")
    home.add_child(instance=page)
    return publish(page)


def test_editor_can_add_a_follow_page_with_official_accounts(page_tests, home):
    page_tests.assertCanCreateAt(HomePage, FollowPage)
    data = nested_form_data(
        {
            "title": "Follow us",
            "slug": "follow",
            "intro": "Hear about new frauds first.",
            "accounts": inline_formset(
                [{"network": "x", "handle": "@CyberPolice", "url": "https://x.com/CyberPolice"}]
            ),
        }
    )
    page_tests.assertCanCreate(home, FollowPage, data)
    page = FollowPage.objects.get(slug="follow")
    assert [str(account) for account in page.accounts.all()] == ["X (Twitter): @CyberPolice"]


def test_follow_page_lists_every_feed_with_addresses_to_copy(client, follow_page):
    ThreatCategoryFactory(name="KYC fraud", slug="kyc")
    AudienceFactory(name="Senior citizens", slug="seniors")
    DistrictFactory(name="Kolkata", slug="kolkata")
    html = client.get(follow_page.url).content.decode()
    assert html.count("<h1") == 1
    assert "A feed is a web address that lists our newest fraud advisories." in html
    for path in (
        "/feeds/advisories.rss",
        "/feeds/advisories.atom",
        "/feeds/advisories.json",
        "/feeds/category/kyc.rss",
        "/feeds/audience/seniors.atom",
        "/feeds/district/kolkata.json",
        "/feeds/cap/index.atom",
    ):
        assert f'href="http://testserver{path}"' in html
    assert "<code>http://testserver/feeds/advisories.rss</code>" in html
    assert "style=" not in html and "<script" not in html


def test_follow_page_lists_only_the_accounts_editors_entered(client, follow_page):
    html = client.get(follow_page.url).content.decode()
    assert "We have no official social media accounts listed yet." in html
    assert 'rel="me' not in html
    OfficialAccount.objects.create(
        page=follow_page,
        network="mastodon",
        handle="@cyber@police.social",
        url="https://police.social/@cyber",
    )
    html = client.get(follow_page.url).content.decode()
    assert "These are our only official accounts." in html
    assert 'Mastodon: <a href="https://police.social/@cyber" rel="me noopener">' in html
    assert html.count('rel="me noopener"') == 1


def test_follow_page_also_lists_the_published_register_of_official_accounts(client, follow_page):
    RegisteredAccount.objects.create(
        network="x",
        handle="@CyberPSJammu",
        url="https://x.com/CyberPSJammu",
        owner="Cyber Police Station Jammu",
        live=True,
    )
    RegisteredAccount.objects.create(
        network="x",
        handle="@NotYetOurs",
        url="https://x.com/NotYetOurs",
        owner="Draft entry",
        live=False,
    )
    OfficialAccount.objects.create(  # the same account entered twice is listed once
        page=follow_page, network="x", handle="@CyberPSJammu", url="https://x.com/CyberPSJammu/"
    )
    html = client.get(follow_page.url).content.decode()
    assert html.count("@CyberPSJammu</a>") == 1
    assert "NotYetOurs" not in html


def test_follow_page_in_urdu_is_right_to_left_with_urdu_feeds(client, follow_page):
    urdu = follow_page.copy_for_translation(locale("ur"))
    urdu.title = "ہمیں فالو کریں"
    publish(urdu)
    html = client.get(urdu.url).content.decode()
    assert '<html lang="ur" dir="rtl"' in html
    assert 'href="http://testserver/ur/feeds/advisories.rss"' in html
    assert 'href="/ur/feeds/advisories.atom"' in html  # autodiscovery in the head
