"""Security headers on public and admin responses, and cookies that scripts cannot read."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from tests.factories import GuidelinePageFactory
from tests.security_support import advisory_form, make_role_user

pytestmark = pytest.mark.django_db

APPS = ("awareness_site", "advisories", "campaigns", "social")


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    parts = (part.strip().split() for part in response["Content-Security-Policy"].split(";"))
    return {part[0]: part[1:] for part in parts if part}


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.fixture
def public_urls(advisory, guideline_index):
    guideline = GuidelinePageFactory(parent=guideline_index)
    return ["/", "/hi/", advisory.url, advisory.get_parent().url, guideline.url, "/search/?q=kyc"]


def test_public_pages_send_a_strict_policy_and_the_other_headers(client, public_urls):
    for url in [*public_urls, "/no-such-page/"]:
        response = client.get(url)
        csp = policy(response)
        assert csp["default-src"] == ["'self'"], url
        assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"], url
        assert csp["frame-ancestors"] == ["'none'"] and csp["object-src"] == ["'none'"]
        assert "unsafe-inline" not in response["Content-Security-Policy"]
        assert_common_headers(response)


INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I
)
INLINE_HANDLER = re.compile(r"<[^>]+\son[a-z]+=", re.I)


def test_public_pages_need_nothing_the_policy_forbids(client, public_urls):
    """No inline script, style block, style attribute or event handler: the CSP breaks nothing."""
    for url in public_urls:
        html = client.get(url).content.decode()
        assert not INLINE_SCRIPT.search(html), url
        assert "<style" not in html and " style=" not in html, url
        assert not INLINE_HANDLER.search(html), url


def test_admin_has_its_own_policy_and_still_denies_other_sites(client, django_user_model, home):
    for response in (
        client.get(reverse("wagtailadmin_login")),
        client.get(reverse("wagtailadmin_home")),
    ):
        csp = policy(response)
        assert csp["frame-ancestors"] == ["'self'"]  # Wagtail's own preview frame
        assert csp["object-src"] == ["'none'"]
        assert all(not source.startswith("http") for sources in csp.values() for source in sources)
        assert_common_headers(response)

    client.force_login(make_role_user(django_user_model, "editor"))
    assert "script-src" in policy(client.get(reverse("wagtailadmin_home")))


def test_admin_login_sets_httponly_samesite_cookies(client, django_user_model, home):
    user = make_role_user(django_user_model, "editor")
    user.set_password("correct horse battery staple")
    user.save()
    client.get(reverse("wagtailadmin_login"))
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": user.username, "password": "correct horse battery staple"},
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["httponly"] and session["samesite"] == "Lax"
    csrf = client.cookies["csrftoken"]
    assert csrf["httponly"] and csrf["samesite"] == "Lax"


EXTERNAL_REFS = re.compile(
    r"<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\b(?:src|srcset)=\"\s*(?:https?:)?//"
    r"|<link\b(?=[^>]*\brel=\"(?:stylesheet|icon|preload|modulepreload|manifest)\")"
    r"[^>]*\bhref=\"\s*(?:https?:)?//",
    re.I,
)


def test_public_site_sets_no_cookie_and_loads_nothing_from_other_sites(client, public_urls):
    for url in public_urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, f"{url} sets {list(response.cookies)}"
        assert "Set-Cookie" not in response, url
        html = response.content.decode()
        assert not EXTERNAL_REFS.search(html), EXTERNAL_REFS.search(html).group(0)


def test_stylesheets_load_no_fonts_or_images_from_other_sites():
    root = Path(__file__).resolve().parent.parent
    sheets = [p for app in APPS for p in (root / app / "static").rglob("*.css")]
    assert sheets
    for sheet in sheets:
        css = sheet.read_text(encoding="utf-8")
        assert not re.search(r"(?:url\(|@import)\s*['\"]?(?:https?:)?//", css), sheet


def test_the_admin_preview_keeps_the_public_policy_but_may_be_framed_by_the_admin(
    client, django_user_model, advisory
):
    client.force_login(make_role_user(django_user_model, "editor"))
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[advisory.pk])
    form = advisory_form(title="Previewed title", slug=advisory.slug)
    assert client.post(url, form).json()["is_valid"]
    response = client.get(url, {"in_preview_panel": "true"})
    assert b"Previewed title" in response.content
    csp = policy(response)
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
