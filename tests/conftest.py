"""Shared fixtures: a site with a home page in every language, and its sections."""

import os
import socket
import uuid

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation
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


def pytest_collection_modifyitems(items):
    """With pytest-xdist (``make test`` runs one worker per core), each test module runs
    on one worker, so module-wide state (a Redis database a module clears, a fake
    server) is never shared by two workers at once; the browser tests all run on one
    worker, which serves the one site they share."""
    for item in items:
        group = "browser" if item.get_closest_marker("browser") else item.module.__name__
        item.add_marker(pytest.mark.xdist_group(group))


@pytest.fixture(autouse=True)
def default_language_after_each_test():
    """A request to /hi/, /bn/ or /ur/ leaves that language active in the thread: every
    test ends with the default language active again, so the next one starts clean."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(params=["files", "redis"])
def shared_cache(request, settings, tmp_path):
    """The default cache made one that every process on the machine shares, as the
    site's web server and worker do: Redis (skipped without it, failed in CI) or files.
    Yields its settings, for a second process."""
    if request.param == "redis":
        require_service("Redis", "127.0.0.1", 6379)
        backend = {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/9",
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",  # this test's keys only, in every run
        }
    else:
        backend = {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
        }
    settings.CACHES = {"default": backend}
    yield backend
    if request.param == "redis":
        caches["default"].delete_pattern("*")  # under this test's prefix


@pytest.fixture
def database_task_queue(settings):
    """Tasks wait in django-tasks' database queue for a worker, as under `make run`."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": settings.TASK_QUEUES}
    }
    return settings


@pytest.fixture(autouse=True)
def fresh_structure_cache():
    """The structure cache (awareness_site/structure.py) lives in the test process's
    memory, which outlasts each test's database: every test starts without it."""
    from awareness_site import structure

    structure.new_generation()


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


@pytest.fixture
def home(locales):
    """An English home page as the default site's root, translated into hi, bn, ur."""
    from awareness_site.models import HelpSettings
    from tests.factories import HomePageFactory

    root = Page.get_first_root_node()
    Site.objects.all().delete()
    root.get_children().delete()
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="home", locale=locales["en"])
    site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    # Made before anything is published: a live server answering a front-cache refresh
    # would otherwise race this fixture to create the site's help numbers.
    HelpSettings.objects.get_or_create(site=site)
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


@pytest.fixture
def help_settings(home):
    """The help numbers of the default site, with local numbers filled in."""
    from awareness_site.models import HelpSettings

    settings_ = HelpSettings.for_site(Site.objects.get(is_default_site=True))
    settings_.local_whatsapp = "+91 90000 01930"
    settings_.local_phone = "+91 33 2000 1930"
    settings_.save()
    return settings_


EDITOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("awareness_site", "change_helpsettings"),
    *[
        ("awareness_site", f"{action}_{model}")
        for model in ("threatcategory", "audience", "district")
        for action in ("add", "change", "delete")
    ],
]


@pytest.fixture
def editor(home, django_user_model):
    """A non-superuser who may add, edit and publish pages under the English home page,
    manage the taxonomy, the help numbers and the image library."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

    group = Group.objects.create(name="Test editors")
    for app_label, codename in EDITOR_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=home,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    for codename in ("add_image", "change_image", "choose_image"):
        GroupCollectionPermission.objects.create(
            group=group,
            collection=Collection.get_first_root_node(),
            permission=Permission.objects.get(
                content_type__app_label="wagtailimages", codename=codename
            ),
        )
    user = django_user_model.objects.create_user(username="editor", password="x", is_staff=True)
    user.groups.add(group)
    return user


@pytest.fixture
def editor_client(client, editor):
    """The test client, logged in as the editor (the model backend: no throttling check)."""
    client.force_login(editor, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def page_tests(editor_client):
    """Wagtail's own page assertions (assertCanCreate, assertPageIsRenderable, ...)
    for pytest, with the editor logged in."""
    from wagtail.test.utils import WagtailPageTestCase
    from wagtail.test.utils.page_tests import get_dummy_request

    client = editor_client
    case = WagtailPageTestCase()
    case.client = client
    case.dummy_request = get_dummy_request()
    return case
