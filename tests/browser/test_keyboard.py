"""Keyboard only: the reader's and the language journeys with Tab and Enter; focus always
shows; nothing traps it."""

import re

import pytest
from playwright.sync_api import expect

from .keyboard import focusable_count, press_enter_and_wait, tab_through, tab_to
from .pages import LANGUAGES, PAGES

pytestmark = pytest.mark.browser


def _text(pattern):
    return lambda focus: re.search(pattern, focus["text"] or "") is not None


def _href(pattern):
    return lambda focus: re.search(pattern, focus["href"] or "") is not None


def test_reader_journey_by_keyboard_alone(phone):
    phone.goto("/")
    first = tab_to(phone, lambda focus: True)
    assert first["text"] == "Skip to main content"
    tab_to(phone, _href(r"^tel:1930$"))
    tab_to(phone, _text("Find your cyber cell"))
    press_enter_and_wait(phone)
    expect(phone).to_have_url(re.compile(r"/cyber-cells/"))

    tab_to(phone, lambda focus: focus["tag"] == "select")
    phone.keyboard.type("Kathua")
    tab_to(phone, _text("^Show$"))
    press_enter_and_wait(phone)
    expect(phone).to_have_url(re.compile(r"district=kathua"))
    tab_to(phone, _href(r"^https://wa\.me/"))

    tab_to(phone, _href(r"^/advisories/$"), key="Shift+Tab")
    press_enter_and_wait(phone)
    tab_to(phone, lambda focus: focus["label"] == "Who it affects")
    phone.keyboard.type("Senior")
    tab_to(phone, _text("^Apply filters$"))
    press_enter_and_wait(phone)
    expect(phone).to_have_url(re.compile(r"audience=senior-citizens"))
    tab_to(phone, _href(r"^/advisories/[\w-]+/$"))
    press_enter_and_wait(phone)
    expect(phone.get_by_role("heading", name=re.compile("If you lost money"))).to_be_visible()

    tab_to(phone, _text("^Search$"))
    press_enter_and_wait(phone)
    tab_to(phone, lambda focus: focus["tag"] == "input")
    phone.keyboard.type("KYC")
    press_enter_and_wait(phone)
    expect(phone.locator("main .card__title a").first).to_contain_text("KYC")


def test_language_switch_by_keyboard_alone(phone):
    phone.goto("/advisories/")
    tab_to(phone, _text("^اردو$"))
    press_enter_and_wait(phone)
    expect(phone.locator("html")).to_have_attribute("dir", "rtl")
    tab_to(phone, _text("^English$"))
    press_enter_and_wait(phone)
    expect(phone.locator("html")).to_have_attribute("dir", "ltr")
    expect(phone).to_have_url(re.compile(r"/advisories/$"))


def test_skip_link_moves_focus_to_the_main_content(phone):
    phone.goto("/advisories/")
    phone.keyboard.press("Tab")
    phone.keyboard.press("Enter")
    expect(phone.locator("main")).to_be_focused()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", PAGES)
def test_tab_reaches_every_control_and_nothing_traps_focus(phone, kind, language):
    PAGES[kind](phone, LANGUAGES[language])

    assert tab_through(phone) == focusable_count(phone)
