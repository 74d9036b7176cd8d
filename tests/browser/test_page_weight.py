"""Page weight: an advisory's HTML, CSS and JavaScript stay under 60 KB compressed.

Images are counted apart: the editor's journey checks that they come as WebP
renditions from a srcset, the small one on a phone.
"""

import gzip
import json

import pytest

from .helpers import PHONE, SCREENSHOTS

pytestmark = pytest.mark.browser

BUDGET = 60 * 1024
COUNTED = {"document", "stylesheet", "script"}
REPORT = SCREENSHOTS.parent / "page-weight.json"


def _brotli_size(body):
    import brotli

    return len(brotli.compress(body, quality=11))


def measure(new_page, url):
    """Bytes of each HTML, CSS and JS response the page loads: as sent by the site, as
    deploy/nginx.conf compresses them (gzip level 5), and as brotli would (a CDN)."""
    page = new_page(PHONE)
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="load")
    files = []
    for response in responses:
        if response.request.resource_type not in COUNTED or response.status != 200:
            continue
        body = response.body()
        files.append(
            {
                "url": response.url,
                "raw": len(body),
                "gzip": len(gzip.compress(body, compresslevel=5)),
                "brotli": _brotli_size(body),
            }
        )
    totals = {key: sum(row[key] for row in files) for key in ("raw", "gzip", "brotli")}
    return {**totals, "files": files}


def _advisory_urls(new_page, index_url):
    page = new_page(PHONE)
    page.goto(index_url)
    return [a.get_attribute("href") for a in page.locator("main .card__title a").all()]


def test_every_advisory_page_stays_under_60_kb_of_html_css_and_js_compressed(new_page):
    urls = _advisory_urls(new_page, "/advisories/") + _advisory_urls(new_page, "/ur/advisories/")
    assert len(urls) > 1, "the demo site lists no advisories"

    weights = {url: measure(new_page, url) for url in urls}

    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(weights, indent=2))
    heaviest = max(weights, key=lambda url: weights[url]["gzip"])
    assert weights[heaviest]["gzip"] < BUDGET, f"{heaviest}: {weights[heaviest]['gzip']} bytes"
    assert weights[heaviest]["brotli"] < BUDGET
