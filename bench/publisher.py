"""Benchmark of the social publisher: 1,000 advisories to five fake networks.

Publishes 1,000 advisories through Wagtail (one at a time, as moderators would),
while worker processes (``run_worker``) deliver every post to fake X, Mastodon,
Bluesky, Telegram and webhook servers on 127.0.0.1. Reports throughput and the
p50/p99 delay from publish (the outbox row, written in the publishing
transaction) to the post the network accepted, and checks each fake got each
advisory exactly once. Results: bench/publisher-results.md.

Runs on a throw-away PostgreSQL database (``bench_publisher``) when 127.0.0.1:5432
answers, otherwise on a SQLite file with one worker. ``python bench/publisher.py
[--advisories N] [--workers N]``; bench/run.py calls ``main()``.
"""

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "bench" / "work" / "publisher"
RESULTS = REPO / "bench" / "publisher-results.md"
NETWORKS = ["x", "mastodon", "bluesky", "telegram", "webhook"]
PG_NAME = "bench_publisher"


def answers(host, port):
    try:
        socket.create_connection((host, port), timeout=1).close()
    except OSError:
        return False
    return True


def fresh_database():
    """A new, empty database: PostgreSQL when it answers, else a SQLite file."""
    WORK.mkdir(parents=True, exist_ok=True)
    if answers("127.0.0.1", 5432):
        import psycopg

        with psycopg.connect(
            "postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True
        ) as db:
            db.execute(f"DROP DATABASE IF EXISTS {PG_NAME} WITH (FORCE)")
            db.execute(f"CREATE DATABASE {PG_NAME}")
        return f"postgres://postgres@127.0.0.1:5432/{PG_NAME}"
    path = WORK / "bench.sqlite3"
    path.unlink(missing_ok=True)
    return f"sqlite:///{path}"


def environment(database):
    from tests.fakes.accounts import SECRETS

    return {
        **{
            k: v
            for k, v in os.environ.items()
            if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")
        },
        **SECRETS,
        "DATABASE_URL": database,
        "DJANGO_SETTINGS_MODULE": "tests.fakes.worker_settings",
        "SOCIAL_MEDIA_ROOT": str(WORK / "media"),
        "SOCIAL_TIMEOUT_SECONDS": "10",
        "SOCIAL_PRODUCTION_TASKS": "1",  # as in production: Wagtail's work and posts queued
        "PYTHONPATH": str(REPO),
    }


def main(argv=None):
    """Run the benchmark in processes of its own (so a caller's Django setup does not matter)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--advisories", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--measure", metavar="JSON", help=argparse.SUPPRESS)
    args = parser.parse_args(argv if argv is not None else [])
    if args.measure:
        return measure(args)
    sys.path.insert(0, str(REPO))
    database = fresh_database()
    workers = args.workers if database.startswith("postgres") else 1
    env = environment(database)
    print(f"Publisher benchmark: migrating {database.split('@')[-1]} …", flush=True)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=REPO, env=env, check=True)
    output = WORK / "result.json"
    command = [sys.executable, __file__, "--advisories", str(args.advisories)]
    command += ["--workers", str(workers), "--measure", str(output)]
    subprocess.run(command, cwd=REPO, env=env, check=True)
    result = json.loads(output.read_text())
    RESULTS.write_text(report(result))
    print(report(result))
    return result


def measure(args):
    """Inside the benchmark's own process: site, channels, fakes, workers, then 1,000 publishes."""
    import django

    django.setup()
    from tests.fakes import FakeBluesky, FakeMastodon, FakeTelegram, FakeWebhook, FakeX

    fakes = {
        "x": FakeX(),
        "mastodon": FakeMastodon(),
        "bluesky": FakeBluesky(),
        "telegram": FakeTelegram(),
        "webhook": FakeWebhook(),
    }
    for fake in fakes.values():
        fake.start()
    index = build_site()
    add_channels(fakes)
    workers = [start_worker() for _ in range(args.workers)]
    try:
        started = time.monotonic()
        publish_seconds = publish(index, args.advisories)
        published = time.monotonic()
        wait_for_delivery(args.advisories * len(NETWORKS))
        finished = time.monotonic()
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        for worker in workers:
            worker.wait(timeout=60)
    result = summarise(args, fakes, publish_seconds, published - started, finished - started)
    Path(args.measure).write_text(json.dumps(result, indent=2))
    for fake in fakes.values():
        fake.stop()
    return result


def build_site():
    from wagtail.models import Locale, Page, Site

    from advisories.models import AdvisoryIndexPage
    from awareness_site.models import HomePage

    locale, _ = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="bench-home", locale=locale))
    Site.objects.all().delete()
    Site.objects.create(hostname="cyber.example.in", port=443, root_page=home, is_default_site=True)
    index = home.add_child(instance=AdvisoryIndexPage(title="Fraud advisories", slug="advisories"))
    index.save_revision().publish()
    return index


def add_channels(fakes):
    from social.models import Channel
    from tests.fakes.accounts import OPTIONS, SECRET_ENV, base_url

    for network, fake in fakes.items():
        Channel.objects.create(
            name=f"bench-{network}",
            network=network,
            base_url=base_url(network, fake),
            secret_env=SECRET_ENV[network],
            options=OPTIONS.get(network, {}),
            rate_per_minute=1_000_000,  # the fakes have no limits; measure the publisher
            daily_quota=1_000_000,
        )


def start_worker():
    command = [sys.executable, "manage.py", "run_worker", "--interval", "0.2"]
    return subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def publish(index, count):
    from advisories.models import AdvisoryPage

    durations = []
    for n in range(count):
        page = AdvisoryPage(
            title=f"Advisory {n}: fake KYC update SMS with a link",
            slug=f"advisory-{n}",
            summary="An SMS says your bank account will be blocked unless you update KYC "
            "through a link. The link opens a fake bank page that steals your OTP.",
            severity=1 + n % 4,
        )
        index.add_child(instance=page)
        begun = time.monotonic()
        page.save_revision().publish()
        durations.append(time.monotonic() - begun)
        if n and n % 100 == 0:
            print(f"  published {n}", flush=True)
    return durations


def wait_for_delivery(total, limit=3600):
    from social.models import Delivery, Status

    deadline = time.monotonic() + limit
    while Delivery.objects.filter(status=Status.SENT).count() < total:
        if Delivery.objects.filter(status=Status.FAILED).exists() or time.monotonic() > deadline:
            failed = list(
                Delivery.objects.filter(status=Status.FAILED).values_list("error", flat=True)[:3]
            )
            raise RuntimeError(f"Delivery did not finish: {failed or 'timed out'}")
        time.sleep(0.5)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def summarise(args, fakes, publish_seconds, publishing, total):
    from django.db import connection

    from social.models import Delivery

    rows = list(Delivery.objects.values_list("channel__network", "created_at", "sent_at"))
    delays = [(sent - created).total_seconds() for _n, created, sent in rows]
    first = min(created for _n, created, _s in rows)
    last = max(sent for _n, _c, sent in rows)
    per_network = {
        network: round(
            statistics.median([(s - c).total_seconds() for n, c, s in rows if n == network]), 3
        )
        for network in NETWORKS
    }
    posts = {network: len(fake.posts) for network, fake in fakes.items()}
    return {
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "database": connection.vendor,
        "workers": args.workers,
        "advisories": args.advisories,
        "posts": len(rows),
        "posts_per_fake": posts,
        "exactly_once": all(count == args.advisories for count in posts.values()),
        "publishing_seconds": round(publishing, 1),
        "publish_p50_ms": round(statistics.median(publish_seconds) * 1000, 1),
        "total_seconds": round(total, 1),
        "throughput_per_second": round(len(rows) / (last - first).total_seconds(), 1),
        "delay_p50_seconds": round(percentile(delays, 0.5), 3),
        "delay_p99_seconds": round(percentile(delays, 0.99), 3),
        "delay_max_seconds": round(max(delays), 3),
        "delay_p50_per_network": per_network,
        "cpus": os.cpu_count(),
    }


def report(r):
    fakes = ", ".join(f"{k} {v}" for k, v in r["posts_per_fake"].items())
    times = f"{r['publishing_seconds']} s / {r['total_seconds']} s"
    lines = [
        "# Social publisher benchmark",
        "",
        f"{r['when']}: {r['advisories']} advisories published one by one through Wagtail on "
        f"{r['database']}, delivered by {r['workers']} `run_worker` process(es) to five fake "
        f"networks on 127.0.0.1 ({r['cpus']} CPUs shared by all of it).",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| posts accepted | {r['posts']} ({fakes}) |",
        f"| each advisory exactly once per network | {'yes' if r['exactly_once'] else 'NO'} |",
        f"| throughput, first publish to last post | {r['throughput_per_second']} posts/s |",
        f"| delay publish → accepted, p50 | {r['delay_p50_seconds']} s |",
        f"| delay publish → accepted, p99 | {r['delay_p99_seconds']} s |",
        f"| delay publish → accepted, max | {r['delay_max_seconds']} s |",
        f"| one publish (Wagtail, with its outbox rows), p50 | {r['publish_p50_ms']} ms |",
        f"| all published after / all delivered after | {times} |",
        "",
        "Median delay per network: "
        + ", ".join(f"{k} {v} s" for k, v in r["delay_p50_per_network"].items())
        + ". The delay includes the share card (rendered once per advisory) and, for X,",
        "the media upload and alt text; the workers share the CPUs with the publishing loop",
        "and the fake servers.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main(sys.argv[1:])
