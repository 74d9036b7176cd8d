"""Safe-browsing guidelines: do and don't checklists, made to be printed."""

import re

import pytest
from django.conf import settings
from wagtail.test.utils.form_data import nested_form_data, streamfield

from advisories.models import GuidelineIndexPage, GuidelinePage
from tests.factories import GuidelinePageFactory, empty_inline_formsets, list_block_data

pytestmark = pytest.mark.django_db

PRINT_CSS = settings.PROJECT_DIR / "static" / "css" / "print.css"


def checklist(heading, dos, donts):
    return ("checklist", {"heading": heading, "dos": dos, "donts": donts})


def test_editor_creates_a_guideline_with_a_checklist_and_steps(page_tests, guideline_index, client):
    data = nested_form_data(
        {
            "title": "Paying online",
            "summary": "Pay only when you are satisfied.",
            "body": streamfield(
                [
                    (
                        "checklist",
                        {
                            "heading": "Before you pay",
                            "dos": list_block_data(["See the product first."]),
                            "donts": list_block_data(["Never scan a QR code to receive money."]),
                        },
                    ),
                    ("steps", {"heading": "If you paid", "steps": list_block_data(["Call 1930."])}),
                ]
            ),
            **empty_inline_formsets(GuidelinePage),
        }
    )
    page_tests.assertCanCreate(guideline_index, GuidelinePage, data)

    html = client.get(GuidelinePage.objects.get(slug="paying-online").url).content.decode()
    assert "See the product first." in html
    assert "Never scan a QR code to receive money." in html
    assert "If you paid" in html


def test_guidelines_live_only_under_the_guideline_list(page_tests):
    page_tests.assertAllowedParentPageTypes(GuidelinePage, {GuidelineIndexPage})
    page_tests.assertAllowedSubpageTypes(GuidelinePage, set())


def test_guideline_is_routable_and_renderable(page_tests, guideline_index):
    page = GuidelinePageFactory(parent=guideline_index)
    page_tests.assertPageIsRoutable(page)
    page_tests.assertPageIsRenderable(page)


def test_checklist_shows_do_and_dont_under_their_own_headings(client, guideline_index):
    page = GuidelinePageFactory(
        parent=guideline_index,
        body=[checklist("In the browser", ["Type the address yourself."], ["Open SMS links."])],
    )
    html = client.get(page.url).content.decode()
    do_part = html[html.index("<h3>Do</h3>") : html.index("<h3>Don't</h3>")]
    assert "Type the address yourself." in do_part
    assert "Open SMS links." in html.split("<h3>Don't</h3>")[1]


def test_guideline_links_a_print_stylesheet_and_prints_its_own_address(client, guideline_index):
    page = GuidelinePageFactory(parent=guideline_index)
    html = client.get(page.url).content.decode()
    assert re.search(r'<link rel="stylesheet" href="[^"]*print\.css" media="print">', html)
    assert f"Printed from {page.full_url}" in html


def test_print_stylesheet_hides_navigation_but_keeps_the_help_numbers():
    css = PRINT_CSS.read_text()
    hidden = re.search(r"([^{}]+)\{\s*display:\s*none", css).group(1)
    for selector in (".main-nav", ".language-switcher", ".search-form", ".skip-link"):
        assert selector in hidden
    assert ".help-box" not in hidden
    assert re.search(r"\.print-only\s*\{\s*display:\s*block", css)


def test_guideline_list_shows_every_live_guideline(client, guideline_index):
    GuidelinePageFactory(parent=guideline_index, title="Using your browser safely")
    GuidelinePageFactory(parent=guideline_index, title="A draft", live=False)
    html = client.get(guideline_index.url).content.decode()
    assert "Using your browser safely" in html
    assert "A draft" not in html


def test_guideline_has_title_description_and_open_graph_tags(client, guideline_index):
    page = GuidelinePageFactory(parent=guideline_index, summary="Habits that keep you safe.")
    html = client.get(page.url).content.decode()
    assert f"<title>{page.title} |" in html
    assert '<meta name="description" content="Habits that keep you safe.">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:title" content="{page.title}">' in html
