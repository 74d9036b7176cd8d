"""Fixtures for the browser tests: Debian's Chromium through Playwright, and the site.

Chromium is the one at /usr/bin/chromium (``make browsers`` installs it from
Debian's packages); no browser is ever downloaded. Without it the browser tests
skip with a reason, except in CI (``CI=true``), where they fail.
"""

import os
import re
import shutil
from pathlib import Path

import pytest

from .helpers import DESKTOP, PHONE, SCREENSHOTS
from .server import SiteServer

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
TIMEOUT_MS = 15_000


def _unavailable(reason):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}, and CI needs the browser tests.")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium():
    if not (CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)):
        _unavailable(f"No Chromium at {CHROMIUM} (run `make browsers`)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed (pip install -r requirements-dev.txt)")
    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture(scope="session")
def site(chromium, tmp_path_factory):
    """The site with demo content, served on 127.0.0.1 for the whole session."""
    server = SiteServer(folder=tmp_path_factory.mktemp("browser-site"))
    try:
        server.start()
    except RuntimeError as error:
        server.stop()
        pytest.fail(str(error))
    yield server
    server.stop()
    # The server's log (requests, errors, console-channel posts) is kept for CI.
    shutil.copyfile(server.log_path, SCREENSHOTS.parent / "browser-server.log")
    if os.environ.get("CI") != "true":
        shutil.rmtree(server.folder / "media", ignore_errors=True)


@pytest.fixture
def browser_errors():
    """JavaScript errors and console errors (a blocked script, a CSP refusal) seen by pages."""
    return []


def _note_console_error(message, errors):
    if message.type == "error":
        errors.append(message.text)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.browser_test_failed = report.failed
        server = item.funcargs.get("site") if hasattr(item, "funcargs") else None
        if report.failed and isinstance(server, SiteServer):
            # A 500 in the browser is a traceback in the server's log: show it with the failure.
            report.sections.append(("site server log (last lines)", server.log_tail(120)))
    return report


@pytest.fixture
def new_page(request, chromium, site, browser_errors):
    """Open a fresh browser profile (no cookies) at a given screen size.

    When the test fails, each page it opened is saved as a screenshot for CI.
    """
    contexts = []

    def open_page(viewport=PHONE, **options):
        if viewport == PHONE:
            options.setdefault("is_mobile", True)
            options.setdefault("has_touch", True)
        context = chromium.new_context(viewport=viewport, base_url=site.url, **options)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: browser_errors.append(str(error)))
        page.on("console", lambda message: _note_console_error(message, browser_errors))
        return page

    yield open_page
    if getattr(request.node, "browser_test_failed", False):
        _screenshot_failure(request.node.name, contexts)
    for context in contexts:
        context.close()


def _screenshot_failure(test_name, contexts):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w-]+", "-", test_name)[:80]
    for number, context in enumerate(contexts):
        for page in context.pages:
            page.screenshot(path=SCREENSHOTS / f"failed-{name}-{number}.png", full_page=True)


@pytest.fixture
def phone(new_page):
    return new_page(PHONE)


@pytest.fixture
def desktop(new_page):
    return new_page(DESKTOP)
