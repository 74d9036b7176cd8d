"""The home page, the frame of every page (help box, landmarks, headings) and error pages."""

import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.views.defaults import server_error
from wagtail.models import Page

from advisories.choices import SEVERITY_COLOURS, Severity
from awareness_site.contrast import AA_NORMAL_TEXT, contrast_ratio
from awareness_site.models import HomePage
from tests.factories import AdvisoryPageFactory, GuidelinePageFactory

SITE_CSS = (settings.PROJECT_DIR / "static" / "css" / "site.css").read_text()
TEMPLATE_DIRS = [settings.PROJECT_DIR / "templates", settings.BASE_DIR / "advisories" / "templates"]


class Outline(HTMLParser):
    """The landmarks, headings and first focusable element of a page."""

    def __init__(self, html):
        super().__init__()
        self.tags, self.h1s, self.first_link = [], 0, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.h1s += tag == "h1"
        if tag == "a" and self.first_link is None:
            self.first_link = dict(attrs)


@pytest.mark.django_db
def test_home_page_can_be_created_only_at_the_root(page_tests):
    page_tests.assertAllowedParentPageTypes(HomePage, {Page})


@pytest.mark.django_db
def test_home_shows_latest_current_advisories_guidelines_and_a_search_box(
    client, advisory_index, guideline_index
):
    newer = AdvisoryPageFactory(parent=advisory_index, title="Newest advisory")
    AdvisoryPageFactory(parent=advisory_index, title="Replaced advisory", superseded_by=newer)
    AdvisoryPageFactory(parent=advisory_index, title="Draft advisory", live=False)
    GuidelinePageFactory(parent=guideline_index, title="Using your browser safely")

    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Newest advisory" in html
    assert "Replaced advisory" not in html
    assert "Draft advisory" not in html
    assert "Using your browser safely" in html
    assert '<form class="search-form" role="search" method="get" action="/search/">' in html
    assert f'href="{advisory_index.url}">All advisories, with filters</a>' in html


@pytest.mark.django_db
def test_help_box_with_1930_portal_and_local_numbers_is_on_every_page(
    client, advisory, help_settings
):
    for url in ("/", advisory.url, "/search/?q=kyc", "/no-such-page/"):
        html = client.get(url).content.decode()
        assert 'href="tel:1930">Call <bdi dir="ltr">1930</bdi></a>' in html, url
        assert 'href="https://cybercrime.gov.in"' in html, url
        assert 'href="https://wa.me/919000001930"' in html, url
        assert 'WhatsApp <bdi dir="ltr">+91 90000 01930</bdi>' in html, url
        assert 'href="tel:+913320001930"' in html, url


@pytest.mark.django_db
def test_every_page_has_a_skip_link_landmarks_and_exactly_one_h1(client, advisory, guideline_index):
    guideline = GuidelinePageFactory(parent=guideline_index)
    pages = ["/", advisory.url, advisory.get_parent().url, guideline.url, guideline_index.url]
    for url in [*pages, "/search/", "/search/?q=kyc", "/no-such-page/"]:
        outline = Outline(client.get(url).content.decode())
        assert outline.first_link == {"class": "skip-link", "href": "#main"}, url
        for landmark in ("header", "nav", "main", "aside", "footer"):
            assert landmark in outline.tags, (url, landmark)
        assert outline.h1s == 1, url


@pytest.mark.django_db
def test_home_has_title_description_and_open_graph_tags(client, home, help_settings):
    html = client.get("/").content.decode()
    assert f"<title>{home.title} | {help_settings.unit_name}</title>" in html
    assert f'<meta name="description" content="{home.intro}">' in html
    assert '<meta property="og:type" content="website">' in html
    assert '<meta property="og:url" content="http://localhost/">' in html
    assert '<meta property="og:locale" content="en_IN">' in html


@pytest.mark.django_db
def test_unknown_address_is_a_404_with_help_and_a_search_box(client, home):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html
    assert 'class="help-box"' in html
    assert 'role="search"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_500_page_renders_without_the_database_and_gives_the_helpline():
    # No django_db mark: any query would fail this test.
    response = server_error(RequestFactory().get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "<h1>Something went wrong</h1>" in html
    assert 'href="tel:1930"' in html
    assert 'href="https://cybercrime.gov.in"' in html
    assert html == render_to_string("500.html")


def css_colours():
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;", SITE_CSS))


def test_severity_badge_colours_match_the_choices_and_pass_aa_contrast():
    colours = css_colours()
    for level in Severity:
        css_colour = colours[level.name.lower()]
        assert css_colour == SEVERITY_COLOURS[level], level
        assert contrast_ratio("#ffffff", css_colour) >= AA_NORMAL_TEXT, level


@pytest.mark.parametrize(
    ("foreground", "background"),
    [
        ("text", "bg"),
        ("muted", "bg"),
        ("link", "bg"),
        ("text", "help-bg"),
        ("link", "help-bg"),
        ("#ffffff", "brand"),
        ("#ffffff", "brand-dark"),
        ("warning", "#fff8f8"),
        ("text", "#fdecec"),
        ("link", "#fdecec"),
    ],
)
def test_text_colours_pass_wcag_aa_contrast(foreground, background):
    colours = css_colours()
    fg, bg = colours.get(foreground, foreground), colours.get(background, background)
    assert contrast_ratio(fg, bg) >= AA_NORMAL_TEXT


def test_focus_outline_stands_out_on_light_and_dark_backgrounds():
    colours = css_colours()
    assert ":focus-visible { outline: 3px solid var(--text);" in SITE_CSS
    assert contrast_ratio(colours["text"], colours["bg"]) >= 3
    assert "outline-color: var(--focus)" in SITE_CSS  # on the blue header and menu
    assert contrast_ratio(colours["focus"], colours["brand-dark"]) >= 3


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#fff", "#fff") == pytest.approx(1)


def test_base_text_is_at_least_18_pixels():
    root = re.search(r"\bhtml\s*\{[^}]*font-size:\s*([\d.]+)%", SITE_CSS)
    body = re.search(r"\bbody\s*\{[^}]*font-size:\s*([\d.]+)rem", SITE_CSS)
    assert 16 * float(root.group(1)) / 100 * float(body.group(1)) >= 18


def test_templates_have_no_inline_scripts_or_styles():
    for folder in TEMPLATE_DIRS:
        for template in folder.rglob("*.html"):
            text = template.read_text()
            assert not re.search(r"\sstyle\s*=", text), template
            assert not re.search(r"<script(?![^>]*\bsrc=)", text), template


@pytest.mark.django_db
def test_editor_creates_the_advisory_and_guideline_lists_under_home(page_tests, home, client):
    from wagtail.test.utils.form_data import nested_form_data

    from advisories.models import AdvisoryIndexPage, GuidelineIndexPage
    from tests.factories import empty_inline_formsets

    for model, title in ((AdvisoryIndexPage, "Fraud advisories"), (GuidelineIndexPage, "Guides")):
        data = {"title": title, "intro": f"All {title.lower()}.", **empty_inline_formsets(model)}
        page_tests.assertCanCreate(home, model, nested_form_data(data))
        page = model.objects.get(title=title)
        assert f"All {title.lower()}." in client.get(page.url).content.decode()


@pytest.mark.django_db
def test_an_administrator_creates_the_one_home_page_at_the_root(locales, django_user_model, client):
    from wagtail.test.utils import WagtailPageTestCase
    from wagtail.test.utils.form_data import nested_form_data

    from tests.factories import empty_inline_formsets

    admin = django_user_model.objects.create_superuser("root-admin", password="x")
    client.force_login(admin, backend="django.contrib.auth.backends.ModelBackend")
    page_tests = WagtailPageTestCase()
    page_tests.client = client
    root = Page.get_first_root_node()
    data = {"title": "Cyber Suraksha", "slug": "cyber-home", **empty_inline_formsets(HomePage)}
    page_tests.assertCanCreate(root, HomePage, nested_form_data(data))
    assert HomePage.objects.filter(slug="cyber-home", live=True).exists()
    assert not HomePage.can_create_at(root)  # one home page; translations are its copies
