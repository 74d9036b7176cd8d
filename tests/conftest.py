"""Shared fixtures: a site with a home page in every language, and its sections."""

import os
import socket

import pytest
from django.conf import settings
from wagtail.models import Locale, Page, Site

from tests.factories import (
    AdvisoryIndexPageFactory,
    AdvisoryPageFactory,
    GuidelineIndexPageFactory,
)


def service_available(host, port):
    try:
        socket.create_connection((host, port), timeout=1).close()
    except OSError:
        return False
    return True


def require_service(name, host, port):
    """Skip with a reason on a laptop; fail loudly in CI, where the service must be there."""
    if service_available(host, port):
        return
    message = f"{name} does not answer on {host}:{port}"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message}, and CI needs it.")
    pytest.skip(message)


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


@pytest.fixture
def home(locales):
    """An English home page as the default site's root, translated into hi, bn, ur."""
    from tests.factories import HomePageFactory

    root = Page.get_first_root_node()
    Site.objects.all().delete()
    root.get_children().delete()
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="home", locale=locales["en"])
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    for code in ("hi", "bn", "ur"):
        home.copy_for_translation(locales[code]).save_revision().publish()
    return home


@pytest.fixture
def advisory_index(home):
    return AdvisoryIndexPageFactory(parent=home, show_in_menus=True)


@pytest.fixture
def guideline_index(home):
    return GuidelineIndexPageFactory(parent=home, show_in_menus=True)


@pytest.fixture
def advisory(advisory_index):
    return AdvisoryPageFactory(parent=advisory_index, title="Fake KYC update SMS")
