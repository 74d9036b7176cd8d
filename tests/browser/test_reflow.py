"""A 320 px wide screen and text at 200%: nothing scrolls sideways, nothing is cut off."""

import pytest

from .helpers import DESKTOP, clipped_elements, horizontal_overflow, screenshots
from .pages import LANGUAGES, PAGES

pytestmark = pytest.mark.browser

NARROW = {"width": 320, "height": 640}
DOUBLE_TEXT = """() => {
    const root = document.documentElement;
    root.style.fontSize = (parseFloat(getComputedStyle(root).fontSize) * 2) + 'px';
}"""
BODY_TEXT_SIZE = "() => parseFloat(getComputedStyle(document.body).fontSize)"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", PAGES)
def test_layout_holds_at_320_px_and_with_text_at_200_percent(new_page, kind, language):
    page = new_page(NARROW)
    PAGES[kind](page, LANGUAGES[language])

    assert horizontal_overflow(page) == 0, "320 px"
    assert clipped_elements(page) == [], "320 px"

    page.set_viewport_size(DESKTOP)
    standard = page.evaluate(BODY_TEXT_SIZE)
    page.evaluate(DOUBLE_TEXT)
    assert page.evaluate(BODY_TEXT_SIZE) == standard * 2
    assert horizontal_overflow(page) == 0, "text at 200%"
    assert clipped_elements(page) == [], "text at 200%"
    if kind == "advisory":
        screenshots(page, f"text-200-percent-advisory-{language}")
