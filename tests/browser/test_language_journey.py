"""Journey 4: a reader switches the site to Urdu and back."""

import re

import pytest
from playwright.sync_api import expect

from .helpers import screenshots

pytestmark = pytest.mark.browser


def test_reader_switches_to_urdu_and_back_with_direction_language_and_menu_right(phone):
    phone.goto("/")
    expect(phone.locator("html")).to_have_attribute("lang", "en")
    expect(phone.locator("html")).to_have_attribute("dir", "ltr")

    phone.get_by_role("navigation", name="Language").get_by_role("link", name="اردو").click()
    expect(phone).to_have_url(re.compile(r"/ur/$"))
    expect(phone.locator("html")).to_have_attribute("lang", "ur")
    expect(phone.locator("html")).to_have_attribute("dir", "rtl")
    screenshots(phone, "journey4-home-ur")
