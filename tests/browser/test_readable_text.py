"""The readable-text option works without JavaScript and leaves no tracking cookie."""

import re

import pytest
from playwright.sync_api import expect

from .helpers import PHONE, axe_violations, screenshots

pytestmark = pytest.mark.browser


def _body_text_size(page):
    return page.evaluate(
        "() => parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)"
    )


def _text_colour(page):
    return page.evaluate("() => getComputedStyle(document.querySelector('main p')).color")


def test_readable_text_without_javascript_is_larger_remembered_and_reversible(new_page):
    page = new_page(PHONE, java_script_enabled=False)
    page.goto("/advisories/")
    standard = _body_text_size(page)
    toggle = page.get_by_role("button", name="Larger text")
    expect(toggle).to_have_attribute("aria-pressed", "false")

    toggle.click()

    assert page.url.endswith("/advisories/")  # back on the same list
    expect(page.locator("html")).to_have_class("readable-text")
    expect(toggle).to_have_attribute("aria-pressed", "true")
    assert _body_text_size(page) >= standard * 1.2
    assert _text_colour(page) == "rgb(0, 0, 0)"
    cookies = page.context.cookies()
    assert [(c["name"], c["value"], c["httpOnly"]) for c in cookies] == [
        ("readable_text", "1", True)
    ]
    screenshots(page, "readable-text-advisories")

    page.goto("/guidelines/")  # remembered on the next page
    expect(page.locator("html")).to_have_class("readable-text")

    page.get_by_role("button", name="Larger text").click()
    expect(page.locator("html")).not_to_have_class("readable-text")
    assert page.context.cookies() == []


def test_readable_text_pages_still_pass_axe(new_page):
    page = new_page(PHONE)
    page.goto("/")
    page.get_by_role("button", name="Larger text").click()
    expect(page.locator("html")).to_have_class("readable-text")
    for url in ("/", "/advisories/", "/ur/"):
        page.goto(url)
        assert axe_violations(page) == [], url


def test_pages_seen_before_the_choice_come_back_in_readable_text(new_page):
    page = new_page(PHONE)
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Fraud advisories").click()
    page.get_by_role("button", name="Larger text").click()
    expect(page.locator("html")).to_have_class("readable-text")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Home").click()

    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.locator("html")).to_have_class("readable-text")
