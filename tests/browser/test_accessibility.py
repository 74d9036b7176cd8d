"""axe-core on every kind of public page, in English and in Urdu: no WCAG 2.2 A/AA violation."""

import pytest
from playwright.sync_api import expect

from .helpers import axe_violations
from .pages import LANGUAGES, PAGES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", PAGES)
def test_page_has_no_wcag_violations_and_one_main_heading(phone, kind, language):
    PAGES[kind](phone, LANGUAGES[language])

    expect(phone.locator("html")).to_have_attribute("lang", language)
    expect(phone.locator("html")).to_have_attribute("dir", "rtl" if language == "ur" else "ltr")
    expect(phone.locator("h1")).to_have_count(1)
    assert axe_violations(phone) == []
