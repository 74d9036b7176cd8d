"""Journey 1: a reader on a 390 px phone finds help, reads an advisory, filters, searches."""

import re

import pytest
from playwright.sync_api import expect

from .helpers import screenshots

pytestmark = pytest.mark.browser


def test_reader_on_a_phone_finds_help_reads_filters_and_searches(phone, browser_errors):
    phone.goto("/")
    screenshots(phone, "journey1-home")
    help_box = phone.get_by_role("complementary", name=re.compile("Lost money"))
    helpline = help_box.get_by_role("link", name=re.compile(r"Call 1930"))
    expect(helpline).to_have_attribute("href", "tel:1930")
    expect(helpline).to_be_in_viewport()

    # Their district's cyber cell: its phone and its WhatsApp chat.
    help_box.get_by_role("link", name="Find your cyber cell").click()
    phone.get_by_label("Your district").select_option(label="Kathua")
    phone.get_by_role("button", name="Show").click()
    expect(phone).to_have_url(re.compile(r"district=kathua"))
    cell = phone.locator("article.cell").filter(has_text="District Cyber Cell Kathua")
    expect(cell.get_by_role("link", name=re.compile(r"90000"))).not_to_have_count(0)
    whatsapp = cell.locator("a[href^='https://wa.me/']")
    expect(whatsapp).to_have_attribute("href", re.compile(r"^https://wa\.me/91\d{10}"))
    expect(cell.locator("a[href^='tel:']")).to_have_count(1)
    screenshots(phone, "journey1-cyber-cell")

    # An advisory from the home page.
    phone.get_by_role("navigation", name="Main").get_by_role("link", name="Home").click()
    first = phone.locator("main .card__title a").first
    title = first.inner_text()
    first.click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(title)
    expect(phone.get_by_role("heading", name=re.compile("If you lost money"))).to_be_visible()
    screenshots(phone, "journey1-advisory")

    # The list, for senior citizens only.
    phone.get_by_role("navigation", name="Main").get_by_role("link", name="Advisories").click()
    all_count = _result_count(phone)
    phone.get_by_label("Who it affects").select_option(label="Senior citizens")
    phone.get_by_role("button", name="Apply filters").click()
    expect(phone).to_have_url(re.compile(r"audience=senior-citizens"))
    expect(phone.get_by_label("Who it affects")).to_have_value("senior-citizens")
    assert 0 < _result_count(phone) < all_count
    screenshots(phone, "journey1-advisories-for-senior-citizens")

    # Search for KYC.
    phone.get_by_role("navigation", name="Main").get_by_role("link", name="Search").click()
    phone.get_by_label("Search advisories and guidelines").fill("KYC")
    phone.get_by_label("Search advisories and guidelines").press("Enter")
    expect(phone).to_have_url(re.compile(r"/search/\?q=KYC"))
    results = phone.locator("main .card__title a")
    expect(results.first).to_contain_text("KYC")
    screenshots(phone, "journey1-search-kyc")
    assert browser_errors == []


def _result_count(page):
    heading = page.locator("#results-title").inner_text()
    return int(re.search(r"\d+", heading).group())
