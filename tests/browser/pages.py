"""Every kind of public page, reached the way a reader reaches it, in a given language."""

from playwright.sync_api import expect

LANGUAGES = {"en": "", "ur": "/ur"}


def open_url(page, url, status=200):
    response = page.goto(url)
    assert response.status == status, f"{url} answered {response.status}"


def open_first(page, index_url, selector):
    """Open an index and follow its first item."""
    open_url(page, index_url)
    link = page.locator(selector).first
    expect(link, f"{index_url} lists nothing to open ({selector})").to_be_attached()
    open_url(page, link.get_attribute("href"))


def _search(page, prefix):
    open_url(page, f"{prefix}/search/?q=KYC" if not prefix else f"{prefix}/search/?q=کے")


PAGES = {
    "home": lambda page, prefix: open_url(page, f"{prefix}/"),
    "advisory-index": lambda page, prefix: open_url(page, f"{prefix}/advisories/"),
    "advisory": lambda page, prefix: open_first(
        page, f"{prefix}/advisories/", "main .card__title a"
    ),
    "guideline": lambda page, prefix: open_first(
        page, f"{prefix}/guidelines/", "main .card__title a"
    ),
    "campaign": lambda page, prefix: open_first(
        page, f"{prefix}/campaigns/", "main .card__title a"
    ),
    "audience": lambda page, prefix: open_first(
        page, f"{prefix}/for-you/", "main .audience-list a"
    ),
    "directory": lambda page, prefix: open_url(page, f"{prefix}/cyber-cells/"),
    "impact": lambda page, prefix: open_url(page, f"{prefix}/impact/"),
    "search": _search,
    "404": lambda page, prefix: open_url(page, f"{prefix}/no-such-page/", status=404),
}
