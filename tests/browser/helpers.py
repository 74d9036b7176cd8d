"""What the browser tests check on a page: screenshots, axe, overflow, focus."""

from pathlib import Path

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def screenshots(page, name):
    """Full-page screenshots at phone and desktop width, kept by CI as artifacts."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        page.screenshot(path=SCREENSHOTS / f"{name}-{viewport['width']}.png", full_page=True)
    page.set_viewport_size(size)


def axe_violations(page):
    """axe-core's WCAG 2.2 A and AA violations on the page, as readable lines."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    results = Axe().run(page, options=options)
    lines = []
    for violation in results.response["violations"]:
        for node in violation["nodes"]:
            lines.append(f"{violation['id']}: {violation['help']} at {node['target']}")
    return lines


def horizontal_overflow(page):
    """How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways)."""
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def clipped_elements(page):
    """Visible elements whose text is cut off by their own box or pushed off screen."""
    return page.evaluate(CLIPPED_SCRIPT)


CLIPPED_SCRIPT = """() => {
    const width = document.documentElement.clientWidth;
    const insideScrollRegion = (el) => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
            if (/(auto|scroll)/.test(getComputedStyle(up).overflowX)) return true;
        }
        return false;
    };
    const found = [];
    for (const el of document.body.querySelectorAll('*')) {
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        const box = el.getBoundingClientRect();
        if (!box.width || !box.height) continue;
        if (el.closest('.skip-link, .visually-hidden, [aria-hidden="true"]')) continue;
        if (insideScrollRegion(el)) continue;  // a wide table scrolls in its own region
        const hides = /(hidden|clip)/.test(style.overflowX + style.overflowY);
        const cut = hides && (el.scrollWidth > el.clientWidth + 1
                              || el.scrollHeight > el.clientHeight + 1);
        const off = box.right > width + 1 || box.left < -1;
        if ((cut && el.textContent.trim()) || off) {
            const name = el.tagName.toLowerCase() + (el.className ? '.' + el.className : '');
            found.push(name + ': ' + el.textContent.trim().slice(0, 40));
        }
    }
    return found;
}"""


def focus_indicator(page):
    """Describe the focused element and whether a focus outline or ring is drawn."""
    return page.evaluate(FOCUS_SCRIPT)


FOCUS_SCRIPT = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow && style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    const label = el.labels && el.labels.length ? el.labels[0].textContent.trim() : '';
    return {
        tag: el.tagName.toLowerCase(),
        label: el.getAttribute('aria-label') || label,
        text: (el.textContent || el.value || '').trim().slice(0, 60),
        href: el.getAttribute('href'),
        visible: outline || ring,
        onScreen: box.bottom > 0 && box.top < window.innerHeight && box.width > 0,
    };
}"""
