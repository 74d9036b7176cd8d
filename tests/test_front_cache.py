"""A real nginx (Debian's package) in front of the site: a publish reaches readers in seconds.

nginx is rendered from deploy/nginx.conf.template with loopback ports and a
temporary directory, in front of pytest-django's live server. Publishing runs
the site's real path: on commit the app cache forgets the page, the purge task
(inline here) asks nginx's loopback refresh server for each affected URL, and
the next reader gets the new page from nginx's cache.
"""

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
import requests
from django.core.cache import caches
from wagtail.models import PageViewRestriction

from awareness_site.cache import forget_local
from tests.factories import AdvisoryPageFactory, ThreatCategoryFactory
from tests.server_support import free_port, load_module, wait_for_port

NGINX = Path("/usr/sbin/nginx")
DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
VISIBLE_WITHIN = 5.0  # seconds

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def require_nginx():
    if NGINX.exists():
        return
    message = f"No nginx at {NGINX} (make system-deps installs Debian's nginx)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message}, and CI needs it.")
    pytest.skip(message)


def render_nginx(**values):
    return load_module(DEPLOY / "render_nginx.py").render(**values)


class FrontCache:
    def __init__(self, upstream):
        self.folder = Path(tempfile.mkdtemp(prefix="front-cache-"))
        self.folder.chmod(0o755)  # nginx's workers run as another user when started as root
        for name in ("run", "log", "cache"):
            (self.folder / name).mkdir(mode=0o755)
        self.port, self.purge_port = free_port(), free_port()
        config = render_nginx(
            WORKERS=1,
            RUN_DIR=self.folder / "run",
            LOG_DIR=self.folder / "log",
            ACCESS_LOG="off",
            CACHE_DIR=self.folder / "cache",
            UPSTREAM=upstream,
            LISTEN=f"127.0.0.1:{self.port}",
            PURGE_LISTEN=f"127.0.0.1:{self.purge_port}",
            PUBLIC_SCHEME="http",
        )
        (self.folder / "nginx.conf").write_text(config)
        command = [str(NGINX), "-c", str(self.folder / "nginx.conf"), "-p", str(self.folder)]
        self.process = subprocess.Popen([*command, "-g", "daemon off;"])
        wait_for_port(self.port, self.process, "nginx")

    def get(self, path, **kwargs):
        # Readers use the site's own host name, as the page URLs that get purged do.
        url = f"http://127.0.0.1:{self.port}{path}"
        return requests.get(url, headers={"Host": "localhost"}, timeout=10, **kwargs)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def front_cache(live_server, settings):
    require_nginx()
    host, port = live_server.thread.host, live_server.thread.port
    nginx = FrontCache(upstream=f"{host}:{port}")
    settings.PAGE_CACHE_ENABLED = True
    settings.WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "awareness_site.frontend_cache.NginxRefreshBackend",
            "LOCATION": f"http://127.0.0.1:{nginx.purge_port}",
            "VARIANTS": ["", "readable_text=1"],
        }
    }
    caches["default"].clear()
    forget_local()
    yield nginx
    nginx.stop()
    caches["default"].clear()
    forget_local()


def wait_until(check, timeout=VISIBLE_WITHIN):
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        response = check()
        if response is not None:
            return response, time.monotonic() - started
        time.sleep(0.05)
    pytest.fail(f"Not visible through the front cache within {timeout}s")


def test_a_publish_reaches_readers_through_the_front_cache_within_seconds(front_cache, advisory):
    front_cache.get(advisory.url)
    before = front_cache.get(advisory.url)
    assert before.headers["X-Front-Cache"] == "HIT"
    advisory.title = "Fake KYC update SMS, now by WhatsApp"
    advisory.save_revision().publish()

    def updated():
        response = front_cache.get(advisory.url)
        return response if b"now by WhatsApp" in response.content else None

    response, _seconds = wait_until(updated)
    assert response.headers["X-Front-Cache"] == "HIT"  # refreshed in nginx, not passed through
    home = front_cache.get("/")
    assert b"now by WhatsApp" in home.content
    assert home.headers["X-Front-Cache"] == "HIT"


def test_an_unpublished_page_is_gone_from_the_front_cache(front_cache, advisory):
    front_cache.get(advisory.url)
    assert front_cache.get(advisory.url).headers["X-Front-Cache"] == "HIT"
    advisory.unpublish()
    wait_until(lambda: r if (r := front_cache.get(advisory.url)).status_code == 404 else None)


def test_readers_of_readable_text_get_the_new_page_too(front_cache, advisory):
    readable = {"readable_text": "1"}
    front_cache.get(advisory.url, cookies=readable)
    assert front_cache.get(advisory.url, cookies=readable).headers["X-Front-Cache"] == "HIT"
    advisory.title = "Fake KYC update SMS, now by WhatsApp"
    advisory.save_revision().publish()
    response = front_cache.get(advisory.url, cookies=readable)
    assert b"now by WhatsApp" in response.content
    assert b'class="readable-text"' in response.content


def test_the_shipped_nginx_conf_is_the_template_rendered_for_production():
    assert (DEPLOY / "nginx.conf").read_text() == render_nginx()


def test_unrelated_pages_stay_in_the_front_cache(front_cache, advisory):
    other = AdvisoryPageFactory(parent=advisory.get_parent(), title="Fake parcel SMS")
    front_cache.get(other.url)
    advisory.title = "Changed"
    advisory.save_revision().publish()
    assert front_cache.get(other.url).headers["X-Front-Cache"] == "HIT"


def test_the_advisories_listing_a_new_one_are_left_to_expire_in_the_front_cache(
    front_cache, advisory, live_server
):
    """A new advisory is on every other of its kind (their "Related advisories"): the
    site shows it on them at once, nginx when its copy expires (s-maxage), so that a
    publish does not send the site thousands of refreshes."""
    kyc = ThreatCategoryFactory()
    advisory.threat_categories = [kyc]
    advisory.save_revision().publish()
    front_cache.get(advisory.url)
    assert front_cache.get(advisory.url).headers["X-Front-Cache"] == "HIT"

    new = AdvisoryPageFactory(parent=advisory.get_parent(), title="Fake video-KYC call")
    new.threat_categories = [kyc]
    new.save_revision().publish()
    wait_until(lambda: r if (r := front_cache.get(new.url)).status_code == 200 else None)
    assert b"Fake video-KYC call" in front_cache.get("/advisories/").content  # refreshed
    kept = front_cache.get(advisory.url)
    assert kept.headers["X-Front-Cache"] == "HIT"
    assert b"Fake video-KYC call" not in kept.content
    assert "s-maxage=600" in kept.headers["Cache-Control"]
    direct = requests.get(live_server.url + advisory.url, timeout=10)  # from the site
    assert b"Fake video-KYC call" in direct.content


def test_editors_with_a_session_bypass_the_front_cache(front_cache, advisory):
    front_cache.get(advisory.url)
    response = front_cache.get(advisory.url, cookies={"sessionid": "abc"})
    assert response.headers["X-Front-Cache"] == "BYPASS"
    assert "X-Page-Cache" not in response.headers


def test_a_response_with_a_cookie_is_never_kept_by_the_front_cache(front_cache, advisory):
    PageViewRestriction.objects.create(page=advisory, restriction_type="password", password="pw")
    front_cache.get(advisory.url)
    response = front_cache.get(advisory.url)
    assert "csrftoken" in response.headers["Set-Cookie"]
    assert response.headers["X-Front-Cache"] == "MISS"
