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
    try:
        import brotli
    except ImportError:
        return None
    return len(brotli.compress(body, quality=11))


def measure(new_page, url):
    """Bytes of each HTML, CSS and JS response the page loads: raw, gzip -6 and brotli."""
    page = new_page(PHONE)
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="load")
    rows = []
    for response in responses:
        if response.request.resource_type not in COUNTED or response.status != 200:
            continue
        body = response.body()
        rows.append(
            {
                "url": response.url,
                "type": response.request.resource_type,
                "raw": len(body),
                "gzip": len(gzip.compress(body, compresslevel=6)),
                "brotli": _brotli_size(body),
            }
        )
    return rows


def _advisory_urls(new_page):
    page = new_page(PHONE)
    page.goto("/advisories/")
    return [a.get_attribute("href") for a in page.locator("main .card__title a").all()]


def test_every_advisory_page_stays_under_60_kb_of_html_css_and_js_compressed(new_page):
    urls = _advisory_urls(new_page)
    assert urls, "the demo site lists no advisories"
    totals = {}
    for url in urls:
        rows = measure(new_page, url)
        totals[url] = {
            "gzip": sum(row["gzip"] for row in rows),
            "raw": sum(row["raw"] for row in rows),
            "brotli": None
            if None in [r["brotli"] for r in rows]
            else sum(r["brotli"] for r in rows),
            "files": rows,
        }
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(totals, indent=2))
    heaviest = max(totals, key=lambda url: totals[url]["gzip"])
    assert totals[heaviest]["gzip"] < BUDGET, f"{heaviest}: {totals[heaviest]['gzip']} bytes"
