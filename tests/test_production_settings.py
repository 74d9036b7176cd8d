"""Production settings refuse to start without their secrets, and pass `check --deploy`."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL")


def production_env(tmp_path, **overrides):
    env = {k: v for k, v in os.environ.items() if k not in (*REQUIRED, "DJANGO_SETTINGS_MODULE")}
    env.update(
        DJANGO_SETTINGS_MODULE="awareness_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="cyber.example.org,www.cyber.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'production.sqlite3'}",
    )
    env.update(overrides)
    return {k: v for k, v in env.items() if v is not None}


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", REQUIRED)
def test_production_refuses_to_start_without(missing, tmp_path):
    result = manage(production_env(tmp_path, **{missing: None}), "check")
    assert result.returncode != 0
    assert f"{missing} is not set" in result.stderr


def test_a_blank_value_counts_as_missing(tmp_path):
    result = manage(production_env(tmp_path, SECRET_KEY="   "), "check")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_check_deploy_reports_nothing(tmp_path):
    result = manage(production_env(tmp_path), "check", "--deploy", "--fail-level", "DEBUG")
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


SHOW = """
import sys, types
import django
from django.conf import settings
django.setup()
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client
from django.urls import include, path
from wagtail.admin import urls as admin_urls

def probe(request):  # a page that needs no database: sets the CSRF cookie
    get_token(request)
    return HttpResponse("ok")

probe_urls = types.ModuleType("probe_urls")
probe_urls.urlpatterns = [path("admin/", include(admin_urls)), path("probe/", probe)]
sys.modules["probe_urls"] = probe_urls
settings.ROOT_URLCONF = "probe_urls"
response = Client().get("/probe/", secure=True, headers={"host": "cyber.example.org"})
print(response.status_code)
print(response["Strict-Transport-Security"])
print(response["Content-Security-Policy"])
print(response.cookies["csrftoken"].output())
print(settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY, end=" ")
print(settings.SESSION_COOKIE_SAMESITE)
insecure = Client().get("/probe/", headers={"host": "cyber.example.org"})
print(insecure.status_code, insecure["Location"])
"""


def test_production_sends_hsts_secure_cookies_and_redirects_to_https(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", SHOW],
        cwd=ROOT,
        env=production_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    status, hsts, csp, cookie, session, redirect = result.stdout.splitlines()[-6:]
    assert status == "200"
    assert hsts == "max-age=31536000; includeSubDomains; preload"
    assert "upgrade-insecure-requests" in csp
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert session == "True True Lax"
    assert redirect == "301 https://cyber.example.org/probe/"
