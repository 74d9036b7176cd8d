"""Journey 4: a reader switches the site to Urdu and back."""

import re

import pytest
from playwright.sync_api import expect

from .helpers import screenshots

pytestmark = pytest.mark.browser


def _menu_hrefs(page):
    menu = page.get_by_role("navigation", name=re.compile("Main|مرکزی"))
    return [link.get_attribute("href") for link in menu.get_by_role("link").all()]


def test_reader_switches_to_urdu_and_back_with_direction_language_and_menu_right(phone):
    phone.goto("/advisories/kyc-update-sms-scam/")
    english_title = phone.get_by_role("heading", level=1).inner_text()
    html = phone.locator("html")
    expect(html).to_have_attribute("lang", "en")
    expect(html).to_have_attribute("dir", "ltr")

    phone.locator(".language-switcher a[hreflang='ur']").click()

    expect(phone).to_have_url(re.compile(r"/ur/advisories/kyc-update-sms-scam/$"))
    expect(html).to_have_attribute("lang", "ur")
    expect(html).to_have_attribute("dir", "rtl")
    expect(phone.get_by_role("heading", level=1)).not_to_have_text(english_title)
    expect(phone.locator(".language-switcher a[hreflang='ur']")).to_have_attribute(
        "aria-current", "true"
    )
    assert all(href.startswith("/ur/") for href in _menu_hrefs(phone))
    # Right to left: the site's name sits at the right edge, the menu starts there.
    header = phone.locator(".site-name").bounding_box()
    assert header["x"] + header["width"] > phone.viewport_size["width"] / 2
    screenshots(phone, "journey4-advisory-ur")

    phone.locator(".language-switcher a[hreflang='en']").click()

    expect(phone).to_have_url(re.compile(r"/advisories/kyc-update-sms-scam/$"))
    expect(html).to_have_attribute("lang", "en")
    expect(html).to_have_attribute("dir", "ltr")
    expect(phone.get_by_role("heading", level=1)).to_have_text(english_title)
    assert not any(href.startswith("/ur/") for href in _menu_hrefs(phone))
    screenshots(phone, "journey4-advisory-back-in-english")
