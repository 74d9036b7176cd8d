"""Build the benchmark's site: demo content plus 10,000 generated advisories.

PostgreSQL when one answers on 127.0.0.1:5432 (database ``awareness_bench``),
otherwise a SQLite file in bench/work/. The build is kept and reused while
bench/work/built.json says it matches (``--rebuild`` makes it again).
"""

import json
import os
import socket
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "bench" / "work"
ADVISORIES = 10_000
BUILD_VERSION = 1
PG_URL = "postgres://postgres@127.0.0.1:5432/awareness_bench"


def answers(host, port):
    try:
        socket.create_connection((host, port), timeout=1).close()
    except OSError:
        return False
    return True


def database_url():
    if answers("127.0.0.1", 5432):
        return PG_URL
    return f"sqlite:///{WORK / 'bench.sqlite3'}"


def env(database, **extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "BENCH_DIR": str(WORK),
        "DATABASE_URL": database,
        "PYTHONPATH": str(REPO),
        **extra,
    }


def manage(database, *args, **extra):
    command = [sys.executable, str(REPO / "manage.py"), *args]
    subprocess.run(command, cwd=REPO, env=env(database, **extra), check=True)


def build(database, rebuild=False):
    """Migrate, load the demo and collect static files once; then generate what is missing."""
    marker = WORK / "built.json"
    base = {"database": database, "version": BUILD_VERSION}
    done = json.loads(marker.read_text()) if marker.exists() and not rebuild else {}
    if done.get("advisories") == ADVISORIES and {k: done.get(k) for k in base} == base:
        print(f"Reusing the built site ({database}); applying new migrations")
        manage(database, "migrate", "--noinput", "-v", "0")
        manage(database, "collectstatic", "--noinput", "-v", "0")
        _analyze(database)
        return
    WORK.mkdir(parents=True, exist_ok=True)
    if {k: done.get(k) for k in base} != base:
        marker.unlink(missing_ok=True)
        _fresh_database(database)
        print(f"Building the site on {database} ...", flush=True)
        manage(database, "migrate", "--noinput", "-v", "0")
        manage(database, "load_demo_content", BENCH_BUILDING="1")
        manage(database, "collectstatic", "--noinput", "-v", "0")
        marker.write_text(json.dumps({**base, "advisories": 0}))
    command = [sys.executable, str(Path(__file__)), "generate"]
    subprocess.run(command, cwd=REPO, env=env(database, BENCH_BUILDING="1"), check=True)
    marker.write_text(json.dumps({**base, "advisories": ADVISORIES}))
    _analyze(database)


def _analyze(database):
    """Planner statistics for the freshly loaded tables, as autovacuum would gather them.

    Without them PostgreSQL guesses a handful of advisories, not 10,000, and picks
    plans that read every one (a 50 ms home page instead of 0.5 ms queries).
    """
    if database.startswith("sqlite"):
        return
    import psycopg

    with psycopg.connect(database, autocommit=True) as connection:
        connection.execute("ANALYZE")


def _fresh_database(database):
    if database.startswith("sqlite"):
        (WORK / "bench.sqlite3").unlink(missing_ok=True)
        return
    import psycopg

    admin = database.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS awareness_bench WITH (FORCE)")
        connection.execute("CREATE DATABASE awareness_bench")


def generate(count=ADVISORIES, batch=500):
    """Generated advisories, older than the demo ones, spread over four years."""
    import django

    django.setup()
    from django.db import transaction
    from django.utils import timezone

    from advisories.models import AdvisoryIndexPage, AdvisoryPage
    from awareness_site.models import Audience, ThreatCategory

    index = AdvisoryIndexPage.objects.filter(locale__language_code="en").first()
    categories = list(ThreatCategory.objects.filter(locale=index.locale))
    audiences = list(Audience.objects.filter(locale=index.locale))
    generated = AdvisoryPage.objects.filter(slug__startswith="generated-")
    demo = AdvisoryPage.objects.exclude(pk__in=generated.values("pk"))
    oldest = demo.order_by("first_published_at").first().first_published_at
    start = (oldest or timezone.now()) - timedelta(days=4 * 365)
    for first in range(generated.count(), count, batch):  # resumes an interrupted build
        with transaction.atomic():
            for number in range(first, min(first + batch, count)):
                _add(index, number, start, categories, audiences)
        print(f"  {min(first + batch, count)} advisories", flush=True)


def _add(index, number, start, categories, audiences):
    from advisories.models import AdvisoryPage

    published = start + timedelta(minutes=number * 210)
    page = AdvisoryPage(
        title=f"Generated advisory {number}: a fake call about a parcel",
        slug=f"generated-{number}",
        summary="A caller says a parcel in your name holds drugs and asks for money. Hang up.",
        severity=1 + number % 4,
        first_published_at=published,
        last_published_at=published,
        locale_id=index.locale_id,
    )
    if categories:
        page.threat_categories = [categories[number % len(categories)]]
    if audiences:
        page.audiences = [audiences[number % len(audiences)]]
    index.add_child(instance=page)


if __name__ == "__main__" and sys.argv[1:] == ["generate"]:
    generate()
