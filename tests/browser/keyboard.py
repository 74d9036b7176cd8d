"""Moving through a page with the Tab key, checking focus at every step."""

from .helpers import focus_indicator

IDENTIFY = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    return [...document.querySelectorAll('*')].indexOf(el);
}"""

COUNT_FOCUSABLE = """() => [...document.querySelectorAll(
    'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])'
)].filter(el => !el.disabled && el.getClientRects().length
                && getComputedStyle(el).visibility !== 'hidden').length"""


class FocusLost(AssertionError):
    pass


def tab_to(page, matches, limit=150, key="Tab"):
    """Press Tab until ``matches(focus)`` is true; every stop must show where focus is."""
    for _step in range(limit):
        page.keyboard.press(key)
        focus = _settled_focus(page)
        if focus is None:
            continue
        if not (focus["visible"] and focus["onScreen"]):
            raise FocusLost(f"focus is not visible on {focus}")
        if matches(focus):
            return focus
    raise FocusLost(f"no focusable element matched after {limit} presses of {key}")


def _settled_focus(page, patience_ms=2000, step_ms=100):
    """The focused element, after any smooth scrolling that brings it into view.

    A smooth scroll takes a few hundred milliseconds, longer on a loaded machine:
    wait for it up to ``patience_ms``; focus that never comes into view still fails.
    """
    focus = focus_indicator(page)
    for _waited in range(0, patience_ms, step_ms):
        if focus is None or focus["onScreen"]:
            break
        page.wait_for_timeout(step_ms)
        focus = focus_indicator(page)
    return focus


def tab_through(page):
    """Tab from the top until focus comes back round; return how many elements were reached."""
    seen = []
    for _step in range(page.evaluate(COUNT_FOCUSABLE) + 10):
        page.keyboard.press("Tab")
        where = page.evaluate(IDENTIFY)
        focus = focus_indicator(page)
        if focus is not None and not (focus["visible"] and focus["onScreen"]):
            raise FocusLost(f"focus is not visible on {focus}")
        if where in seen:
            break
        if where is not None:
            seen.append(where)
    return len(seen)


def press_enter_and_wait(page):
    """Follow the focused link or press the focused button, and wait for the next page."""
    with page.expect_navigation():
        page.keyboard.press("Enter")


def focusable_count(page):
    return page.evaluate(COUNT_FOCUSABLE)
