"""Fixtures and helpers for the publisher's tests: fake networks, channels, a real queue.

Test modules pick fixtures up by assigning them (``fakes = support.fakes``).
"""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page

from awareness_site.settings.base import TASK_QUEUES
from social.models import Channel, Delivery
from tests.factories import AdvisoryPageFactory
from tests.fakes import FakeBluesky, FakeMastodon, FakeTelegram, FakeWebhook, FakeX
from tests.fakes.accounts import OPTIONS, SECRET_ENV, SECRETS, base_url

FAKES = {
    "x": FakeX,
    "mastodon": FakeMastodon,
    "bluesky": FakeBluesky,
    "telegram": FakeTelegram,
    "webhook": FakeWebhook,
}
NETWORKS = list(FAKES)
REAL_QUEUE = "social_db"


def queue_settings(**publisher):
    """Wagtail's housekeeping stays immediate; delivery tasks go to a real database queue."""
    return {
        "TASKS": {
            "default": {
                "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
                "QUEUES": TASK_QUEUES,
            },
            REAL_QUEUE: {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": TASK_QUEUES},
        },
        "SOCIAL_PUBLISHER": {
            "TASK_BACKEND": REAL_QUEUE,
            "RETRY_BASE_SECONDS": 0,
            "TIMEOUT_SECONDS": 1,
            "MAX_ATTEMPTS": 4,
            **publisher,
        },
    }


@pytest.fixture
def secrets_in_env(monkeypatch):
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def fakes():
    servers = {name: cls().start() for name, cls in FAKES.items()}
    yield servers
    for server in servers.values():
        server.stop()


@pytest.fixture
def real_queue(settings):
    for name, value in queue_settings().items():
        setattr(settings, name, value)
    return settings


def make_channel(network, server, name=None, **fields):
    return Channel.objects.create(
        name=name or f"{network}-main",
        network=network,
        base_url=base_url(network, server),
        secret_env=SECRET_ENV[network],
        options={**OPTIONS.get(network, {}), **fields.pop("options", {})},
        **fields,
    )


@pytest.fixture
def channels(db, fakes, secrets_in_env):
    return {network: make_channel(network, fakes[network]) for network in NETWORKS}


@pytest.fixture
def site_url(home):
    """A site address with a real top-level domain, counted as a link by X's rules."""
    site = home.get_site()
    site.hostname, site.port = "cyber.example.in", 443
    site.save()
    return "https://cyber.example.in"


def run_worker():
    call_command("run_worker", "--until-idle")


def draft_advisory(parent, **fields):
    page = AdvisoryPageFactory.build(live=False, first_published_at=None, **fields)
    parent.add_child(instance=page)
    page.save_revision()
    return page


def edit_form_data(client, page, **changes):
    """The edit form's fields as a browser would send them (the StreamField added by hand)."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    form = BeautifulSoup(response.content, "html.parser").find("form", id="page-edit-form")
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or "__prefix__" in name:
            continue
        if field.name == "select":
            chosen = field.find("option", selected=True)
            data[name] = chosen.get("value") if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.name == "textarea":
            data[name] = field.text
        else:
            data[name] = field.get("value", "")
    data.setdefault("body-count", "0")
    data.update(changes)
    return data


def publish_in_admin(client, page, **changes):
    data = edit_form_data(client, page, **changes)
    data["action-publish"] = "action-publish"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return Page.objects.get(pk=page.pk).specific


def rows(**filters):
    return list(Delivery.objects.filter(**filters).order_by("pk"))


class WorkerDatabase:
    """The database worker processes use: the test database on PostgreSQL, a copy on SQLite.

    SQLite's test database lives in this process's memory, so worker processes get a
    file copy of it (``VACUUM INTO``) and the test reads their results from that file.
    """

    def __init__(self, folder):
        from django.db import connection

        self.vendor = connection.vendor
        if self.vendor == "postgresql":
            self.url = pg_url(connection.settings_dict)
        else:
            self.path = folder / "worker.sqlite3"
            with connection.cursor() as cursor:
                cursor.execute("VACUUM INTO %s", [str(self.path)])
            self.url = f"sqlite:///{self.path}"

    def row(self, pk):
        """(status, remote_id, lease_owner) of an outbox row, as the workers left it."""
        if self.vendor == "postgresql":
            return tuple(
                Delivery.objects.filter(pk=pk)
                .values_list("status", "remote_id", "lease_owner")
                .get()
            )
        import sqlite3

        with sqlite3.connect(self.path) as db:
            query = "SELECT status, remote_id, lease_owner FROM social_delivery WHERE id = ?"
            return db.execute(query, [pk]).fetchone()


def pg_url(config):
    user, host, port = config["USER"], config["HOST"] or "127.0.0.1", config["PORT"] or 5432
    password = f":{config['PASSWORD']}" if config.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{host}:{port}/{config['NAME']}"


def start_worker(database, *args, lease_seconds=120, timeout=10):
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    env = {
        **os.environ,
        **SECRETS,
        "DATABASE_URL": database.url,
        "DJANGO_SETTINGS_MODULE": "tests.fakes.worker_settings",
        "SOCIAL_LEASE_SECONDS": str(lease_seconds),
        "SOCIAL_TIMEOUT_SECONDS": str(timeout),
        "PYTHONPATH": str(repo),
    }
    return subprocess.Popen(
        [sys.executable, str(repo / "manage.py"), "run_worker", *args],
        env=env,
        cwd=repo,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
