"""Whole pages are cached for anonymous readers, never for editors, and forgotten on change."""

import subprocess
import sys
import time
from pathlib import Path
from wsgiref.util import setup_testing_defaults

import pytest
from django.conf import settings as django_settings
from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from freezegun import freeze_time
from wagtail.models import PageViewRestriction, Site

from advisories.models import RelatedAdvisory
from awareness_site.cache import CACHE_HEADER, CachedPageApp, forget_local, token_key
from awareness_site.models import HelpSettings
from tests.factories import AdvisoryPageFactory, GuidelinePageFactory, ThreatCategoryFactory

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    caches["default"].clear()
    forget_local()
    yield caches["default"]
    caches["default"].clear()
    forget_local()


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.com", "x")


def fetch_twice(client, url, **extra):
    client.get(url, **extra)
    return client.get(url, **extra)


def test_second_anonymous_read_is_served_from_the_cache(client, page_cache, advisory):
    first = client.get(advisory.url)
    second = client.get(advisory.url)
    assert first[CACHE_HEADER] == "miss"
    assert second[CACHE_HEADER] == "hit"
    assert second.content == first.content
    assert b"Fake KYC update SMS" in second.content


def test_cached_page_tells_shared_caches_how_long_and_how_to_revalidate(
    client, page_cache, advisory
):
    response = fetch_twice(client, advisory.url)
    assert response["Cache-Control"] == "public, max-age=60, s-maxage=600"
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"].endswith("GMT")
    assert "Cookie" not in response.get("Vary", "")
    not_modified = client.get(advisory.url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert not_modified.status_code == 304
    assert not_modified.content == b""


def test_with_the_app_cache_off_pages_still_tell_front_caches_to_keep_them(client, advisory):
    response = client.get(advisory.url)  # the test settings switch the app cache off
    assert CACHE_HEADER not in response
    assert response["Cache-Control"] == "public, max-age=60, s-maxage=600"
    assert "ETag" in response


def test_a_missing_page_is_kept_by_front_caches_but_browsers_ask_again(client, page_cache, home):
    response = fetch_twice(client, "/no-such-advisory/")
    assert response.status_code == 404
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=60"
    assert CACHE_HEADER not in response  # the app cache keeps pages, not misses


def test_no_cached_response_carries_a_cookie_or_csrf_token(
    client, page_cache, advisory, guideline_index
):
    guideline = GuidelinePageFactory(parent=guideline_index)
    for url in ("/", "/advisories/", advisory.url, guideline.url, "/hi/"):
        response = fetch_twice(client, url)
        assert response[CACHE_HEADER] == "hit", url
        assert not response.cookies, url
        assert b"csrfmiddlewaretoken" not in response.content, url
        assert "csrftoken" not in str(response.headers), url


def test_a_page_with_a_csrf_form_is_never_stored(client, page_cache, advisory):
    PageViewRestriction.objects.create(page=advisory, restriction_type="password", password="pw")
    response = fetch_twice(client, advisory.url)
    assert b"csrfmiddlewaretoken" in response.content
    assert CACHE_HEADER not in response
    assert "private" in response["Cache-Control"]


def test_logged_in_editor_is_never_served_or_stored_in_the_cache(
    client, page_cache, advisory, editor
):
    client.get(advisory.url)  # an anonymous reader fills the cache
    client.force_login(editor)
    response = fetch_twice(client, advisory.url)
    assert CACHE_HEADER not in response
    assert "private" in response["Cache-Control"]
    client.logout()
    assert client.get(advisory.url)[CACHE_HEADER] == "hit"  # the anonymous copy, unchanged


def test_editor_page_is_not_stored_for_anonymous_readers(client, page_cache, advisory, editor):
    client.force_login(editor)
    client.get(advisory.url)
    client.logout()
    assert client.get(advisory.url)[CACHE_HEADER] == "miss"


def test_any_session_cookie_bypasses_the_cache(client, page_cache, advisory):
    client.get(advisory.url)
    client.cookies["sessionid"] = "not-a-real-session"
    response = client.get(advisory.url)
    assert CACHE_HEADER not in response


def test_admin_and_preview_are_never_cached(client, page_cache, advisory, editor):
    login = fetch_twice(client, "/admin/login/")
    assert CACHE_HEADER not in login
    client.force_login(editor)
    advisory.title = "Draft title"
    advisory.save_revision()
    draft = fetch_twice(client, f"/admin/pages/{advisory.pk}/view_draft/")
    assert b"Draft title" in draft.content
    assert CACHE_HEADER not in draft
    client.logout()
    public = client.get(advisory.url)
    assert b"Draft title" not in public.content


def test_tracking_parameters_share_the_cached_page(client, page_cache, advisory):
    client.get(advisory.url)
    response = client.get(advisory.url + "?utm_source=whatsapp&fbclid=abc")
    assert response[CACHE_HEADER] == "hit"


def test_readable_text_readers_get_their_own_cached_copy(client, page_cache, advisory):
    client.get(advisory.url)
    client.cookies["readable_text"] = "1"
    readable = client.get(advisory.url)
    assert readable[CACHE_HEADER] == "miss"
    assert b'class="readable-text"' in readable.content


def test_publish_forgets_the_page_its_index_and_home_but_not_unrelated_pages(
    client, page_cache, advisory, guideline_index, django_capture_on_commit_callbacks
):
    other = AdvisoryPageFactory(parent=advisory.get_parent(), title="Fake parcel SMS")
    guideline = GuidelinePageFactory(parent=guideline_index)
    urls = ["/", "/advisories/", advisory.url, other.url, guideline.url]
    for url in urls:
        client.get(url)
    advisory.title = "Fake KYC update SMS, now by WhatsApp"
    with django_capture_on_commit_callbacks(execute=True):
        advisory.save_revision().publish()
    states = {url: client.get(url) for url in urls}
    for url in ("/", "/advisories/", advisory.url):
        assert states[url][CACHE_HEADER] == "miss", url
        assert b"now by WhatsApp" in states[url].content, url
    assert states[other.url][CACHE_HEADER] == "hit"
    assert states[guideline.url][CACHE_HEADER] == "hit"


def _advisory_of_kind(parent, kind, title):
    page = AdvisoryPageFactory(parent=parent, title=title)
    page.threat_categories = [kind]
    page.save_revision().publish()
    return page


def test_the_related_lists_that_show_an_advisory_follow_its_publish_edit_and_unpublish(
    client, page_cache, advisory_index, django_capture_on_commit_callbacks
):
    """Without an editor's choice, an advisory's related list is the latest of its kind."""
    kyc, loans = ThreatCategoryFactory(), ThreatCategoryFactory()
    showing = [_advisory_of_kind(advisory_index, kyc, f"KYC trick {n}") for n in range(2)]
    chosen = _advisory_of_kind(advisory_index, kyc, "KYC trick, the editor's choice")
    RelatedAdvisory.objects.create(page=chosen, advisory=showing[0], sort_order=0)
    other_kind = _advisory_of_kind(advisory_index, loans, "A loan app")
    urls = [page.url for page in (*showing, chosen, other_kind)]
    for url in urls:
        client.get(url)

    with django_capture_on_commit_callbacks(execute=True):
        new = _advisory_of_kind(advisory_index, kyc, "Fake video-KYC call")
    states = {url: client.get(url) for url in urls}
    for page in showing:
        assert states[page.url][CACHE_HEADER] == "miss", page.title
        assert b"Fake video-KYC call" in states[page.url].content, page.title
    assert states[chosen.url][CACHE_HEADER] == "hit"  # it shows its editor's choice
    assert states[other_kind.url][CACHE_HEADER] == "hit"

    new.title = "Fake video-KYC call from the bank"
    with django_capture_on_commit_callbacks(execute=True):
        new.save_revision().publish()
    assert b"Fake video-KYC call from the bank" in client.get(showing[0].url).content

    with django_capture_on_commit_callbacks(execute=True):
        new.unpublish()
    for page in showing:
        assert b"Fake video-KYC call" not in client.get(page.url).content, page.title


def test_an_advisory_too_old_to_be_in_a_related_list_leaves_the_others_cached(
    client, page_cache, advisory_index, django_capture_on_commit_callbacks
):
    kyc = ThreatCategoryFactory()
    oldest = _advisory_of_kind(advisory_index, kyc, "The first KYC trick")
    newer = [_advisory_of_kind(advisory_index, kyc, f"KYC trick {n}") for n in range(4)]
    for page in newer:
        client.get(page.url)
    oldest.title = "The first KYC trick, corrected"
    with django_capture_on_commit_callbacks(execute=True):
        oldest.save_revision().publish()
    for page in newer:  # each shows the three latest others, all newer than it
        response = client.get(page.url)
        assert response[CACHE_HEADER] == "hit", page.title
        assert b"The first KYC trick" not in response.content


def test_unpublished_page_disappears_from_its_page_and_lists(
    client, page_cache, advisory, django_capture_on_commit_callbacks
):
    for url in ("/", "/advisories/", advisory.url):
        client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        advisory.unpublish()
    assert client.get(advisory.url).status_code == 404
    assert b"Fake KYC update SMS" not in client.get("/advisories/").content
    assert b"Fake KYC update SMS" not in client.get("/").content


def test_deleted_page_disappears(client, page_cache, advisory, django_capture_on_commit_callbacks):
    url = advisory.url
    client.get(url)
    client.get("/advisories/")
    with django_capture_on_commit_callbacks(execute=True):
        advisory.delete()
    assert client.get(url).status_code == 404
    assert b"Fake KYC update SMS" not in client.get("/advisories/").content


def test_renamed_page_redirects_from_its_old_address(
    client, page_cache, advisory, django_capture_on_commit_callbacks
):
    old_url = advisory.url
    client.get(old_url)
    advisory.slug = "kyc-sms-scam"
    with django_capture_on_commit_callbacks(execute=True):
        advisory.save_revision().publish()
    moved = client.get(old_url)  # Wagtail's automatic redirect, not the cached old page
    assert moved.status_code == 301
    assert moved["Location"] == "/advisories/kyc-sms-scam/"


def test_changing_the_help_numbers_forgets_every_page(
    client, page_cache, advisory, django_capture_on_commit_callbacks
):
    client.get(advisory.url)
    help_settings = HelpSettings.for_site(Site.objects.get(is_default_site=True))
    help_settings.local_whatsapp = "+91 98300 12345"
    with django_capture_on_commit_callbacks(execute=True):
        help_settings.save()
    response = client.get(advisory.url)
    assert response[CACHE_HEADER] == "miss"
    assert b"wa.me/919830012345" in response.content


INVALIDATE_IN_ANOTHER_PROCESS = """
import django, sys
from django.conf import settings
settings.configure(CACHES={"default": %r}, PAGE_CACHE_ALIAS="default")
django.setup()
from awareness_site.cache import invalidate_paths
invalidate_paths([sys.argv[1]])
"""


@pytest.fixture
def shared_cache_settings(shared_cache, settings):
    settings.PAGE_CACHE_ENABLED = True
    forget_local()
    yield shared_cache
    forget_local()


def test_a_page_forgotten_by_another_process_is_not_served(
    client, shared_cache_settings, advisory, settings
):
    """The worker publishes on schedule in its own process; the web server must follow."""
    client.get(advisory.url)
    assert client.get(advisory.url)[CACHE_HEADER] == "hit"
    script = INVALIDATE_IN_ANOTHER_PROCESS % (shared_cache_settings,)
    subprocess.run([sys.executable, "-c", script, advisory.url], cwd=ROOT, check=True)
    time.sleep(settings.PAGE_CACHE_LOCAL_SECONDS)  # this process's own memory of the hit
    assert client.get(advisory.url)[CACHE_HEADER] == "miss"


def test_the_front_cache_refresh_never_gets_a_process_memory_copy(
    client, shared_cache_settings, advisory, settings
):
    settings.PAGE_CACHE_LOCAL_SECONDS = 60  # long enough to see the memory at work
    client.get(advisory.url)
    script = INVALIDATE_IN_ANOTHER_PROCESS % (shared_cache_settings,)
    subprocess.run([sys.executable, "-c", script, advisory.url], cwd=ROOT, check=True)
    assert client.get(advisory.url)[CACHE_HEADER] == "hit"  # this process's memory
    assert client.get(advisory.url, HTTP_X_CACHE_REFRESH="1")[CACHE_HEADER] == "miss"


class WsgiReader:
    """Requests through the WSGI application as gunicorn calls it, noting which entered Django."""

    def __init__(self):
        from django.core.handlers.wsgi import WSGIHandler

        self.application = CachedPageApp(WSGIHandler())
        self.entered_django = 0
        request_started.connect(self._started)
        # As Django's test client does: the test's transaction keeps its connection.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)

    def _started(self, **kwargs):
        self.entered_django += 1

    def close(self):
        request_started.disconnect(self._started)
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)

    def get(self, url, **environ):
        request = {"REQUEST_METHOD": "GET", "PATH_INFO": url, "HTTP_HOST": "localhost"}
        setup_testing_defaults(request)
        request.update(environ)
        answer = {}

        def start_response(status, headers):
            answer.update(status=status, headers=dict(headers))

        body = b"".join(self.application(request, start_response))
        return answer["status"], answer["headers"], body


@pytest.fixture
def wsgi_reader(page_cache):
    reader = WsgiReader()
    yield reader
    reader.close()


def test_a_surge_of_the_same_page_is_answered_before_django(wsgi_reader, advisory):
    """Within a second of a hit the same request is answered from memory, headers and all."""
    _status, missed, first = wsgi_reader.get(advisory.url)
    _status, hit, second = wsgi_reader.get(advisory.url)
    assert (missed[CACHE_HEADER], hit[CACHE_HEADER]) == ("miss", "hit")
    assert wsgi_reader.entered_django == 2
    status, headers, third = wsgi_reader.get(advisory.url)
    assert wsgi_reader.entered_django == 2  # the third never reached Django
    assert status == "200 OK"
    assert third == second == first
    assert headers["Content-Length"] == str(len(third))
    assert headers["Content-Security-Policy"] == hit["Content-Security-Policy"]
    assert headers["Cache-Control"] == "public, max-age=60, s-maxage=600"
    assert "Set-Cookie" not in headers


def test_requests_with_a_session_a_preference_or_a_validator_still_go_through_django(
    wsgi_reader, advisory
):
    wsgi_reader.get(advisory.url)
    _status, _headers, cached = wsgi_reader.get(advisory.url)
    before = wsgi_reader.entered_django
    session = f"{django_settings.SESSION_COOKIE_NAME}=abc"
    _status, headers, _body = wsgi_reader.get(advisory.url, HTTP_COOKIE=session)
    assert CACHE_HEADER not in headers and "private" in headers["Cache-Control"]
    _status, headers, _body = wsgi_reader.get(advisory.url, HTTP_COOKIE="readable_text=1")
    assert headers[CACHE_HEADER] == "miss"  # its own variant, not the plain copy
    status, _headers, body = wsgi_reader.get(advisory.url, HTTP_IF_NONE_MATCH='"x"')
    assert (status, body) == ("200 OK", cached)
    assert wsgi_reader.entered_django == before + 3


def test_a_publish_is_not_hidden_by_the_surge_memory(
    wsgi_reader, advisory, django_capture_on_commit_callbacks
):
    wsgi_reader.get(advisory.url)
    wsgi_reader.get(advisory.url)
    advisory.title = "Fake KYC update SMS: new numbers"
    with django_capture_on_commit_callbacks(execute=True):
        advisory.save_revision().publish()
    _status, headers, body = wsgi_reader.get(advisory.url)
    assert headers[CACHE_HEADER] == "miss"
    assert b"new numbers" in body


def test_the_surge_memory_never_outlives_the_processs_memory_of_the_hit(
    wsgi_reader, page_cache, advisory
):
    """Another process's publish is seen within PAGE_CACHE_LOCAL_SECONDS, not later."""
    with freeze_time("2026-03-01 10:00:00") as clock:
        wsgi_reader.get(advisory.url)  # miss: stored, remembered for one second
        clock.tick(0.9)
        _status, headers, _body = wsgi_reader.get(advisory.url)  # a hit from that memory
        assert headers[CACHE_HEADER] == "hit"
        # Another process (the worker) forgets the page in the shared cache only.
        page_cache.set(token_key(advisory.url), "changed elsewhere", None)
        clock.tick(0.2)  # past the one second of the first request's memory
        _status, headers, _body = wsgi_reader.get(advisory.url)
    assert headers[CACHE_HEADER] == "miss"
